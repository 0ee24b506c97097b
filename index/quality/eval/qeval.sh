#!/usr/bin/env bash
# qeval.sh BIN [TAG] [SETS...]: score the reportbot binary BIN (an absolute path) on sets with the
# shared evaluator, one line each. Sets: dev, robust, convdev (the shared ones) and any file
# $OUT/NAME.jsonl that build-sets.py wrote (nfall, fitall, ns-nfall: questions; names ending in
# "conv": conversations). Question outputs are kept in $OUT/qe-TAG/SET.out for onelines.py.
set -u
bin=$1; tag=${2:-$(basename "$1")}; shift; [ $# -gt 0 ] && shift
sets=${*:-dev robust nfall fitall convdev nfconv fitconv}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E=$here/../../../../shared/eval
out=${OUT:-/tmp}; d=$out/qe-$tag; mkdir -p "$d"
for s in $sets; do
  case $s in
    dev) f=$E/questions-dev.jsonl;; robust) f=$E/questions-dev-robust.jsonl;;
    convdev) f=$E/conversations-dev.jsonl;;
    *) f=$out/$s.jsonl;;
  esac
  if [[ $s == conv* || $s == *conv ]]; then
    r=$("$E/score-conv" "$f" --cmd "$bin chat --json" --json-out "$d/$s.json" 2>/dev/null | tail -1)
  else
    r=$("$E/score" "$f" --cmd "$bin ask --json --batch" --save "$d/$s.out" --json-out "$d/$s.json" 2>/dev/null | tail -1)
  fi
  printf '%-9s %s\n' "$s" "$r"
done
