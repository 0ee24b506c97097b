#!/usr/bin/env python3
"""build-sets.py QMAX CMAX [FITMAX]: write the bank's parts as whole files to $OUT (default /tmp):
nfall.jsonl and nfconv.jsonl (never fitted: the holdouts, own-holdout*, questions-fresh FITMAX+1..QMAX,
conversations-fresh FITMAX+1..CMAX), fitall.jsonl and fitconv.jsonl (fitted: the fit files, own-fit,
questions-extra, fresh 1..FITMAX), and ns-nfall.jsonl / ns-nfconv.jsonl, the never-fitted Korean
ones typed with every space removed, and ns-fitall.jsonl / ns-fitconv.jsonl, the fitted ones so typed
(to diagnose on). A stop reads its figures on the split of its start."""
import glob, json, os, re, sys
qmax, cmax = int(sys.argv[1]), int(sys.argv[2])
fmax = int(sys.argv[3]) if len(sys.argv) > 3 else 8  # fresh sets 1..fmax are fitted
T = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'answer', 'testdata')
OUT = os.environ.get('OUT', '/tmp')
B = T + '/bank'
def cat(files, out):
    n = 0
    with open(out, 'w') as w:
        for f in files:
            for line in open(f):
                if line.strip():
                    w.write(line.rstrip('\n') + '\n'); n += 1
    return n
# the diagnosis sets (KIND-fit.jsonl, KIND-fit2.jsonl, ...) are fitted from the day they are written
def fits(kind):
    return sorted(glob.glob(B+'/'+kind+'-fit*.jsonl'), key=lambda f: (len(f), f))
nfq = [B+'/questions-holdout.jsonl', T+'/own-holdout.jsonl', T+'/own-holdout2.jsonl'] + [B+'/questions-fresh%d.jsonl' % i for i in range(fmax+1, qmax+1)]
fitq = fits('questions') + [T+'/own-fit.jsonl', T+'/questions-extra.jsonl'] + [B+'/questions-fresh%d.jsonl' % i for i in range(1, fmax+1)]
nfc = [B+'/conversations-holdout.jsonl'] + [B+'/conversations-fresh%d.jsonl' % i for i in range(fmax+1, cmax+1)]
fitc = fits('conversations') + [B+'/conversations-fresh%d.jsonl' % i for i in range(1, fmax+1)]
print('nfall', cat(nfq, OUT + '/nfall.jsonl'), 'fitall', cat(fitq, OUT + '/fitall.jsonl'),
      'nfconv', cat(nfc, OUT + '/nfconv.jsonl'), 'fitconv', cat(fitc, OUT + '/fitconv.jsonl'))
# de-spaced Korean copies: a question, or every Korean turn of a conversation, typed without
# spaces. A turn of a Korean thread written in English keeps its spaces (until stop 47 it lost
# them too): one who runs Korean words together still types English with spaces.
HANGUL = re.compile('[\uac00-\ud7a3]')
def despace(src, dst):
    n = 0
    with open(dst, 'w') as w:
        for line in open(src):
            o = json.loads(line)
            if o.get('lang') != 'ko': continue
            for t in o.get('turns', [o]):
                if HANGUL.search(t['q']): t['q'] = t['q'].replace(' ', '')
            w.write(json.dumps(o, ensure_ascii=False) + '\n'); n += 1
    return n
print('ns-nfall', despace(OUT + '/nfall.jsonl', OUT + '/ns-nfall.jsonl'), 'ns-nfconv', despace(OUT + '/nfconv.jsonl', OUT + '/ns-nfconv.jsonl'))
# the fitted sets' de-spaced copies, to diagnose on (never-fitted ones give totals only)
print('ns-fitall', despace(OUT + '/fitall.jsonl', OUT + '/ns-fitall.jsonl'), 'ns-fitconv', despace(OUT + '/fitconv.jsonl', OUT + '/ns-fitconv.jsonl'))
