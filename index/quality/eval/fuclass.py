#!/usr/bin/env python3
"""fuclass.py BIN SET...: follow-up hit@3 of each class the writers gave ("fu": more, ellipsis,
switch, …) on conversation sets ($OUT/SET.jsonl, as build-sets.py wrote them), scored by the shared
evaluator; and, for the "more" class, how many hit or missed among the messages the engine read as
a bare request for more (its "understood as" line opens with more / 더 보기) and those with words of
their own, and whether the gold had been shown by an earlier turn of the conversation. It prints
totals only, so it may be run on the never-fitted sets."""
import os, sys
from collections import Counter

from evalconv import OUT, golds, load, rank, replies, retagged, score, write


def by_class(bin_, name, convs):
    """hit@3 per fu class, from the evaluator's per-kind figures on a copy whose kinds are the classes."""
    path = os.path.join(OUT, "fuclass-%s.jsonl" % name)
    write(path, retagged(convs, lambda c, t: "fu:" + (t.get("fu") or "?")))
    m = score(bin_, path)[1]["followup"]["hit@3_by_kind"]
    return " ".join("%s=%d/%d" % (k[3:], round(v["hit@3"] * v["n"]), v["n"])
                    for k, v in sorted(m.items()) if k.startswith("fu:"))


def more_split(bin_, convs):
    answers = iter(replies(bin_, convs))
    n = Counter()
    for c in convs:
        earlier = []
        for i, t in enumerate(c["turns"], 1):
            a = next(answers)
            if i > 1 and t.get("fu") == "more" and t.get("kind") != "out_of_scope":
                gs = golds(t)
                u = a.get("understood") or ""
                bare = u.startswith("Understood as: more") or u.startswith("이해한 질문: 더 보기")
                n[("bare" if bare else "words", "hit" if rank(a, gs) else "miss",
                   "shown-before" if any(rank(e, gs) for e in earlier) else "new")] += 1
            earlier.append(a)
    return " ".join("%s/%s/%s=%d" % (k + (v,)) for k, v in sorted(n.items()))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    bin_ = sys.argv[1]
    for name in sys.argv[2:]:
        convs = load(os.path.join(OUT, name + ".jsonl"))
        print("%-9s %s" % (name, by_class(bin_, name, convs)))
        print("%-9s more: %s" % (name, more_split(bin_, convs)))


if __name__ == "__main__":
    main()
