#!/usr/bin/env python3
"""Checks gold annotation files against the corpus texts in ../shared/bench and prints every span's text.

Usage: python3 tools/gold/check.py gold/events/dev/FILE.json [...]   (add --quiet to print only problems)
Offsets are Python string indices (Unicode code points) into the corpus text field, end exclusive.
"""
import csv, hashlib, json, os, sys

BENCH = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'bench')
TYPES = {'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'DEMAND', 'DISAPPROVE', 'FIGHT',
         'INVESTIGATE', 'MOBILIZE', 'PROTEST', 'REJECT', 'RETREAT', 'SANCTION', 'STATEMENT', 'SUPPORT', 'THREATEN'}
MODALITIES = {'asserted', 'expected', 'hoped', 'reported', 'negated', 'hypothetical'}
GRAN = {'day', 'month', 'year', 'none'}
# Publishers keep copyright: the files for these corpora hold offsets and labels only.
INTERNAL_ONLY = {'allsides-syria-en', 'saudinewsnet-syria-ar'}


def corpus_text(corpus, article_id):
    if corpus == 'allsides-syria-en':
        with open(os.path.join(BENCH, 'allsides-syria-en', 'articles.jsonl'), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                if d['id'] == article_id:
                    return d['text']
    elif corpus == 'saudinewsnet-syria-ar':
        # the corpus has no ids: an article is named by the first 16 hex digits of the SHA-1 of its URL
        with open(os.path.join(BENCH, 'saudinewsnet-syria-ar', 'articles.jsonl'), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                if hashlib.sha1(d['url'].encode('utf-8')).hexdigest()[:16] == article_id:
                    return d['text']
    elif corpus == 'fakes-syria':
        with open(os.path.join(BENCH, 'fakes-syria', 'FA-KES-Dataset.csv'), encoding='utf-8') as f:
            for row in csv.DictReader(f):
                if row['unit_id'] == article_id:
                    return row['article_content']
    raise SystemExit(f'{corpus}/{article_id}: not found')


def check(path, quiet):
    problems = []
    with open(path, encoding='utf-8') as f:
        gold = json.load(f)
    text = corpus_text(gold['corpus'], gold['id'])
    if hashlib.sha1(text.encode('utf-8')).hexdigest() != gold.get('text_sha1'):
        problems.append('text_sha1 does not match the corpus text')
    if gold['corpus'] in INTERNAL_ONLY and 'notes' in gold:
        problems.append('notes are not allowed for an internal-only corpus (they tend to quote the article)')
    words = text.split()
    serialized = json.dumps(gold, ensure_ascii=False)
    for i in range(len(words) - 7):
        run = ' '.join(words[i:i + 8])
        if run in serialized:
            problems.append(f'eight words of the article are copied into the file: "{run}"')
            break

    def span(label, s):
        if s is None:
            return None
        if not (isinstance(s, list) and len(s) == 2 and 0 <= s[0] < s[1] <= len(text)):
            problems.append(f'{label}: bad span {s}')
            return None
        return text[s[0]:s[1]]

    out = []
    for i, e in enumerate(gold.get('events', [])):
        lab = f'event {i}'
        if e.get('type') not in TYPES:
            problems.append(f'{lab}: type {e.get("type")}')
        if e.get('modality') not in MODALITIES:
            problems.append(f'{lab}: modality {e.get("modality")}')
        if e.get('date_granularity') not in GRAN:
            problems.append(f'{lab}: date_granularity {e.get("date_granularity")}')
        if not e.get('mentions'):
            problems.append(f'{lab}: no mentions')
        ms = [span(lab + ' mention', m) for m in e.get('mentions', [])]
        out.append(f'{lab} {e.get("type")} {e.get("modality")} actor={e.get("actor")}[{span(lab+" actor", e.get("actor_span"))}] '
                   f'target={e.get("target")}[{span(lab+" target", e.get("target_span"))}] place={e.get("place")}'
                   f'[{span(lab+" place", e.get("place_span"))}] date={e.get("date")}/{e.get("date_granularity")} '
                   f'dead={e.get("fatalities")} mentions={ms}')
    for i, c in enumerate(gold.get('control', [])):
        lab = f'control {i}'
        if c.get('status') not in {'held', 'contested'}:
            problems.append(f'{lab}: status {c.get("status")}')
        out.append(f'{lab} {c.get("place")}[{span(lab+" place", c.get("place_span"))}] {c.get("status")} by '
                   f'{c.get("controller")}[{span(lab+" controller", c.get("controller_span"))}] as_of={c.get("as_of")} '
                   f'ended={c.get("ended")} kind={c.get("phrase_kind")} ev=[{span(lab+" evidence", c.get("evidence"))}]')
    for i, q in enumerate(gold.get('quotes', [])):
        lab = f'quote {i}'
        out.append(f'{lab} {q.get("speaker")}[{span(lab+" speaker", q.get("speaker_span"))}]: '
                   f'{span(lab+" span", q.get("span"))}')
    if not quiet:
        print('\n'.join(out))
    for p in problems:
        print(f'{path}: {p}')
    return not problems


if __name__ == '__main__':
    quiet = '--quiet' in sys.argv
    ok = all([check(p, quiet) for p in sys.argv[1:] if p != '--quiet'])
    sys.exit(0 if ok else 1)
