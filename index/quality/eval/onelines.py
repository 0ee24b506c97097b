#!/usr/bin/env python3
"""onelines.py GOLD OUT [--misses]: the one-line answer ("answer" in ask --json) on the questions
whose first result's excerpt holds a gold string. OUT is the saved output of `ask --json --batch`
on GOLD (score --save). Counted: of those whose gold holds a figure, the share whose line states it
(a figure of the gold's, read by value: 5,400억 = 540 billion, 3만 3,000 = 33,000, '24 = 2024, '84 = 1984, 24.2. = 2024); the same for the
questions the writers marked number or date; English lines in English; lines stating no figure
of the gold (another figure). --misses lists the fitted misses; never use it on a never-fitted set."""
import json, sys, re
from evalconv import norm
MULT = {'조': 1e12, '억': 1e8, '천만': 1e7, '백만': 1e6, '만': 1e4, '천': 1e3, 'trillion': 1e12, 'billion': 1e9, 'million': 1e6, 'thousand': 1e3, 'bn': 1e9, 'mn': 1e6, 'k': 1e3}
NUM = re.compile(r"('?)(\d[\d,]*(?:\.\d+)?)\s*(조|억|천만|백만|만|천|trillion|billion|million|thousand|bn|mn)?")
DATE = re.compile(r"(?<![\d.])'?((?:19|20)\d\d|\d\d)\.(?:0?[1-9]|1[0-2])\.")
def nums(s):
    vals = set(); run = 0.0; last = None; mag = 0.0
    for m in NUM.finditer(s):
        ap, d, u = m.groups()
        try: v = float(d.replace(',', ''))
        except ValueError: continue
        if ap and len(d) == 2: v += 2000 if v < 50 else 1900
        if u: v *= MULT[u]
        # Korean compounds: 3억 7천만 -> one value
        if last is not None and u in ('천만', '백만', '만', '천') and m.start() - last <= 2 and run:
            run += v; vals.add(round(run, 3))
        elif last is not None and u in (None, '억') and not ap and m.start() - last <= 2 and run and v < mag:
            # the rest of a figure after its magnitude: 3만 3,000 is 33,000, 1조 6,840억 1.684 trillion
            run += v; vals.add(round(run, 3)); run = 0.0
        else:
            run = v if u in ('조', '억', '만') else 0.0
            mag = MULT[u] if u in ('조', '억', '만') else 0.0
        vals.add(round(v, 3)); last = m.end()
    # a date printed as year.month. ("(24.2.)", "2024.3.15.") also states its year
    for m in DATE.finditer(s):
        y = int(m.group(1)); vals.add(float(y if y > 99 else y + (2000 if y < 50 else 1900)))
    return vals
gold = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
out = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
miss = '--misses' in sys.argv
A = [0, 0]; B = [0, 0]; en = [0, 0]; wrong = 0; lines = 0
for g, o in zip(gold, out):
    if g['kind'] == 'out_of_scope' or not o.get('answered') or not o.get('results'): continue
    r0 = o['results'][0]; ex = norm(r0.get('excerpt') or r0.get('text', ''))
    hits = [x for x in g['gold'] if norm(x) in ex]
    ans = o.get('answer') or ''
    if ans: lines += 1
    if not hits: continue
    gn = set().union(*[nums(x) for x in hits])
    states = bool(ans) and bool(gn & nums(ans))
    if gn:
        A[0] += 1; A[1] += states
        if ans and not states: wrong += 1
        if ans and g['lang'] == 'en':
            en[0] += 1; en[1] += not re.search('[가-힣]', ans.split('(')[0])
        if miss and not states: print('MISS', g['id'], g['q'][:70], '|', ans[:80], '| gold', hits[0][:50])
    if g['kind'] in ('number', 'date'):
        B[0] += 1; B[1] += states
print('figure-gold hit@1: %d/%d (%.3f)  number+date: %d/%d  en lines English: %d/%d  lines stating other figure: %d  lines: %d' % (A[1], A[0], A[1]/max(A[0],1), B[1], B[0], en[1], en[0], wrong, lines))
