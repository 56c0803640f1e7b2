#!/usr/bin/env bash
# Fuzzes the cable reader and writer with afl-fuzz through SharpFuzz.
# Usage: fuzz/run.sh [DURATION]   DURATION in seconds, or with s/m/h (default 30m).
# Installs afl++ (Debian) and the SharpFuzz.CommandLine tool (local manifest), builds the harness into
# fuzz/out/build, instruments Chancery.Cables.dll there, seeds fuzz/out/in with fuzz/seeds + samples/*.txt
# (+ the previous run's queue unless FUZZ_FRESH=1), and writes afl-fuzz state to fuzz/out/afl.
# Crashes and hangs are copied to fuzz/findings/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
duration="${1:-30m}"
case "$duration" in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *)  seconds=$duration ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++" >&2
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi

cd "$here"
dotnet tool restore >/dev/null

build="$here/out/build"
replay="$here/out/replay"
rm -rf "$build" "$replay"
dotnet publish "$here/Chancery.Fuzz/Chancery.Fuzz.csproj" -c Release -o "$build" -v quiet -nologo
# Instrumented code needs afl-fuzz's shared memory; an uninstrumented copy replays findings on its own.
cp -r "$build" "$replay"
# Only the library under test is instrumented: coverage of the harness, SharpFuzz or the BCL is noise.
dotnet sharpfuzz "$build/Chancery.Cables.dll"

seeds="$here/out/in"
afl="$here/out/afl"
rm -rf "$seeds"
mkdir -p "$seeds"
cp "$here"/seeds/* "$seeds"/
cp "$root"/samples/*.txt "$seeds"/
# The queue of a previous run (paths it found) seeds this one; FUZZ_FRESH=1 starts from the seeds alone.
if [ "${FUZZ_FRESH:-0}" != 1 ] && [ -d "$afl/default/queue" ]; then
  find "$afl/default/queue" -maxdepth 1 -type f -name 'id:*' -exec cp {} "$seeds"/ \;
  for f in "$seeds"/id:*; do [ -e "$f" ] && mv "$f" "$seeds/queue-$(basename "$f" | cut -d, -f1 | tr ':' '_')"; done
fi
rm -rf "$afl"
# A container has no CPU frequency governor or core-dump handler to tune; the target (dotnet) is not
# compiled with afl instrumentation: SharpFuzz reports coverage through the forkserver itself.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
export AFL_NO_UI=1 AFL_MAP_SIZE=65536
# -t: a .NET start-up and JIT can take seconds on a loaded machine; real hangs still show up as timeouts.
# -m none: the CLR reserves far more address space than it uses.
set +e
afl-fuzz -i "$seeds" -o "$afl" -x "$here/cable.dict" -V "$seconds" -t 10000 -m none -- dotnet "$build/Chancery.Fuzz.dll"
status=$?
set -e

findings="$here/findings"
mkdir -p "$findings"
for kind in crashes hangs; do
  for f in "$afl"/default/"$kind"/id:*; do
    [ -e "$f" ] && cp "$f" "$findings/$kind-$(basename "$f" | tr ':,' '__')"
  done
done
echo
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg|stability)' \
  "$afl/default/fuzzer_stats" || true
echo "findings (crashes, hangs) copied to $findings; replay one with:"
echo "  dotnet $replay/Chancery.Fuzz.dll $findings/<file>"
exit $status
