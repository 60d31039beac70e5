#!/usr/bin/env python3
"""Sanity check for one of our own news eval sets (evalsets/news, evalsets/news2): line counts, document keys,
word counts (150-350), distinct hosts, offsets, span order and overlaps, coordinate ranges.

Usage: python3 evalsets/check_gold.py DIR   (DIR holds news_docs.jsonl and News_gold_flat.txt)"""
import json, os, sys
from urllib.parse import urlparse
if len(sys.argv) != 2:
    sys.exit('usage: check_gold.py DIR')
d = sys.argv[1]
docs = [json.loads(l) for l in open(os.path.join(d, 'news_docs.jsonl'), encoding='utf8')]
gold = open(os.path.join(d, 'News_gold_flat.txt'), encoding='utf8').read().split('\n')
if gold and gold[-1] == '': gold = gold[:-1]
errs = []
if len(docs) != 20: errs.append(f'news_docs.jsonl has {len(docs)} lines, expected 20')
if len(gold) != 20: errs.append(f'News_gold_flat.txt has {len(gold)} lines, expected 20')
n = 0
for i, doc in enumerate(docs):
    if set(doc) != {'doc', 'title', 'source', 'text'}: errs.append(f'line {i}: keys {sorted(doc)}')
    w = len(doc['text'].split())
    if not 150 <= w <= 350: errs.append(f'doc {i}: {w} words, expected 150-350')
hosts = {urlparse(doc['source']).netloc.lower().removeprefix('www.') for doc in docs}
if len(hosts) != len(docs): errs.append(f'{len(hosts)} distinct hosts for {len(docs)} documents')
for i, (doc, line) in enumerate(zip(docs, gold)):
    if doc['doc'] != i: errs.append(f'line {i}: doc id {doc["doc"]}')
    t = doc['text']; prev_end = -1
    for ent in [e for e in line.split('||') if e]:
        f = ent.split(',,')
        if len(f) != 6: errs.append(f'doc {i}: bad entry {ent!r}'); continue
        name, surf, lat, lon, s, e = f[0], f[1], float(f[2]), float(f[3]), int(f[4]), int(f[5])
        n += 1
        if t[s:e] != surf: errs.append(f'doc {i}: text[{s}:{e}]={t[s:e]!r} != {surf!r}')
        if s < prev_end: errs.append(f'doc {i}: span {s}-{e} overlaps/out of order (prev end {prev_end})')
        prev_end = e
        if not (-90 <= lat <= 90 and -180 <= lon <= 180): errs.append(f'doc {i}: coords out of range {lat},{lon}')
print(f'documents: {len(docs)}  gold lines: {len(gold)}  toponyms: {n}  distinct hosts: {len(hosts)}')
print('OK: all checks passed' if not errs else '\n'.join(['FAILED:'] + errs))
sys.exit(1 if errs else 0)
