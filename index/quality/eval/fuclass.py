#!/usr/bin/env python3
"""fuclass.py BIN SET...: follow-up hit@3 of each class the writers gave ("fu": more, ellipsis,
switch, …) on conversation sets ($OUT/SET.jsonl, as build-sets.py wrote them), scored by the shared
evaluator; and, for the "more" class, how many hit or missed among the messages the engine read as
a bare request for more (its "understood as" line opens with more / 더 보기) and those with words of
their own, and whether the gold had been shown by an earlier turn of the conversation. It prints
totals only, so it may be run on the never-fitted sets."""
import json, os, subprocess, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "..", "..", "shared", "eval")
OUT = os.environ.get("OUT", "/tmp")


def norm(s):
    return "".join(unicodedata.normalize("NFC", s).replace("**", "").split()).lower()


def rank(a, golds, k=3):
    """The first of the top k results whose excerpt or sources hold a gold, as the evaluator matches."""
    for j, r in enumerate(a.get("results", [])[:k], 1):
        ex = (r.get("excerpt") or r.get("text") or "") + " " + " ".join(
            x for x in (r.get("sources") or []) if isinstance(x, str))
        if any(g in norm(ex) for g in golds):
            return j
    return 0


def by_class(bin_, name, convs):
    """hit@3 per fu class, from the evaluator's per-kind figures on a copy whose kinds are the classes."""
    path = os.path.join(OUT, "fuclass-%s.jsonl" % name)
    with open(path, "w", encoding="utf-8") as f:
        for c in convs:
            c = json.loads(json.dumps(c))
            for t in c["turns"][1:]:
                if t.get("kind") != "out_of_scope":
                    t["kind"] = "fu:" + (t.get("fu") or "?")
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    js = path[:-len(".jsonl")] + ".json"
    subprocess.run([os.path.join(EVAL, "score-conv"), path, "--cmd", bin_ + " chat --json", "--json-out", js],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    m = json.load(open(js))["followup"]["hit@3_by_kind"]
    return " ".join("%s=%d/%d" % (k[3:], round(v["hit@3"] * v["n"]), v["n"])
                    for k, v in sorted(m.items()) if k.startswith("fu:"))


def more_split(bin_, convs):
    feed = [{"conv": c["id"], "turn": i, "q": t["q"]} for c in convs for i, t in enumerate(c["turns"], 1)]
    p = subprocess.run([bin_, "chat", "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False,
                       input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in feed).encode())
    answers = iter(json.loads(l) for l in p.stdout.decode().split("\n") if l.strip())
    n = Counter()
    for c in convs:
        earlier = []
        for i, t in enumerate(c["turns"], 1):
            a = next(answers)
            if i > 1 and t.get("fu") == "more" and t.get("kind") != "out_of_scope":
                golds = [norm(g) for g in t.get("gold", []) if g.strip()]
                u = a.get("understood") or ""
                bare = u.startswith("Understood as: more") or u.startswith("이해한 질문: 더 보기")
                n[("bare" if bare else "words", "hit" if rank(a, golds) else "miss",
                   "shown-before" if any(rank(e, golds) for e in earlier) else "new")] += 1
            earlier.append(a)
    return " ".join("%s/%s/%s=%d" % (k + (v,)) for k, v in sorted(n.items()))


def main():
    bin_ = sys.argv[1]
    for name in sys.argv[2:]:
        convs = [json.loads(l) for l in open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") if l.strip()]
        print("%-9s %s" % (name, by_class(bin_, name, convs)))
        print("%-9s more: %s" % (name, more_split(bin_, convs)))


if __name__ == "__main__":
    main()
