#!/usr/bin/env bash
# Whole-process relay benchmark on loopback: Astana -> Washington (the relay measured) -> Almaty.
# 1. Throughput: N ROUTINE cables are released at Astana while Washington is down (they wait in Astana's
#    lanes); then Washington and Almaty start and we time how long Washington takes to accept (journal, fsync)
#    and relay all N, and Almaty to deliver them into its SQLite archive.
# 2. FLASH latency: with a ROUTINE backlog waiting at Washington for Almaty, FLASH cables are released one by
#    one and the time from release at Astana to delivery at Almaty is measured (p50/p99).
# 3. Memory: Washington's RSS after each phase (bench/relay/soak.sh runs a long one).
# Usage: [INFO=none] [BIN=dir] bench/relay/run.sh [N=10000] [FLASHES=50] [BACKLOG=N]
# INFO=none leaves Washington off the cables' addressees: it only relays (no delivery into its own archive).
# BIN: a directory holding a Release build of chancery (skips the build; for repeated runs).
set -euo pipefail
N=${1:-10000}
FLASHES=${2:-50}
BACKLOG=${3:-$N}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/chancery-relay-bench.XXXXXX)
trap 'kill -TERM $(jobs -p) 2>/dev/null || true; sleep 1; cp "$WORK"/*.log /tmp/ 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${BIN:-}" ] || { BIN="$WORK/bin"; dotnet build "$ROOT/src/Chancery.Cli" -c Release -o "$BIN" >/dev/null; }
CHANCERY="dotnet $BIN/chancery.dll"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HUB=$(port); CA=$(port); CW=$(port); CT=$(port)
TIMERS='"timers": { "retransmitSeconds": 2, "maxRetransmitSeconds": 10, "failoverSeconds": 3600, "redialSeconds": 0.2 }'
cat > "$WORK/washington.json" <<JSON
{ "routingIndicator": "RUEHC", "address": "SECSTATE WASHDC", "listen": "127.0.0.1:$HUB", "control": "127.0.0.1:$CW",
  "dataDirectory": "./washington", "serves": ["RUEHC"],
  "links": [ { "name": "astana", "neighbor": "RUEHAST", "channel": "WAA" }, { "name": "almaty", "neighbor": "RUEHTA", "channel": "WAT" } ],
  "routes": [ { "prefix": "RUEHAST", "link": "astana" }, { "prefix": "RUEHTA", "link": "almaty" } ], $TIMERS }
JSON
cat > "$WORK/astana.json" <<JSON
{ "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "control": "127.0.0.1:$CA", "dataDirectory": "./astana",
  "serves": ["RUEHAST"], "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:$HUB", "channel": "AST" } ],
  "routes": [ { "prefix": "", "link": "washington" } ], $TIMERS }
JSON
cat > "$WORK/almaty.json" <<JSON
{ "routingIndicator": "RUEHTA", "address": "AMEMBASSY ALMATY", "control": "127.0.0.1:$CT", "dataDirectory": "./almaty",
  "serves": ["RUEHTA"], "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:$HUB", "channel": "ALA" } ],
  "routes": [ { "prefix": "", "link": "washington" } ], $TIMERS }
JSON
ready() { until curl -sf "http://127.0.0.1:$1/status" >/dev/null; do sleep 0.1; done; }
field() { curl -sf "http://127.0.0.1:$1/status" | jq -r "$2"; }
now() { date +%s.%N; }

$CHANCERY relay --config "$WORK/astana.json" 2>"$WORK/astana.log" & ASTANA=$!; ready $CA
python3 "$ROOT/bench/relay/make-cables.py" "$N" 1 R ${INFO:-} > "$WORK/routine.txt"
split -l $((10 * 1000)) "$WORK/routine.txt" "$WORK/part."
t0=$(now)
for f in "$WORK"/part.*; do curl -sf --data-binary @"$f" "http://127.0.0.1:$CA/send" >/dev/null; done
t1=$(now)
echo "released $N at Astana in $(echo "$t1 - $t0" | bc) s ($(echo "$N / ($t1 - $t0)" | bc) cables/s, parse + envelope + journal)"

$CHANCERY relay --config "$WORK/almaty.json" 2>"$WORK/almaty.log" & ALMATY=$!; ready $CT
$CHANCERY relay --config "$WORK/washington.json" 2>"$WORK/washington.log" & WASHINGTON=$!
ready $CW; t0=$(now)
until [ "$(field $CW .journaled 2>/dev/null || echo 0)" -ge "$((N / 5))" ]; do sleep 0.05; done; ts=$(now); js=$(field $CW .journaled)
until [ "$(field $CW .journaled 2>/dev/null || echo 0)" -ge "$N" ]; do field $CA '.links[0].window' >> "$WORK/window.txt"; sleep 0.05; done; t1=$(now)
until [ "$(field $CT .delivered 2>/dev/null || echo 0)" -ge "$N" ]; do sleep 0.05; done; t2=$(now)
echo "relay Washington accepted (journaled, fsync) $N in $(echo "$t1 - $t0" | bc) s: $(echo "$N / ($t1 - $t0)" | bc) transmissions/s (from the relay answering its control endpoint)"
echo "  steady state (from $js journaled to $N, after connection and warm-up): $(echo "($N - $js) / ($t1 - $ts)" | bc) transmissions/s"
echo "  CPU seconds used so far: Astana $(ps -o times= -p $ASTANA), Washington $(ps -o times= -p $WASHINGTON), Almaty $(ps -o times= -p $ALMATY)"
summary() { sort -n "$1" | awk '{a[NR]=$1} END {if (NR) printf "min %d, median %d, max %d", a[1], a[int(NR/2)+1], a[NR]}'; }
echo "  Astana's window to Washington (transmissions in flight allowed) while it was measured: $(summary "$WORK/window.txt")"
echo "  Astana retransmitted $(field $CA '.links[0].retransmitted') to Washington, Washington $(field $CW '[.links[].retransmitted] | add') to Almaty"
echo "Almaty delivered $N into SQLite $(echo "$t2 - $t0" | bc) s after Washington was up: $(echo "$N / ($t2 - $t0)" | bc) transmissions/s end to end"
echo "Washington RSS after the run: $(ps -o rss= -p $WASHINGTON) kB"

# FLASH latency behind a ROUTINE backlog: stop Almaty, queue a backlog at Washington, restart Almaty while
# releasing FLASH cables one at a time.
kill -TERM $ALMATY; wait $ALMATY || true
python3 "$ROOT/bench/relay/make-cables.py" "$BACKLOG" $((N + 1)) R ${INFO:-} > "$WORK/backlog.txt"
split -l $((10 * 1000)) "$WORK/backlog.txt" "$WORK/back."
for f in "$WORK"/back.*; do curl -sf --data-binary @"$f" "http://127.0.0.1:$CA/send" >/dev/null; done
until [ "$(field $CW '.lanes.ROUTINE')" -ge "$BACKLOG" ]; do sleep 0.5; done
echo "Washington holds a backlog of $BACKLOG ROUTINE for Almaty; RSS $(ps -o rss= -p $WASHINGTON) kB"
$CHANCERY relay --config "$WORK/almaty.json" 2>>"$WORK/almaty.log" & ALMATY=$!; ready $CT
base=$(field $CT .delivered)
while sleep 0.2; do field $CW '.links[] | select(.name == "almaty") | .window' >> "$WORK/window-almaty.txt"; done & SAMPLER=$!
python3 "$ROOT/bench/relay/send-flashes.py" "$CA" "$FLASHES" $((N + BACKLOG + 1)) > "$WORK/flashes.txt"
kill $SAMPLER
cut -d' ' -f1,2 "$WORK/flashes.txt" > "$WORK/sent.txt"
until [ "$(curl -sf "http://127.0.0.1:$CT/delivered" | grep -c '"FLASH"')" -ge "$FLASHES" ]; do sleep 0.2; done
# Latency = acceptance (journaled) at Almaty, from its delivered record, minus the moment of release at Astana.
curl -sf "http://127.0.0.1:$CT/delivered" | jq -r 'select(.precedence == "FLASH") | "\(.stationSerial) \(.receivedAt)"' |
  while read -r serial at; do echo "$serial $(date -d "$at" +%s%3N)"; done | sort > "$WORK/arrived.txt"
sort "$WORK/sent.txt" | join - "$WORK/arrived.txt" | awk '{print $3 - $2}' > "$WORK/latency.txt"
# The first hop alone, where Washington delivers the FLASH itself (it is an addressee unless INFO=none).
curl -sf "http://127.0.0.1:$CW/delivered" | jq -r 'select(.precedence == "FLASH") | "\(.stationSerial) \(.receivedAt)"' |
  while read -r serial at; do echo "$serial $(date -d "$at" +%s%3N)"; done | sort > "$WORK/at-washington.txt"
sort "$WORK/sent.txt" | join - "$WORK/at-washington.txt" | awk '{print $3 - $2}' > "$WORK/first-hop.txt"
echo "ROUTINE still waiting at Washington after the flashes: $(field $CW '.lanes.ROUTINE') (of $BACKLOG queued, delivered since: $(( $(field $CT .delivered) - base )))"
sort -n "$WORK/latency.txt" | awk '{a[NR]=$1} END {printf "FLASH latency, release at Astana to journaled at Almaty, over %d: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", NR, a[int(NR*0.5)+1], a[int(NR*0.99)+ (NR*0.99==int(NR*0.99)?0:1)], a[NR]}'
[ -s "$WORK/first-hop.txt" ] && sort -n "$WORK/first-hop.txt" | awk '{a[NR]=$1} END {printf "  of which release at Astana to journaled at Washington: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", a[int(NR*0.5)+1], a[int(NR*0.99)+ (NR*0.99==int(NR*0.99)?0:1)], a[NR]}'
echo "  Washington's window to Almaty while the flashes went: $(summary "$WORK/window-almaty.txt")"
sort -n -k3 "$WORK/flashes.txt" | awk '{a[NR]=$3} END {printf "  of which Astana answering the release (parse, journal fsync): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", a[int(NR*0.5)+1], a[int(NR*0.99)+ (NR*0.99==int(NR*0.99)?0:1)], a[NR]}'
true
