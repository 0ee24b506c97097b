#!/usr/bin/env python3
"""fuplace.py BIN CONVS.jsonl [CLASS]: where the gold of each answerable follow-up stands against
what the turn before showed, and whether the reply found it. Totals only, by the thread's language,
so it may be run on the never-fitted sets; CLASS keeps one writers' class ("detail", "ellipsis", …).

Place of the gold, against the previous turn's top three results:
  quoted    in one of their quotes (or the sources shown beside them)
  shown     in one of their passages, not quoted
  section   in none of them, but the writers' section of the gold is the section of one of them
  elsewhere in none of them, in another section
Found, for the follow-up's reply as the evaluator gets it (three results), and past three for the
same turn peeked at with ten results in the same thread (evalconv.peeked):
  hit       gold in a top-3 quote or its sources (the evaluator's hit@3)
  top3-line gold in a top-3 passage, outside its quote (quotegap.py's class)
  top10     gold in a result ranked 4-10
  out10     in none of the ten (the ranking did not find the passage)
  declined  no results
  peek-differs  a miss whose peek with ten results shows other passages in its first three (the
            engine read the turn otherwise), so its ranks past three are not the reply's
and, for the follow-ups whose previous turn showed a passage of the English summary, the same
totals marked "after-summary": the asker read the report's English and asks on in English; and,
for the follow-ups whose previous turn was answerable and missed (its gold in none of its three
results), the same totals marked "after-miss": the thread's place was the wrong one, so "elsewhere"
there says more of the turn before than of the asker moving on (on the conversations never fitted
at stop 46, 44 of the 83 missed follow-ups whose gold stood elsewhere came after such a turn).

--show FOUND (fitted sets only; it refuses a never-fitted set, nf… or …-nf…) prints each follow-up
whose reply fared FOUND (top10, out10, …): the thread so far, the message and its reading, the
gold, and the ten results with their scores, the gold's marked. --show after-miss prints instead
each follow-up of the after-miss row that is no hit, whatever else it fared, and --show
after-summary each of the after-summary row that is no hit."""
import collections, sys

from evalconv import golds, load, norm, peeked, refuse_never_fitted, shown

SUMMARY = "summary-en"


def holds(text, gs):
    return any(g in text for g in gs)


def quotes(reply, gs):
    """Whether one of the reply's three results shows a gold in its quote."""
    return any(holds(shown(r), gs) for r in reply.get("results", [])[:3])


def place(prev, gs, sections):
    top = prev.get("results", [])[:3]
    if quotes(prev, gs):
        return "quoted"
    if any(holds(norm(r.get("text", "")), gs) for r in top):
        return "shown"
    if any(r.get("section") in sections for r in top):
        return "section"
    return "elsewhere"


def missed(turn, reply):
    """Whether an answerable turn's reply showed none of its golds in its three results."""
    gs = golds(turn)
    return turn.get("kind") != "out_of_scope" and bool(gs) and not quotes(reply, gs)


def found(reply, peek, gs):
    """How the reply fared; past its three results, read from peek, the same turn answered with ten,
    where peek's first three passages are the reply's (else "peek-differs": asked for more results,
    the engine read the turn otherwise, and its ranks past three say nothing of the reply)."""
    res = reply.get("results", [])
    if not res:
        return "declined"
    if quotes(reply, gs):
        return "hit"
    if any(holds(norm(r.get("text", "")), gs) for r in res[:3]):
        return "top3-line"
    more = peek.get("results", [])
    if [r.get("text") for r in more[:len(res[:3])]] != [r.get("text") for r in res[:3]]:
        return "peek-differs"
    if any(holds(shown(r) + "\x00" + norm(r.get("text", "")), gs) for r in more[3:10]):
        return "top10"
    return "out10"


def case(c, i, t, hist, r, gs, pl):
    """One follow-up printed whole, for --show; pl is where its gold stands (place)."""
    print("\n==== %s#%d fu=%s place=%s gold section=%s" % (c["id"], i, t.get("fu"), pl, t.get("section")))
    for q, rr in hist:
        print("  prev Q:", q)
        for e in (rr.get("results") or [])[:3]:
            print("     [%s] %s" % (e.get("section"), (e.get("excerpt") or "")[:160].replace("\n", " | ")))
    print("  Q:", t["q"], "| asked:", r.get("asked"), "| understood:", r.get("understood"),
          "| missing:", r.get("missing"))
    print("  GOLD:", t["gold"])
    for j, e in enumerate((r.get("results") or [])[:10], 1):
        mark = "*" if holds(shown(e) + "\x00" + norm(e.get("text", "")), gs) else " "
        print("  %s%2d %.3f [%s] %s" % (mark, j, e.get("score", 0), e.get("section"),
                                       (e.get("excerpt") or "")[:150].replace("\n", " | ")))


def main():
    args = sys.argv[1:]
    show = None
    if "--show" in args:
        k = args.index("--show")
        show = args[k + 1] if k + 1 < len(args) else sys.exit(__doc__)
        del args[k:k + 2]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    bin_, path = args[0], args[1]
    only = args[2] if len(args) == 3 else None
    if show:
        refuse_never_fitted(path)
    convs = load(path)
    rs, peeks = peeked(bin_, convs, 10)
    n = collections.Counter()
    k = 0
    for c in convs:
        prev = prev_turn = None
        hist = []
        for i, t in enumerate(c["turns"], 1):
            r, peek = rs[k], peeks[k]
            k += 1
            if i > 1 and t.get("kind") != "out_of_scope" and (only is None or t.get("fu") == only):
                gs = golds(t)
                if gs:
                    lang = c.get("lang", "?")
                    got = found(r, peek, gs)
                    pl = place(prev, gs, t.get("section") or [])
                    n[(lang, pl, got)] += 1
                    after_summary = any(x.get("section") == SUMMARY for x in prev.get("results", [])[:3])
                    if after_summary:
                        n[(lang, "after-summary", got)] += 1
                    after_miss = missed(prev_turn, prev)
                    if after_miss:
                        n[(lang, "after-miss", got)] += 1
                    if (got == show or show == "after-miss" and after_miss and got != "hit"
                            or show == "after-summary" and after_summary and got != "hit"):
                        case(c, i, t, hist, peek, gs, pl)
            prev, prev_turn = r, t
            hist.append((t["q"], r))
    kinds = ["hit", "top3-line", "top10", "out10", "declined", "peek-differs"]
    print("%-6s %-13s %s" % ("lang", "place", " ".join("%9s" % x for x in kinds)))
    for lang in sorted({key[0] for key in n}):
        for pl in ["quoted", "shown", "section", "elsewhere", "after-summary", "after-miss"]:
            row = [n[(lang, pl, x)] for x in kinds]
            if sum(row):
                print("%-6s %-13s %s" % (lang, pl, " ".join("%9d" % x for x in row)))


if __name__ == "__main__":
    main()
