"""What the conversation scripts (fuclass, langclass, fuplace, quotegap) share: the shared
evaluator's matching of a gold string, and the engine's replies to every turn of a set. A script
that matched otherwise would count hits the evaluator does not. The question scripts (fresh,
onelines, check-fresh) normalise a gold string by the same norm."""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "..", "..", "shared", "eval")
OUT = os.environ.get("OUT", "/tmp")


def norm(s):
    """Text as the evaluator compares it: NFC, no bold marks, no white space, ASCII letters lower."""
    s = unicodedata.normalize("NFC", s).replace("**", "")
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in "".join(s.split()))


def shown(r):
    """What the evaluator reads of a result, normalised: its excerpt (its passage's text when it
    has none) and the sources shown beside it."""
    ex = r.get("excerpt")
    if not isinstance(ex, str):
        ex = r.get("text")
    ex = ex if isinstance(ex, str) else ""
    return norm(ex + " " + " ".join(x for x in r.get("sources") or [] if isinstance(x, str)))


def golds(turn):
    """A turn's gold strings, normalised, the blank ones left out."""
    return [g for g in (norm(x) for x in turn.get("gold", [])) if g]


def rank(reply, gs, k=3):
    """The first of the top k results that shows a gold of gs, as the evaluator matches; 0 for none."""
    for j, r in enumerate(reply.get("results") or [], 1):
        if j > k:
            break
        if any(g in shown(r) for g in gs):
            return j
    return 0


def chat(bin_, requests, *flags):
    """The engine's reply (chat --json, with flags) to each of requests, in order: the one place a
    script feeds the engine a conversation, so that every script feeds it alike."""
    feed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests)
    out = subprocess.run([bin_, "chat", "--json", *flags], input=feed.encode(), stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=False).stdout.decode()
    got = [json.loads(l) for l in out.split("\n") if l.strip()]
    if len(got) != len(requests):
        sys.exit("%s: %d replies to %d lines" % (os.path.basename(sys.argv[0]), len(got), len(requests)))
    return got


def replies(bin_, convs, *flags):
    """The engine's reply (chat --json, with flags) to every turn of convs, in order."""
    return chat(bin_, [{"conv": c["id"], "turn": i, "q": t["q"]}
                       for c in convs for i, t in enumerate(c["turns"], 1)], *flags)


def peeked(bin_, convs, n):
    """The engine's reply to every turn of convs as the evaluator gets it (chat --json, three
    results), and beside each the same turn peeked at with n results (the line's "peek"), which
    leaves the conversation as the evaluator's reply left it: ranks past three without changing
    what the next turn is read against (a --top of n would: a turn's passages are the next one's
    context)."""
    got = chat(bin_, [r for c in convs for i, t in enumerate(c["turns"], 1)
                      for r in ({"conv": c["id"], "turn": i, "q": t["q"], "peek": n},
                                {"conv": c["id"], "turn": i, "q": t["q"]})])
    return got[1::2], got[0::2]


def refuse_never_fitted(path):
    """Exits where path is a never-fitted set (nfall, nfconv, ns-nf…): such a set is read only as
    totals, and a script that prints cases must not print its."""
    if re.match(r"(?:[\w-]*-)?nf", os.path.basename(path)):
        sys.exit("%s: --show prints cases; %s is a never-fitted set" % (os.path.basename(sys.argv[0]), path))


def load(path):
    """The conversations of a JSON-lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def retagged(convs, tag):
    """A copy of convs whose answerable follow-ups are of kind tag(conv, turn), so that the
    evaluator's per-kind figures split them by it."""
    out = []
    for c in convs:
        c = json.loads(json.dumps(c))
        for t in c["turns"][1:]:
            if t.get("kind") != "out_of_scope":
                t["kind"] = tag(c, t)
        out.append(c)
    return out


def score(bin_, path):
    """The evaluator's summary line and its metrics for the conversations in path."""
    js = path[:-len(".jsonl")] + ".json"
    r = subprocess.run([os.path.join(EVAL, "score-conv"), path, "--cmd", bin_ + " chat --json", "--json-out", js],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    with open(js, encoding="utf-8") as f:
        return r.stdout.decode().strip().split("\n")[-1], json.load(f)
