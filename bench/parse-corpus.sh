#!/usr/bin/env bash
# Whole-process cost of parsing the corpus: `./chancery parse CORPUS/cables --jsonl > /dev/null`.
# Usage: bench/parse-corpus.sh [RUNS]   (default 5). Corpus: env CHANCERY_CORPUS, else ../shared/corpus.
# Prints wall time (hyperfine when installed, else /usr/bin/time per run) and the peak RSS of one run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
corpus="${CHANCERY_CORPUS:-$root/../shared/corpus}"
cables="$(cd "$corpus/cables" && pwd)"
chancery="$root/chancery"

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $(find "$cables" -name '*.txt' | wc -l) files, $(cat "$cables"/*.txt | wc -c) bytes"
# The launcher builds the CLI on first use; do that outside the measurement.
"$chancery" parse "$cables" --jsonl > /dev/null

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --style basic "$chancery parse $cables --jsonl > /dev/null"
else
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "wall %e s  user %U s  sys %S s  max RSS %M KB" "$chancery" parse "$cables" --jsonl > /dev/null
  done
fi
# hyperfine does not report memory: one more run under /usr/bin/time for the peak resident set.
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "max RSS %M KB (wall %e s, user %U s, sys %S s)" "$chancery" parse "$cables" --jsonl > /dev/null
else
  echo "max RSS: /usr/bin/time is not installed (apt-get install -y time)"
fi
