#!/usr/bin/env bash
# Whole-process figures (JVM start included): run from the project root after
#   ./mvnw -B -q -pl benchmarks,roadmap-cli -am package -DskipTests
# 1. Commands of the command line as users start them (the distribution's launcher,
#    roadmap-cli/src/dist/bin/roadmap, on roadmap-cli/target/roadmap.jar, as ./roadmap runs it), each
#    next to `java -version` run alternately with it: median wall time of RUNS runs, the ratio of the
#    medians, and peak resident memory. The plain `java -jar` of validate is listed too, for comparison.
# 2. OUTCOMES outcomes generated on the fly and streamed through JSON Lines with -Xmx256m
#    (StreamValidateMain; no file is written): read alone, and validated as one stream with every rule,
#    alternated STREAM_RUNS times; wall time, peak RSS and peak live heap of each run.
# Environment: RUNS (default 7), OUTCOMES (default 1000000), STREAM_RUNS (default 1), STREAM=off skips 2.
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

# Part 2: the JSON Lines reader alone (read) and whole-stream validation (stream), alternated
# STREAM_RUNS times each; the peak heap is the largest heap after a young collection in the GC log (what
# was live), next to the JVM's own peak of its heap pools.
STREAM_RUNS=${STREAM_RUNS:-1}
echo "streaming: ${OUTCOMES} outcomes through JSON Lines, -Xmx256m, read alone and validated as one stream, alternated ${STREAM_RUNS} times"
echo
echo "| run | mode | wall (s) | peak RSS (MiB) | peak live heap after GC (MiB) | findings |"
echo "|---:|---|---:|---:|---:|---:|"
stream_run() { # run mode
  local log=/tmp/whole-process-gc.$$ err=/tmp/whole-process-stream.$$ out
  out=$( ( "$TIME" -f 'TIME %e %M' java -Xmx256m -Xlog:gc:file=$log -cp "$JAR" org.wsis.roadmap.benchmarks.StreamValidateMain \
      "$OUTCOMES" "$CHUNK" "$2" 2>$err ) ) || { cat $err >&2; exit 1; }
  local s live findings
  s=$(grep '^TIME' $err | tail -1)
  live=$(grep 'Pause Young' $log | grep -o -- '->[0-9]*M' | tr -d 'M>-' | sort -n | tail -1)
  findings=$(echo "$out" | grep -o '[0-9]* findings' | awk '{print $1}')
  echo "| $1 | $2 | $(echo "$s" | awk '{print $2}') | $(( $(echo "$s" | awk '{print $3}') / 1024 )) | $live | $findings |"
  rm -f $log $err
}
for r in $(seq "$STREAM_RUNS"); do
  stream_run "$r" read
  stream_run "$r" stream
done
