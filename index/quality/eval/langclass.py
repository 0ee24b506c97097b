#!/usr/bin/env python3
"""langclass.py BIN SET...: follow-up figures of conversation sets ($OUT/SET.jsonl) split by the
language of the thread (the writers' "lang": en, ko, mixed), each part scored whole by the shared
evaluator (its summary line, with the out-of-scope follow-ups flagged and the hedge rate), and
follow-up hit@3 of each language by the class the writers gave the turn ("fu"). It also splits the
follow-ups by whether the message's own language (the engine's "lang") is that of the thread's
first turn: a thread that switches language partway. It prints totals only, so it may be run on
the never-fitted sets."""
import os, sys
from collections import Counter

from evalconv import OUT, golds, load, rank, replies, retagged, score, write

LANGS = ("en", "ko", "mixed")


def by_language(bin_, name, convs):
    for lang in LANGS:
        part = [c for c in convs if c.get("lang") == lang]
        if not part:
            continue
        path = os.path.join(OUT, "langclass-%s-%s.jsonl" % (name, lang))
        write(path, part)
        line, m = score(bin_, path)
        fu = m["followup"]
        print("%-9s %-5s %d answerable, %d out of scope | %s | flagged=%.3f hedge_rate=%.3f" % (
            name, lang, fu.get("n_in_scope", 0), fu.get("n_out_of_scope", 0),
            line.split("|")[0].replace("followup: ", "").strip(), fu.get("oos_flagged", 0), fu.get("hedge_rate", 0)))


def by_class(bin_, name, convs):
    """hit@3 per language and fu class, from the evaluator's per-kind figures on a copy whose kinds
    are LANG:CLASS."""
    path = os.path.join(OUT, "langclass-%s.jsonl" % name)
    write(path, retagged(convs, lambda c, t: "%s:%s" % (c.get("lang"), t.get("fu") or "-")))
    _, m = score(bin_, path)
    kinds = m["followup"]["hit@3_by_kind"]
    for lang in LANGS:
        items = ["%s=%d/%d" % (k.split(":", 1)[1], round(v["hit@3"] * v["n"]), v["n"])
                 for k, v in sorted(kinds.items()) if k.startswith(lang + ":")]
        if items:
            print("%-9s %-5s %s" % (name, lang, " ".join(items)))


def switches(bin_, name, convs):
    """Follow-up hit@1 / hit@3 by whether the message is typed in the language of the thread's
    first turn (as the engine reads each message's language)."""
    answers = iter(replies(bin_, convs))
    n = Counter()
    for c in convs:
        first = None
        for i, t in enumerate(c["turns"], 1):
            a = next(answers)
            first = first or a.get("lang")
            if i == 1 or t.get("kind") == "out_of_scope":
                continue
            r = rank(a, golds(t))
            part = "thread's language" if a.get("lang") == first else "other language"
            n[(part, "n")] += 1
            n[(part, "hit@1")] += r == 1
            n[(part, "hit@3")] += r > 0
    for part in ("thread's language", "other language"):
        if n[(part, "n")]:
            print("%-9s typed in the %s: hit@1 %d, hit@3 %d of %d" % (
                name, part, n[(part, "hit@1")], n[(part, "hit@3")], n[(part, "n")]))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    bin_ = sys.argv[1]
    for name in sys.argv[2:]:
        convs = load(os.path.join(OUT, name + ".jsonl"))
        by_language(bin_, name, convs)
        by_class(bin_, name, convs)
        switches(bin_, name, convs)


if __name__ == "__main__":
    main()
