#!/usr/bin/env python3
"""fuplace.py BIN CONVS.jsonl [CLASS]: where the gold of each answerable follow-up stands against
what the turn before showed, and whether the reply found it. Totals only, by the thread's language,
so it may be run on the never-fitted sets; CLASS keeps one writers' class ("detail", "ellipsis", …).

Place of the gold, against the previous turn's top three results:
  quoted    in one of their quotes (or the sources shown beside them)
  shown     in one of their passages, not quoted
  section   in none of them, but the writers' section of the gold is the section of one of them
  elsewhere in none of them, in another section
Found, for the follow-up's reply as the scorer reads it (the default three results), and past
those, the same thread asked with ten results a reply:
  hit       gold in a top-3 quote or its sources (the evaluator's hit@3)
  top3-line gold in a top-3 passage, outside its quote (quotegap.py's class)
  top10     gold in a result ranked 4-10 of the reply with ten
  out10     in none of the ten (the ranking did not find the passage)
  declined  no results at the default (the engine decides alike at any page size; a thread that
            pages through "more" with ten a page has been shown other passages, so only ranks
            4-10 are read from that run)
and, for the follow-ups whose previous turn showed a passage of the English summary, the same
totals marked "after-summary": the asker read the report's English and asks on in English."""
import collections, sys

from evalconv import golds, load, norm, replies, shown

SUMMARY = "summary-en"


def holds(text, gs):
    return any(g in text for g in gs)


def place(prev, gs, sections):
    top = prev.get("results", [])[:3]
    if any(holds(shown(r), gs) for r in top):
        return "quoted"
    if any(holds(norm(r.get("text", "")), gs) for r in top):
        return "shown"
    if any(r.get("section") in sections for r in top):
        return "section"
    return "elsewhere"


def found(reply, ten, gs):
    """reply is the default reply, ten the reply to the same turn with ten results."""
    res = reply.get("results", [])
    if not res:
        return "declined"
    if any(holds(shown(r), gs) for r in res[:3]):
        return "hit"
    if any(holds(norm(r.get("text", "")), gs) for r in res[:3]):
        return "top3-line"
    if any(holds(shown(r) + "\x00" + norm(r.get("text", "")), gs) for r in ten.get("results", [])[3:10]):
        return "top10"
    return "out10"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    bin_, path = sys.argv[1], sys.argv[2]
    only = sys.argv[3] if len(sys.argv) == 4 else None
    convs = load(path)
    rs, tens = replies(bin_, convs), replies(bin_, convs, "--top", "10")
    n = collections.Counter()
    k = 0
    for c in convs:
        prev = None
        for i, t in enumerate(c["turns"], 1):
            r, ten = rs[k], tens[k]
            k += 1
            if i > 1 and t.get("kind") != "out_of_scope" and (only is None or t.get("fu") == only):
                gs = golds(t)
                if gs:
                    lang = c.get("lang", "?")
                    got = found(r, ten, gs)
                    n[(lang, place(prev, gs, t.get("section") or []), got)] += 1
                    if any(x.get("section") == SUMMARY for x in prev.get("results", [])[:3]):
                        n[(lang, "after-summary", got)] += 1
            prev = r
    kinds = ["hit", "top3-line", "top10", "out10", "declined"]
    print("%-6s %-13s %s" % ("lang", "place", " ".join("%9s" % x for x in kinds)))
    for lang in sorted({key[0] for key in n}):
        for pl in ["quoted", "shown", "section", "elsewhere", "after-summary"]:
            row = [n[(lang, pl, x)] for x in kinds]
            if sum(row):
                print("%-6s %-13s %s" % (lang, pl, " ".join("%9d" % x for x in row)))


if __name__ == "__main__":
    main()
