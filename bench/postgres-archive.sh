#!/usr/bin/env bash
# Whole-process PostgreSQL archive measurements beside SQLite, through the CLI as users run it:
#   ingest:  `./chancery ingest DIR --postgres CONN --json` (and `--db FILE`), cables/s from its JSON summary, peak RSS;
#   search:  `./chancery search QUERY --postgres CONN --json` for each query, RUNS times, p50 and max wall time
#            (whole process, so .NET start-up is included; compare the two backends, not with in-process numbers).
# Usage: bench/postgres-archive.sh [CORPUS_CABLES_DIR] [RUNS]
#   default corpus: $CHANCERY_CORPUS/cables, else ../shared/corpus/cables; RUNS defaults to 5.
# Server: $CHANCERY_TEST_POSTGRES when set (the role needs CREATEDB), else one started by .ci/services.d/postgres.sh
# (as root) and stopped at the end. Each run ingests into a fresh database `chancery_bench`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cables="${1:-${CHANCERY_CORPUS:-$root/../shared/corpus}/cables}"
cables="${cables%/cables}/cables"
runs="${2:-5}"
chancery="$root/chancery"
[ -d "$cables" ] || { echo "no corpus at $cables"; exit 2; }

ci_cleanup=()
trap 'for c in "${ci_cleanup[@]}"; do eval "$c" || true; done' EXIT
if [ -z "${CHANCERY_TEST_POSTGRES:-}" ]; then
  # shellcheck source=/dev/null
  source "$root/.ci/services.d/postgres.sh"
fi
server="$CHANCERY_TEST_POSTGRES"
psql_url() { # Npgsql "Key=Value;..." -> libpq "key=value ..." for psql
  echo "$1" | tr ';' '\n' | sed -n 's/^Host=/host=/p; s/^Port=/port=/p; s/^Username=/user=/p; s/^Password=/password=/p' | tr '\n' ' '
}
psql -q "$(psql_url "$server") dbname=postgres" -c "DROP DATABASE IF EXISTS chancery_bench" -c "CREATE DATABASE chancery_bench"
postgres="$(echo "$server" | sed 's/Database=[^;]*/Database=chancery_bench/')"
sqlite="$(mktemp -d)/bench.db"
ci_cleanup+=("rm -rf $(dirname "$sqlite")")

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $(find "$cables" -name '*.txt' | wc -l) files, $(cat "$cables"/*.txt | wc -c) bytes"
"$chancery" --help > /dev/null # builds the CLI outside the measurement

for backend in postgres sqlite; do
  if [ "$backend" = postgres ]; then target=(--postgres "$postgres"); else target=(--db "$sqlite"); fi
  summary=$(/usr/bin/time -f "%M %e" -o /tmp/chancery-bench-time "$chancery" ingest "$cables" "${target[@]}" --json | tail -n 1)
  read -r rss wall < /tmp/chancery-bench-time
  echo "$backend ingest: $summary  wall ${wall}s  max RSS ${rss} KB  -> $(echo "$summary" |
    python3 -c 'import json,sys; s=json.load(sys.stdin); print("%.0f cables/s" % ((s["added"] + s["updated"]) / s["seconds"]))')"
  for query in 'pipeline' 'minister' '"human rights"' 'terror*' 'tag:PREL election' 'caption:NOFORN' 'hamas OR hezbollah' ''; do
    times=()
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      "$chancery" search "$query" "${target[@]}" --json > /dev/null
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    printf '%s search %-22s p50 %5d ms  max %5d ms\n' "$backend" "'$query'" "${sorted[$(( ${#sorted[@]} / 2 ))]}" "${sorted[-1]}"
  done
done
psql -q "$(psql_url "$server") dbname=postgres" -c "SELECT pg_size_pretty(pg_database_size('chancery_bench')) AS postgres_size"
echo "sqlite size: $(du -h "$sqlite" | cut -f1)"
