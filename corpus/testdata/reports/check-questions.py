#!/usr/bin/env python3
"""Check questions.jsonl against the reports it is about: the fictional
reports beside it and the embedded report (corpus/report.txt), which the
questions that name their report by a short form are also put to.

Every question must name, in "report", the series number of one of them;
every gold string must be an exact substring of that report's text, on one
line and without markdown bold; every section id must be one the parser
gives that report (read from `reportbot sections`, run from the repository
root, unless --no-sections).

    python3 corpus/testdata/reports/check-questions.py [--no-sections]
"""
import json, os, re, subprocess, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", ".."))
reports = {}  # series number -> (path, text)
for path in (os.path.join(here, "good.txt"), os.path.join(here, "third.txt"), os.path.join(root, "corpus", "report.txt")):
    text = open(path, encoding="utf-8").read()
    series = next(l.strip() for l in text.splitlines() if re.fullmatch(r"\S.{0,40}?\s*(19|20)\d\d-\d{1,3}", l.strip()))
    reports[series] = (path, text)

sections = {}
if "--no-sections" not in sys.argv:
    for series, (path, _) in reports.items():
        out = subprocess.run(["go", "run", "./cmd/reportbot", "sections", "--report", path],
                             cwd=root, capture_output=True, text=True, check=True).stdout
        sections[series] = {l.split()[0] for l in out.splitlines() if l.strip()}

bad, kinds, langs, per = 0, Counter(), Counter(), Counter()
ids = set()
for n, raw in enumerate(open(os.path.join(here, "questions.jsonl"), encoding="utf-8"), 1):
    q = json.loads(raw)
    def fail(msg):
        global bad
        bad += 1
        print(f"line {n} {q.get('id')}: {msg}")
    for k in ("id", "lang", "q", "gold", "section", "kind", "report"):
        if k not in q:
            fail(f"no field {k}")
    if q["id"] in ids:
        fail("id again")
    ids.add(q["id"])
    if q["report"] not in reports:
        fail(f"report {q['report']!r} is none of {sorted(reports)}")
        continue
    text = reports[q["report"]][1]
    if not q["gold"]:
        fail("no gold")
    for g in q["gold"]:
        if g not in text:
            fail(f"gold {g!r} is not in {os.path.basename(reports[q['report']][0])}")
        elif "\n" in g or "**" in g:
            fail(f"gold {g!r} spans lines or holds **")
    for s in q["section"]:
        if sections and s not in sections[q["report"]]:
            fail(f"section {s!r} is not one of the report's")
    kinds[q["kind"]] += 1
    langs[q["lang"]] += 1
    per[q["report"]] += 1
print(f"{len(ids)} questions; by report {dict(per)}; by lang {dict(langs)}; by kind {dict(kinds)}")
sys.exit(1 if bad else 0)
