#!/usr/bin/env python3
"""evalquote.py [ROOT]: the Go files' string literals and comment quotes (twelve characters or more)
that equal, word for word, a question of an evaluation set: the fitted and never-fitted sets
build-sets.py wrote to $OUT, and the shared sets beside the checkout. The project's rule is that no
code, comment or test quotes one. It prints file:line and the kind of set only, never the string,
so it may be run against the never-fitted sets; it exits 1 on a match."""
import glob
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, '../../..'))
out = os.environ.get('OUT', '/tmp')
shared = os.path.normpath(os.path.join(root, '../shared/eval'))


def questions(files):
    qs = set()
    for f in files:
        for line in open(f, encoding='utf-8'):
            d = json.loads(line)
            if 'q' in d:
                qs.add(d['q'].strip())
            for t in d.get('turns', []):
                qs.add(t['q'].strip())
    return qs


kinds = (
    ('fitted or shared', questions([f'{out}/fitall.jsonl', f'{out}/fitconv.jsonl'] + glob.glob(f'{shared}/*.jsonl'))),
    ('never fitted', questions([f'{out}/nfall.jsonl', f'{out}/nfconv.jsonl'])),
)
quoted = re.compile(r'"((?:[^"\\]|\\.){12,})"|“([^”]{12,})”')
n = 0
for f in subprocess.check_output(['git', '-C', root, 'ls-files', '*.go'], text=True).split():
    for i, line in enumerate(open(os.path.join(root, f), encoding='utf-8'), 1):
        for m in quoted.finditer(line):
            s = (m.group(1) or m.group(2)).strip()
            found = [k for k, qs in kinds if s in qs]
            if found:
                n += 1
                print(f'{f}:{i} {" and ".join(found)}')
print('matches', n)
sys.exit(1 if n else 0)
