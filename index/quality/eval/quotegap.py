#!/usr/bin/env python3
"""quotegap.py BIN SET.jsonl [--show]: answerable turns whose gold is in the passage ("text") of
a top-3 result but in no top-3 excerpt or its sources: the ranking found the passage, the quote
left the answering line out. On a conversation set it counts the follow-ups by the writers'
follow-up class and the first turns apart; on a question set (items with "q", asked through
`ask --json --batch`) the answerable questions. Totals only, so it may be run on the
never-fitted sets (with the follow-ups' excerpt_len over the first five results); --show prints
each such case (question, gold, quotes, the passage): fitted sets only."""
import json, subprocess, sys, collections
from evalconv import golds, load, norm, refuse_never_fitted, replies, shown
args = [a for a in sys.argv[1:] if a != "--show"]
if len(args) != 2: sys.exit(__doc__)
bin_, path = args
show = "--show" in sys.argv
if show:
    refuse_never_fitted(path)
items = load(path)
tot = collections.Counter(); gap = collections.Counter(); hit = collections.Counter()
elen = []; cases = []


def judge(cls, t, r, hist, cid, i):
    """Counts turn t's reply r under class cls: a hit, a gap (gold in a top-3 passage but no
    top-3 quote) or neither."""
    tot[cls] += 1
    g = golds(t)
    res = (r.get("results") or [])[:3]
    if any(x in s for s in map(shown, res) for x in g):
        hit[cls] += 1
        return
    inpass = [j for j, p in enumerate(norm(e.get("text", "")) for e in res) if any(x in p for x in g)]
    if inpass:
        gap[cls] += 1
        cases.append((cid, i, cls, inpass[0], list(hist), t, r))


if items and "turns" not in items[0]:
    qs = [x for x in items if x.get("kind") != "out_of_scope" and golds(x)]
    out = subprocess.run([bin_, "ask", "--json", "--batch"], input="".join(x["q"] + "\n" for x in qs).encode(),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False).stdout.decode()
    got = [json.loads(l) for l in out.split("\n") if l.strip()]
    if len(got) != len(qs):
        sys.exit("quotegap.py: %d replies to %d questions" % (len(got), len(qs)))
    for x, r in zip(qs, got):
        judge("question", x, r, [], x.get("id", "?"), 1)
else:
    lines = replies(bin_, items)
    k = 0
    for c in items:
        hist = []
        for i, t in enumerate(c["turns"], 1):
            r = lines[k]; k += 1
            hist.append((t["q"], r))
            if t.get("kind") == "out_of_scope":
                continue
            if i == 1:
                if golds(t):
                    judge("(first turn)", t, r, hist, c["id"], i)
                continue
            for x in (r.get("results") or [])[:5]: elen.append(len(x.get("excerpt", "")))
            judge(t.get("fu", "?"), t, r, hist, c["id"], i)
firsts = {"(first turn)", "question"}
fus = [f for f in tot if f not in firsts]
if fus:
    print("follow-ups %d hit3 %d gap %d  excerpt_len(top5) %.1f" % (sum(tot[f] for f in fus), sum(hit[f] for f in fus),
                                                                    sum(gap[f] for f in fus), sum(elen)/max(1,len(elen))))
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
