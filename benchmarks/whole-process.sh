#!/usr/bin/env bash
# Whole-process figures (JVM start included): run from the project root after
#   ./mvnw -B -q -pl benchmarks,roadmap-cli -am package -DskipTests
# 1. `validate` of the bundled 2024 roadmaps: median wall time of RUNS runs and peak resident memory.
#    Uses the command line's jar (roadmap-cli/target/roadmap.jar, what ./roadmap runs) when it is
#    built, otherwise ValidateMain from the benchmarks jar; the output says which.
# 2. OUTCOMES outcomes generated on the fly, streamed through JSON Lines read and validated in chunks
#    of CHUNK with -Xmx256m (StreamValidateMain; no file is written).
# Environment: RUNS (default 7), OUTCOMES (default 1000000), CHUNK (default 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
OUTCOMES=${OUTCOMES:-1000000}
CHUNK=${CHUNK:-10000}
JAR=benchmarks/target/benchmarks.jar
DATA=roadmap-io/src/main/resources/org/wsis/roadmap/io/wsis-action-lines-roadmaps-2024-10-11.json
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

CLI_JAR=roadmap-cli/target/roadmap.jar
if [ -f "$CLI_JAR" ]; then
  CMD=(java -jar "$CLI_JAR" validate "$DATA")
  WHAT="java -jar roadmap-cli/target/roadmap.jar validate (the command line's shaded jar, as ./roadmap runs it)"
else
  CMD=(java -cp "$JAR" org.wsis.roadmap.benchmarks.ValidateMain "$DATA")
  WHAT="java -cp benchmarks.jar ValidateMain (the command line is not built here)"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "validate: $WHAT"
times=()
peak=0
for i in $(seq "$RUNS"); do
  # time(1) prints its line even when the command exits non-zero (findings make validate exit 1)
  out=$( ( "$TIME" -f 'TIME %e %M' "${CMD[@]}" >/dev/null 2>/tmp/whole-process.$$ || true ); grep '^TIME' /tmp/whole-process.$$ | tail -1 )
  t=$(echo "$out" | awk '{print $2}'); m=$(echo "$out" | awk '{print $3}')
  times+=("$t")
  [ "$m" -gt "$peak" ] && peak=$m
done
rm -f /tmp/whole-process.$$
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "validate bundled dataset: median ${median} s of ${RUNS} runs (${times[*]}), peak RSS $((peak / 1024)) MiB"

echo "streaming: ${OUTCOMES} outcomes through JSON Lines, validated in chunks of ${CHUNK}, -Xmx256m"
( "$TIME" -f 'TIME %e %M' java -Xmx256m -cp "$JAR" org.wsis.roadmap.benchmarks.StreamValidateMain "$OUTCOMES" "$CHUNK" \
    2>/tmp/whole-process-stream.$$ ) || { cat /tmp/whole-process-stream.$$ >&2; exit 1; }
s=$(grep '^TIME' /tmp/whole-process-stream.$$ | tail -1)
rm -f /tmp/whole-process-stream.$$
echo "streaming: wall $(echo "$s" | awk '{print $2}') s, peak RSS $(( $(echo "$s" | awk '{print $3}') / 1024 )) MiB"
