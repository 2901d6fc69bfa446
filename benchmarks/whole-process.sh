#!/usr/bin/env bash
# Whole-process figures (JVM start included): run from the project root after
#   ./mvnw -B -q -pl benchmarks,roadmap-cli -am package -DskipTests
# 1. Commands of the command line as users start them (the distribution's launcher,
#    roadmap-cli/src/dist/bin/roadmap, on roadmap-cli/target/roadmap.jar, as ./roadmap runs it), each
#    next to `java -version` run alternately with it: median wall time of RUNS runs, the ratio of the
#    medians, and peak resident memory. The plain `java -jar` of validate is listed too, for comparison.
# 2. OUTCOMES outcomes generated on the fly, streamed through JSON Lines read and validated in chunks
#    of CHUNK with -Xmx256m (StreamValidateMain; no file is written).
# Environment: RUNS (default 7), OUTCOMES (default 1000000), CHUNK (default 10000), STREAM=off skips 2.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
OUTCOMES=${OUTCOMES:-1000000}
CHUNK=${CHUNK:-10000}
JAR=benchmarks/target/benchmarks.jar
DATA=roadmap-io/src/main/resources/org/wsis/roadmap/io/wsis-action-lines-roadmaps-2024-10-11.json
CLI_JAR=roadmap-cli/target/roadmap.jar
[ -f "$CLI_JAR" ] && { [ -f "$JAR" ] || [ "${STREAM:-on}" = off ]; } \
  || { echo "build first: ./mvnw -B -q -pl benchmarks,roadmap-cli -am package -DskipTests" >&2; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
LAUNCHER=(env ROADMAP_LIB="$PWD/roadmap-cli/target" roadmap-cli/src/dist/bin/roadmap)
"${LAUNCHER[@]}" --version >/dev/null # makes the class-data-sharing archive once, as a first run does

# measure NAME COMMAND...: prints "wall-seconds peak-KiB" of one run (exit codes 1 of validate are fine)
measure() {
  local out
  out=$( ( "$TIME" -f 'TIME %e %M' "$@" >/dev/null 2>/tmp/whole-process.$$ </dev/null || true ); grep '^TIME' /tmp/whole-process.$$ | tail -1 )
  rm -f /tmp/whole-process.$$
  echo "$out" | awk '{print $2, $3}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "launcher: roadmap-cli/src/dist/bin/roadmap (JVM options: C1 only, serial GC, no perf data, static AppCDS archive of a training run)"
echo
echo "| command | median wall (s) | java -version median (s) | ratio | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|"
row() { # label command...
  local label=$1; shift
  local t=() base=() peak=0 r
  for _ in $(seq "$RUNS"); do
    r=$(measure java -version); base+=("${r% *}")
    r=$(measure "$@"); t+=("${r% *}"); [ "${r#* }" -gt "$peak" ] && peak=${r#* }
  done
  local m b
  m=$(printf '%s\n' "${t[@]}" | median); b=$(printf '%s\n' "${base[@]}" | median)
  echo "| $label | $m | $b | $(awk -v m="$m" -v b="$b" 'BEGIN {printf "%.1f×", m / b}') | $((peak / 1024)) |"
}
row '`roadmap --version`' "${LAUNCHER[@]}" --version
row '`roadmap --help`' "${LAUNCHER[@]}" --help
row '`roadmap rules`' "${LAUNCHER[@]}" rules
row '`roadmap schema`' "${LAUNCHER[@]}" schema
row '`roadmap validate` (bundled 2024 roadmaps)' "${LAUNCHER[@]}" validate
row '`java -jar roadmap.jar validate` (no launcher settings)' java -jar "$CLI_JAR" validate "$DATA"
echo
[ "${STREAM:-on}" = off ] && exit 0

echo "streaming: ${OUTCOMES} outcomes through JSON Lines, validated in chunks of ${CHUNK}, -Xmx256m"
( "$TIME" -f 'TIME %e %M' java -Xmx256m -cp "$JAR" org.wsis.roadmap.benchmarks.StreamValidateMain "$OUTCOMES" "$CHUNK" \
    2>/tmp/whole-process-stream.$$ ) || { cat /tmp/whole-process-stream.$$ >&2; exit 1; }
s=$(grep '^TIME' /tmp/whole-process-stream.$$ | tail -1)
rm -f /tmp/whole-process-stream.$$
echo "streaming: wall $(echo "$s" | awk '{print $2}') s, peak RSS $(( $(echo "$s" | awk '{print $3}') / 1024 )) MiB"
