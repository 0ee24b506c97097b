#!/usr/bin/env python3
"""quotegap.py BIN CONVS.jsonl [--show]: answerable follow-ups whose gold is in the passage
("text") of a top-3 result but in no top-3 excerpt or its sources: the ranking found the
passage, the quote left the answering line out. Prints totals by the writers' follow-up
class (and follow-up excerpt_len over the first five results), so it may be run on the
never-fitted sets; --show prints each such case (question, gold, quotes, the passage):
fitted sets only."""
import sys, collections
from evalconv import golds, load, norm, refuse_never_fitted, replies, shown
args = [a for a in sys.argv[1:] if a != "--show"]
if len(args) != 2: sys.exit(__doc__)
bin_, path = args
show = "--show" in sys.argv
if show:
    refuse_never_fitted(path)
convs = load(path)
lines = replies(bin_, convs)
k = 0
tot = collections.Counter(); gap = collections.Counter(); hit = collections.Counter()
elen = []; cases = []
for c in convs:
    hist = []
    for i, t in enumerate(c["turns"], 1):
        r = lines[k]; k += 1
        hist.append((t["q"], r))
        if i == 1 or t.get("kind") == "out_of_scope": continue
        fu = t.get("fu", "?")
        tot[fu] += 1
        g = golds(t)
        res = (r.get("results") or [])[:3]
        for x in (r.get("results") or [])[:5]: elen.append(len(x.get("excerpt", "")))
        # each result's quotes and passage normalised once, not once per gold string
        if any(x in s for s in map(shown, res) for x in g):
            hit[fu] += 1; continue
        texts = [norm(e.get("text", "")) for e in res]
        inpass = [j for j, p in enumerate(texts) if any(x in p for x in g)]
        if inpass:
            gap[fu] += 1
            cases.append((c["id"], i, fu, inpass[0], list(hist), t, r))
print("follow-ups %d hit3 %d gap %d  excerpt_len(top5) %.1f" % (sum(tot.values()), sum(hit.values()), sum(gap.values()), sum(elen)/max(1,len(elen))))
for f in sorted(tot): print("  %-16s %3d/%3d gap %d" % (f, hit[f], tot[f], gap[f]))
if show:
    for cid, i, fu, j, hist, t, r in cases:
        print("\n==== %s#%d fu=%s rank=%d missing=%s" % (cid, i, fu, j + 1, r.get("missing")))
        for q, rr in hist[:-1]:
            print("  prev Q:", q)
            for e in (rr.get("results") or [])[:1]:
                print("     [%s] %s" % (e.get("section"), e.get("excerpt", "")[:200].replace("\n", " | ")))
        print("  Q:", t["q"], "| asked:", r.get("asked"), "| understood:", r.get("understood"))
        print("  GOLD:", t["gold"])
        for jj, e in enumerate((r.get("results") or [])[:3]):
            print("   %d [%s] EX: %s" % (jj + 1, e.get("section"), e.get("excerpt", "").replace("\n", " | ")))
            if jj == j: print("      TEXT: %s" % e.get("text", "").replace("\n", " | "))
