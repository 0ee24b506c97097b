#!/usr/bin/env python3
"""evalquote.py [ROOT]: the Go files' string literals ("…" and `…` on one line) and comment
quotes (“…”), twelve characters or more, that quote a question of an evaluation set: the fitted
and never-fitted sets build-sets.py wrote to $OUT, and the shared sets beside the checkout. The
project's rule is that no code, comment or test quotes one. Both sides are compared normalised
(casefolded, every character that is not a letter or digit removed, a string's backslash escapes
read as a space), in three ways:

  equal   the quoted string's normalised text equals a question's;
  inside  a quoted string of 24 normalised characters or more stands inside a question;
  holds   a question of 16 normalised characters or more stands inside a quoted string.

It prints file:line, the kind of match and the kind of set only, never the string or the
question, so it may be run against the never-fitted sets; it exits 1 on a match."""
import bisect
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
INSIDE, HOLDS = 24, 16
SEP = '\x00'  # never in a normalised text


def norm(s):
    return ''.join(c for c in s.casefold() if c.isalpha() or c.isdigit())


def questions(files):
    qs = set()
    for f in files:
        for line in open(f, encoding='utf-8'):
            d = json.loads(line)
            if 'q' in d:
                qs.add(norm(d['q']))
            for t in d.get('turns', []):
                qs.add(norm(t['q']))
    qs.discard('')
    return qs


kinds = [(k, qs, SEP + SEP.join(sorted(qs)) + SEP) for k, qs in (
    ('fitted or shared', questions([f'{out}/fitall.jsonl', f'{out}/fitconv.jsonl'] + glob.glob(f'{shared}/*.jsonl'))),
    ('never fitted', questions([f'{out}/nfall.jsonl', f'{out}/nfconv.jsonl'])),
)]
quoted = re.compile(r'"((?:[^"\\]|\\.){12,})"|“([^”]{12,})”|`([^`]{12,})`')
escape = re.compile(r'\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)')

# Every quoted string: where it stands and its normalised text.
places, texts = [], []
for f in subprocess.check_output(['git', '-C', root, 'ls-files', '*.go'], text=True).split():
    for i, line in enumerate(open(os.path.join(root, f), encoding='utf-8'), 1):
        for m in quoted.finditer(line):
            s = m.group(2) or m.group(3) if m.group(1) is None else escape.sub(' ', m.group(1))
            t = norm(s)
            if t:
                places.append((f, i))
                texts.append(t)

# All quoted texts in one string, so that a question is looked for in all of them at once.
starts, pos = [], 1
for t in texts:
    starts.append(pos)
    pos += len(t) + 1
alltexts = SEP + SEP.join(texts) + SEP

found = {}  # index of a quoted string -> {kind of set: kind of match}
for k, qs, allqs in kinds:
    for j, t in enumerate(texts):
        if t in qs:
            found.setdefault(j, {})[k] = 'equal'
        elif len(t) >= INSIDE and t in allqs:
            found.setdefault(j, {})[k] = 'inside'
    for q in qs:
        if len(q) < HOLDS:
            continue
        p = alltexts.find(q)
        while p >= 0:
            j = bisect.bisect_right(starts, p) - 1
            found.setdefault(j, {}).setdefault(k, 'holds')
            p = alltexts.find(q, p + 1)

lines = {}
for j, ks in found.items():
    for k, how in ks.items():
        lines.setdefault(places[j], set()).add(f'{how} {k}')
for (f, i), what in sorted(lines.items()):
    print(f'{f}:{i} {"; ".join(sorted(what))}')
print('matches', len(lines))
sys.exit(1 if lines else 0)
