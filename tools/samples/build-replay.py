#!/usr/bin/env python3
"""Builds samples/fakes-syria-replay-cc-by.jsonl from gold/control/demo-selection.tsv and the FA-KES CSV.

FA-KES (Abu Salem et al., ICWSM 2019; Zenodo 2607278) is CC BY 4.0: its texts may be bundled with attribution (NOTICE).
Usage: python3 tools/samples/build-replay.py [../shared/bench]
"""
import csv
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
bench = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "bench"
csv.field_size_limit(1 << 24)
rows = {}
with open(bench / "fakes-syria" / "FA-KES-Dataset.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        rows.setdefault(row["unit_id"], row)
already = {json.loads(line)["fakes_unit_id"] for line in open(root / "samples" / "fakes-syria-cc-by.jsonl", encoding="utf-8")}
out = []
for line in open(root / "gold" / "control" / "demo-selection.tsv", encoding="utf-8"):
    if not line.strip() or line.startswith("#") or line.startswith("unit_id"):
        continue
    unit_id, published = line.split("\t")[:2]
    if unit_id in already:
        continue
    row = rows[unit_id]
    if row["labels"] != "1":
        raise SystemExit(f"{unit_id}: labelled fake in FA-KES, not for the demo")
    out.append({"title": row["article_title"], "text": row["article_content"], "published": published,
                "source": row["source"], "fakes_unit_id": unit_id})
out.sort(key=lambda a: (a["published"], a["fakes_unit_id"]))
with open(root / "samples" / "fakes-syria-replay-cc-by.jsonl", "w", encoding="utf-8") as f:
    for article in out:
        f.write(json.dumps(article, ensure_ascii=False) + "\n")
print(f"{len(out)} articles, {out[0]['published']} to {out[-1]['published']}")
