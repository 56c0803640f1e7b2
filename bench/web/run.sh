#!/usr/bin/env bash
# Load benchmark of `chancery serve` on loopback: CLIENTS concurrent clients alternate the search page and cable
# pages for SECONDS; prints p50/p90/p99 per page kind and the error count.
#   bench/web/run.sh [DB] [CLIENTS] [SECONDS] [THINK_MS]
# THINK_MS (default 0 = saturation: every client sends its next request as soon as the last one answers) makes each
# client pause a random 0..2x THINK_MS between requests, as people reading pages do. Both runs ask each query once
# before measuring (steady state); CHANCERY_WEBLOAD_FIRST=1 leaves first-time searches inside the measured run.
# DB defaults to a scratch file filled from $CHANCERY_CORPUS/cables (or ../shared/corpus/cables). For the
# 250,000-cable goal, make DB with `chancery synth` + `chancery ingest` first and pass it here.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-/tmp/chancery-webload.db}
clients=${2:-50}
seconds=${3:-20}
think=${4:-0}
port=${CHANCERY_WEBLOAD_PORT:-5099}
corpus=${CHANCERY_CORPUS:-../shared/corpus}
dotnet build -c Release -v q -nologo src/Chancery.Cli >/dev/null
dotnet build -c Release -v q -nologo bench/web/WebLoad >/dev/null
load=bench/web/WebLoad/bin/Release/net10.0/WebLoad.dll
[ -s "$db" ] || dotnet "$load" prepare "$db" "$corpus/cables"
dotnet src/Chancery.Cli/bin/Release/net10.0/chancery.dll serve --db "$db" --urls "http://127.0.0.1:$port" --demo-size 0 &
server=$!
# SIGTERM, not SIGINT: a background job of a script ignores SIGINT. The server stops cleanly on either.
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
# Wait for the server's warm-up (search index, compiled search paths): /health says "search":"ready".
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/health" | grep -q '"search":"ready"' && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health"; echo
# Warm up (JIT, page cache), then measure.
dotnet "$load" run "http://127.0.0.1:$port" "$clients" 5 >/dev/null || true
dotnet "$load" run "http://127.0.0.1:$port" "$clients" "$seconds" "$think"
