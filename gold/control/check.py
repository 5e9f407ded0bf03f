#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate gold/control/checks.tsv and articles.tsv and print every check with its evidence text.

Each check's kind (last column) must be one of KINDS; the counts per kind are printed at the end.

Usage: python3 gold/control/check.py [--bench DIR] [--quiet]

--bench defaults to $SITREP_BENCH, else ../shared/bench next to the repository, else /work/shared/bench.
The evidence text is printed to stdout only, so that a reader can verify each check; it is never written to a file
(AllSides texts are the publishers' copyright). Exit status 1 if any error was found.
"""
import argparse
import csv
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ACTORS = os.path.join(REPO, 'core', 'src', 'main', 'resources', 'org', 'sitrep', 'knowledge', 'actors.tsv')
CORPORA = ('fakes-syria', 'allsides-syria-en')
KINDS = ('capture', 'offensive', 'siege', 'under-control', 'adjectival', 'stronghold', 'loss')
EVIDENCE = re.compile(r'^(fakes-syria|allsides-syria-en)--([A-Za-z0-9]+):(\d+)-(\d+)$')

def find_bench(arg):
    for cand in (arg, os.environ.get('SITREP_BENCH'), os.path.join(os.path.dirname(REPO), 'shared', 'bench'),
                 '/work/shared/bench'):
        if cand and os.path.isdir(cand):
            return cand
    sys.exit('cannot find the shared bench directory; pass --bench')


def rows(path):
    with open(path, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield n, line.split('\t')


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bench')
    ap.add_argument('--quiet', action='store_true', help='print only errors and counts')
    args = ap.parse_args()
    bench = find_bench(args.bench)
    errors = []

    def err(msg):
        errors.append(msg)

    # corpora
    csv.field_size_limit(10 ** 9)
    fk_rows = list(csv.DictReader(open(os.path.join(bench, 'fakes-syria', 'FA-KES-Dataset.csv'), encoding='utf-8')))
    fk_count = Counter(r['unit_id'] for r in fk_rows)
    fakes = {r['unit_id']: r for r in fk_rows}
    allsides = {}
    with open(os.path.join(bench, 'allsides-syria-en', 'articles.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            a = json.loads(line)
            allsides[a['id']] = a

    def text(corpus, aid):
        if corpus == 'fakes-syria':
            return fakes[aid]['article_content'] if aid in fakes else None
        return allsides[aid]['text'] if aid in allsides else None

    # knowledge
    actors = set()
    for _, cols in rows(ACTORS):
        actors.add(cols[0])
    geonames = {}
    for line in open(os.path.join(bench, 'geonames-syria', 'SY_cities1000_2013.tsv'), encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        geonames[cols[0]] = cols[2]

    # articles
    articles = {}
    for n, cols in rows(os.path.join(HERE, 'articles.tsv')):
        if len(cols) != 4:
            err(f'articles.tsv:{n}: expected 4 columns, got {len(cols)}')
            continue
        corpus, aid, published, split = cols
        where = f'articles.tsv:{n} {corpus}--{aid}'
        if corpus not in CORPORA:
            err(f'{where}: unknown corpus')
            continue
        if text(corpus, aid) is None:
            err(f'{where}: id not in corpus')
        if corpus == 'fakes-syria' and fk_count.get(aid, 0) > 1:
            err(f'{where}: unit_id is not unique in FA-KES')
        if corpus == 'fakes-syria' and aid in fakes and fakes[aid]['labels'] != '1':
            err(f'{where}: FA-KES label is not 1 (credible)')
        if iso(published) is None:
            err(f'{where}: published {published!r} is not an ISO date')
        if corpus == 'allsides-syria-en' and aid in allsides and allsides[aid]['date'] != published:
            err(f'{where}: published differs from the AllSides date {allsides[aid]["date"]}')
        if split not in ('dev', 'test'):
            err(f'{where}: split must be dev or test')
        if (corpus, aid) in articles:
            err(f'{where}: listed twice')
        articles[(corpus, aid)] = (iso(published), split)

    # checks
    seq_split, seq_place = {}, {}
    used = set()
    counts = defaultdict(Counter)
    checks = 0
    for n, cols in rows(os.path.join(HERE, 'checks.tsv')):
        if len(cols) != 9:
            err(f'checks.tsv:{n}: expected 9 columns, got {len(cols)}')
            continue
        split, sequence, place, gid, date, controller, status, evidence, kind = cols
        checks += 1
        where = f'checks.tsv:{n} {sequence} {date}'
        day = iso(date)
        if day is None:
            err(f'{where}: date {date!r} is not an ISO date')
        if split not in ('dev', 'test'):
            err(f'{where}: split must be dev or test')
        if seq_split.setdefault(sequence, split) != split:
            err(f'{where}: sequence {sequence} is in both splits')
        if seq_place.setdefault(sequence, (place, gid)) != (place, gid):
            err(f'{where}: sequence {sequence} has more than one place')
        if gid and gid not in geonames:
            err(f'{where}: GeoNames id {gid} not in SY_cities1000_2013.tsv')
        if controller not in actors:
            err(f'{where}: controller {controller} not in actors.tsv')
        if status not in ('HELD', 'CONTESTED'):
            err(f'{where}: status must be HELD or CONTESTED')
        if kind not in KINDS:
            err(f'{where}: kind {kind!r} is not one of ' + ', '.join(KINDS))
        spans = []
        for ev in evidence.split(';'):
            m = EVIDENCE.match(ev)
            if not m:
                err(f'{where}: malformed evidence {ev!r}')
                continue
            corpus, aid, start, end = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            t = text(corpus, aid)
            if t is None:
                err(f'{where}: {corpus}--{aid} not in corpus')
                continue
            if not 0 <= start < end <= len(t):
                err(f'{where}: span {start}-{end} outside the text (length {len(t)})')
                continue
            if (corpus, aid) not in articles:
                err(f'{where}: {corpus}--{aid} not in articles.tsv')
            else:
                published, asplit = articles[(corpus, aid)]
                if asplit != split:
                    err(f'{where}: {corpus}--{aid} is listed for split {asplit}')
                if day and published and published > day:
                    err(f'{where}: {corpus}--{aid} published {published} after the check date')
            used.add((corpus, aid))
            spans.append((corpus, aid, start, end, t[start:end]))
        counts['split'][split] += 1
        counts['status'][status] += 1
        counts['split/status'][f'{split} {status}'] += 1
        counts['sequence'][f'{split} {sequence}'] += 1
        counts['controller'][controller] += 1
        counts['kind'][kind] += 1
        counts['kind/split'][f'{kind} {split}'] += 1
        counts['kind/status'][f'{kind} {status}'] += 1
        if not args.quiet:
            geo = f' ({geonames.get(gid, "?")})' if gid else ''
            print(f'[{split}] {sequence}: {place}{geo} on {date}: {controller} {status} ({kind})')
            for corpus, aid, start, end, s in spans:
                pub = articles.get((corpus, aid), (None,))[0]
                print(f'    {corpus}--{aid} ({pub}) {start}-{end}: {s}')
    for key in articles:
        if key not in used:
            err(f'articles.tsv: {key[0]}--{key[1]} is used by no check')

    print(f'\n{checks} checks, {len(articles)} articles '
          f'({sum(1 for k in articles if k[0] == "fakes-syria")} FA-KES, '
          f'{sum(1 for k in articles if k[0] == "allsides-syria-en")} AllSides), '
          f'{len(seq_split)} sequences')
    for name in ('split', 'status', 'split/status', 'controller', 'sequence'):
        print(f'{name}: ' + ', '.join(f'{k} {v}' for k, v in sorted(counts[name].items())))
    print('kind: ' + ', '.join(f'{k} {counts["kind"][k]}' for k in KINDS))
    for name in ('kind/split', 'kind/status'):
        print(f'{name}: ' + ', '.join(f'{k} {v}' for k, v in sorted(counts[name].items())))
    for e in errors:
        print('ERROR ' + e, file=sys.stderr)
    print(f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
