#!/usr/bin/env bash
# Builds the benchmarks jar and runs every JMH benchmark (or those matching the arguments, which are
# passed to JMH: e.g. `benchmarks/run.sh SerializationBenchmark -f 1 -wi 2 -i 3`).
# Results: the console table and benchmarks/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"
