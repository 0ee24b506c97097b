#!/usr/bin/env python3
"""fresh.py BIN QFILE: a fresh question set's figure, for the engine and for Lucene + Nori, without
printing any question: hit@1, hit@3 by language (excerpt and sources, as the evaluator reads them),
false declines, near misses and unrelated questions flagged, hedge_rate, one-line answers of the
questions whose gold holds a figure. Needs ../shared beside the checkout."""
import json, sys, subprocess, re, os
from evalconv import norm
bin_, qf = sys.argv[1], sys.argv[2]
gold = [json.loads(l) for l in open(qf) if l.strip()]
def run(cmd):
    p = subprocess.run(cmd, shell=True, input='\n'.join(g['q'].replace('\n', ' ') for g in gold) + '\n', capture_output=True, text=True, cwd=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'anchors'))
    return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
def tally(out, label):
    st = {'ko': [0, 0], 'en': [0, 0]}; h1 = [0, 0]; fd = 0; near = [0, 0]; unr = [0, 0]; hedge = [0, 0]; direct = [0, 0]
    for g, o in zip(gold, out):
        res = o.get('results') or []; ans = o.get('answered') and res
        if g['kind'] == 'out_of_scope':
            c = near if g.get('oos') == 'near' else unr
            c[0] += 1; c[1] += (not ans) or bool(o.get('missing'))
            continue
        ex = [norm((r.get('excerpt') or r.get('text', '')) + ''.join(r.get('sources') or [])) for r in res[:3]]
        hit = any(norm(x) in e for x in g['gold'] for e in ex)
        st[g['lang']][0] += 1; st[g['lang']][1] += hit
        h1[0] += 1; h1[1] += bool(ex) and any(norm(x) in ex[0] for x in g['gold'])
        if not ans: fd += 1
        hedge[0] += 1; hedge[1] += bool(ans and o.get('missing'))
        if ex and any(norm(x) in ex[0] for x in g['gold']) and re.search(r'\d', ''.join(g['gold'])):
            direct[0] += 1; direct[1] += bool(o.get('answer'))
    n = st['ko'][0] + st['en'][0]; h = st['ko'][1] + st['en'][1]
    f = lambda a: '%.2f' % (a[1] / a[0]) if a[0] else 'n/a'
    print('%-8s hit@1 %s hit@3 %.2f (ko %s en %s)  false declines %d  near %d/%d  unrelated %d/%d  hedge %s  one-line %d/%d' % (
        label, f(h1), h / n, f(st['ko']), f(st['en']), fd, near[1], near[0], unr[1], unr[0], f(hedge), direct[1], direct[0]))
tally(run(bin_ + ' ask --json --batch'), 'engine')
tally(run('./run-lucene nori 5'), 'lucene')
