#!/usr/bin/env python3
"""check-fresh.py FILE: check a question or conversation file against the report.
Every gold string must occur in the report after normalising (NFC, whitespace removed,
'**' removed, Latin lower-cased). Prints counts and every problem."""
import json, os, sys, collections
from evalconv import norm
rep = norm(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'corpus', 'report.txt'), encoding='utf-8').read())
SECT = set('front summary-ko summary-en 1 1.1 1.2 2 2.1 2.2 2.2.1 2.2.1.가 2.2.1.나 2.2.1.다 2.2.1.라 2.2.1.마 2.2.2 2.2.2.가 2.2.2.나 2.2.2.다 2.2.2.라 2.2.3 2.2.3.가 2.2.3.나 3 3.1 3.2 4 4.1 4.2 4.3 refs'.split())
probs = []; kinds = collections.Counter(); langs = collections.Counter(); oos = collections.Counter(); n = 0; fu = 0
def turn(t, where, first):
    global fu
    if not first: fu += 1
    k = t.get('kind'); kinds[k] += 1
    if not t.get('q', '').strip(): probs.append(where + ': empty q')
    if k == 'out_of_scope':
        if t.get('gold'): probs.append(where + ': out_of_scope with gold')
        oos[t.get('oos', '?')] += 1
        return
    if not t.get('gold'): probs.append(where + ': no gold')
    for g in t.get('gold', []):
        if norm(g) not in rep: probs.append('%s: gold not in report: %r' % (where, g))
        if len(norm(g)) < 6: probs.append('%s: gold too short: %r' % (where, g))
    for s in t.get('section', []):
        if s not in SECT: probs.append('%s: unknown section %r' % (where, s))
for i, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
    if not line.strip(): continue
    try: o = json.loads(line)
    except Exception as e: probs.append('line %d: not JSON: %s' % (i, e)); continue
    n += 1; langs[o.get('lang')] += 1
    if 'turns' in o:
        for j, t in enumerate(o['turns']): turn(t, '%s turn %d' % (o.get('id'), j+1), j == 0)
    else:
        turn(o, str(o.get('id')), True)
print('items', n, 'follow-ups', fu, 'langs', dict(langs)); print('kinds', dict(kinds)); print('out_of_scope', dict(oos))
print('problems', len(probs)); [print(' ', p) for p in probs]
