#!/usr/bin/env bash
# Whole-process SQLite ingest measurement, as users run it (issue 3's goals: 3,000 cables/s or better on a 2-core
# machine, max RSS under 500 MB, database at most 1.5 times the raw text):
#   bench/ingest-archive.sh [CORPUS_DIR] [DB_FILE] [-- EXTRA INGEST OPTIONS]
# CORPUS_DIR defaults to /tmp/synth250k (`./chancery synth --count 250000 --seed 1 --out /tmp/synth250k`); DB_FILE to
# /tmp/ingest-bench.db, deleted before and after (after only without KEEP=1). Prints the rate from the JSON summary, the CPU time per cable (the
# figure to compare on a shared machine, where the wall-clock rate follows the load), max RSS, the size against the
# raw text, and the load before and after.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-/tmp/synth250k}"
db="${2:-/tmp/ingest-bench.db}"
shift $(( $# < 2 ? $# : 2 ))
[ "${1:-}" = "--" ] && shift
[ -d "$corpus" ] || { echo "no corpus at $corpus (make one with ./chancery synth)"; exit 2; }
rm -f "$db" "$db-wal" "$db-shm"
# KEEP=1 keeps the database for the search and web benchmarks.
if [ -n "${KEEP:-}" ]; then trap 'rm -f "$db.time"' EXIT; else trap 'rm -f "$db" "$db-wal" "$db-shm" "$db.time"' EXIT; fi

"$root/chancery" --help > /dev/null # builds the CLI outside the measurement
raw=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.csv' -o -name '*.jsonl' \) -printf '%s\n' |
  awk '{s+=$1} END {print s}')
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); load before $(cut -d' ' -f1-3 /proc/loadavg)"
summary=$(/usr/bin/time -f "%M %e %U %S" -o "$db.time" "$root/chancery" ingest "$corpus" --db "$db" --json "$@" 2>/dev/null | tail -n 1)
read -r rss wall user sys < "$db.time"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
size=$(stat -c %s "$db")
python3 - "$summary" "$rss" "$wall" "$user" "$sys" "$size" "$raw" <<'PY'
import json, sys
s = json.loads(sys.argv[1]); rss, wall, user, sys_, size, raw = map(float, sys.argv[2:])
records = s["added"] + s["updated"] + s["unchanged"]
print(f"ingest: {s['added']:,} added, {s['updated']:,} updated, {s['rejected']:,} rejected in {s['seconds']:.1f} s "
      f"= {(s['added'] + s['updated']) / s['seconds']:,.0f} cables/s (process wall {wall:.1f} s)")
print(f"cpu:    {user:.1f} s user + {sys_:.1f} s system = {(user + sys_) / records * 1e6:,.0f} us per record")
print(f"memory: max RSS {rss / 1024:,.0f} MB")
print(f"size:   {size / 1e6:,.0f} MB for {raw / 1e6:,.0f} MB of raw text = {size / raw:.3f}x")
PY
