#!/usr/bin/env bash
# fresh-conv.sh BIN CFILE: a fresh conversation set scored whole and by language, and its
# out-of-scope follow-ups counted, without printing any question.
bin=$1; f=$2
E=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../../../../shared/eval
echo "all: $($E/score-conv $f --cmd "$bin chat --json" 2>/dev/null | tail -1)"
for l in ko en; do
  python3 -c "import json,sys
for x in open('$f'):
  o=json.loads(x)
  if o['lang']=='$l': print(x.rstrip())" > ${TMPDIR:-/tmp}/fc-$l.jsonl
  echo "$l: $($E/score-conv ${TMPDIR:-/tmp}/fc-$l.jsonl --cmd "$bin chat --json" 2>/dev/null | tail -1)"
done
python3 - "$f" <<'PY'
import json,sys,collections
c=collections.Counter()
for x in open(sys.argv[1]):
  o=json.loads(x)
  for t in o['turns'][1:]:
    if t['kind']=='out_of_scope': c[(o['lang'],t.get('oos'))]+=1
print('oos follow-ups', dict(c))
PY
