#!/usr/bin/env python3
"""repeats.py BIN SET.jsonl... [--show] [--top N]: replies that say a line twice (chat --json on
every turn of a conversation set, ask --json --batch on a question set; with --top, N results each):
within one result's quote, or across the results of one reply. A quote's lines are its line
breaks and the pieces " … " joins; a line cut short ("…") is the same line as a longer cut of it.
Prints totals per set and kind, so it may be run on the never-fitted sets; --show prints each
case (the turn, the repeated line, the reply's quotes): fitted sets only."""
import json, subprocess, sys, collections
from evalconv import load, norm, refuse_never_fitted, replies

# A line shorter than this (normalised) is a lead-in or a label ("Key recommendations
# include:", "(EU)"), which a reply may well show under two quotes of one list.
MIN_LINE = 12


def pieces(excerpt):
    """The lines of a quote, normalised, each with whether it was cut short."""
    out = []
    for ln in excerpt.split("\n"):
        for p in ln.split(" … "):
            p = p.strip()
            cut = p.startswith("…") or p.endswith("…")
            p = norm(p.strip("… ").strip())
            if len(p) >= MIN_LINE:
                out.append((p, cut))
    return out


def same(a, b):
    """Whether two lines are one: equal, or one a cut of the other."""
    (x, xc), (y, yc) = a, b
    return x == y or (xc and x in y) or (yc and y in x)


def repeated(results):
    """The first repeated line of a reply and where it repeats ("quote" or "results"), else None."""
    seen = []  # (line, result index)
    for j, r in enumerate(results):
        ex = r.get("excerpt")
        for p in pieces(ex if isinstance(ex, str) else ""):
            for q, k in seen:
                if same(p, q):
                    return p[0], "quote" if k == j else "results"
            seen.append((p, j))
    return None


def asked(bin_, questions, *flags):
    """The engine's reply (ask --json --batch, with flags) to each question, in order."""
    feed = "".join(q["q"].replace("\n", " ") + "\n" for q in questions)
    out = subprocess.run([bin_, "ask", "--json", "--batch", *flags], input=feed.encode(), stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=False).stdout.decode()
    got = [json.loads(l) for l in out.split("\n") if l.strip()]
    if len(got) != len(questions):
        sys.exit("repeats.py: %d replies to %d questions" % (len(got), len(questions)))
    return got


def main():
    args = [a for a in sys.argv[1:] if a != "--show"]
    show = "--show" in sys.argv
    flags = []
    if "--top" in args:
        k = args.index("--top")
        flags = args[k:k + 2]
        del args[k:k + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    bin_, paths = args[0], args[1:]
    for path in paths:
        if show:
            refuse_never_fitted(path)
        convs = load(path)
        if convs and "turns" not in convs[0]:  # a question set: each question a thread of one turn
            convs = [{"id": q["id"], "turns": [q]} for q in convs]
            got = asked(bin_, [c["turns"][0] for c in convs], *flags)
        else:
            got = replies(bin_, convs, *flags)
        k = 0
        n, kinds, cases = 0, collections.Counter(), []
        for c in convs:
            for i, t in enumerate(c["turns"], 1):
                r = got[k]; k += 1
                n += 1
                rep = repeated(r.get("results") or [])
                if rep:
                    kinds[rep[1]] += 1
                    cases.append((c["id"], i, t["q"], rep, r))
        print("%-28s replies %5d  repeating a line %3d  (in a quote %d, across results %d)" % (
            path.split("/")[-1], n, sum(kinds.values()), kinds["quote"], kinds["results"]))
        if show:
            for cid, i, q, (line, where), r in cases:
                print("\n==== %s#%d %s | understood: %s" % (cid, i, where, r.get("understood")))
                print("  Q:", q)
                print("  LINE:", line[:160])
                for j, x in enumerate(r.get("results") or []):
                    print("   %d [%s] %s" % (j + 1, x.get("section"), (x.get("excerpt") or "").replace("\n", " | ")[:700]))


if __name__ == "__main__":
    main()
