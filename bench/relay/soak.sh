#!/usr/bin/env bash
# Long-run memory check on loopback: Astana -> Washington (the relay measured) -> Almaty, all three up, N ROUTINE
# cables released at Astana in batches (Washington only relays them: it serves none of their addressees).
# After each batch prints how far Washington got, its resident memory and the size of its journal; memory and
# journal should level off instead of growing with the count.
# Usage: bench/relay/soak.sh [N=1000000] [BATCH=10000]
set -euo pipefail
N=${1:-1000000}
BATCH=${2:-10000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/chancery-relay-soak.XXXXXX)
trap 'kill -TERM $(jobs -p) 2>/dev/null || true; sleep 1; rm -rf "$WORK"' EXIT

dotnet build "$ROOT/src/Chancery.Cli" -c Release -o "$WORK/bin" >/dev/null
CHANCERY="dotnet $WORK/bin/chancery.dll"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HUB=$(port); CA=$(port); CW=$(port); CT=$(port)
TIMERS='"timers": { "retransmitSeconds": 2, "maxRetransmitSeconds": 10, "failoverSeconds": 3600, "redialSeconds": 0.2 }'
cd "$WORK"
cat > washington.json <<JSON
{ "routingIndicator": "RUEHC", "address": "SECSTATE WASHDC", "listen": "127.0.0.1:$HUB", "control": "127.0.0.1:$CW",
  "dataDirectory": "./washington", "serves": ["RUEHC"],
  "links": [ { "name": "astana", "neighbor": "RUEHAST", "channel": "WAA" }, { "name": "almaty", "neighbor": "RUEHTA", "channel": "WAT" } ],
  "routes": [ { "prefix": "RUEHAST", "link": "astana" }, { "prefix": "RUEHTA", "link": "almaty" } ], $TIMERS }
JSON
cat > astana.json <<JSON
{ "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "control": "127.0.0.1:$CA", "dataDirectory": "./astana",
  "serves": ["RUEHAST"], "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:$HUB", "channel": "AST" } ],
  "routes": [ { "prefix": "", "link": "washington" } ], $TIMERS }
JSON
cat > almaty.json <<JSON
{ "routingIndicator": "RUEHTA", "address": "AMEMBASSY ALMATY", "control": "127.0.0.1:$CT", "dataDirectory": "./almaty",
  "serves": ["RUEHTA"], "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:$HUB", "channel": "ALA" } ],
  "routes": [ { "prefix": "", "link": "washington" } ], $TIMERS }
JSON
ready() { until curl -sf "http://127.0.0.1:$1/status" >/dev/null; do sleep 0.1; done; }
field() { curl -sf "http://127.0.0.1:$1/status" | jq -r "$2"; }
$CHANCERY relay --config washington.json 2>washington.log & WASHINGTON=$!; ready $CW
$CHANCERY relay --config almaty.json 2>almaty.log & ready $CT
$CHANCERY relay --config astana.json 2>astana.log & ready $CA

start=$(date +%s.%N)
printf "%10s %10s %10s %12s %14s\n" released journaled rate/s "RSS kB" "journal bytes"
for ((sent = 0; sent < N; sent += BATCH)); do
  python3 "$ROOT/bench/relay/make-cables.py" "$BATCH" $((sent + 1)) R none > batch.txt
  curl -sf --data-binary @batch.txt "http://127.0.0.1:$CA/send" >/dev/null
  # Keep at most two batches ahead of the relay, so that what is measured is the relay, not a queue at Astana.
  until [ "$(field $CW .journaled)" -ge $((sent - BATCH)) ]; do sleep 0.2; done
  journaled=$(field $CW .journaled)
  printf "%10d %10d %10.0f %12d %14d\n" $((sent + BATCH)) "$journaled" "$(echo "$journaled / ($(date +%s.%N) - $start)" | bc -l)" \
    "$(ps -o rss= -p $WASHINGTON)" "$(stat -c %s washington/journal.log)"
done
