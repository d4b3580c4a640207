#!/usr/bin/env bash
# Runs the JMH decoder benchmark and records the result in bench/results/decoder.txt.
# Usage: bench/run.sh [extra JMH options]   (JAVA_HOME selects the JDK)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(cd "$root" && mvn -B -q -DskipTests install -pl bench -am) 2>&1 | grep -v "No project file found" || true
java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"
out="$root/bench/results/decoder.txt"
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) $("$java_cmd" -version 2>&1 | head -1) on $(nproc) cores"
  "$java_cmd" -jar "$root/bench/target/benchmarks.jar" DecoderBenchmark -wi 3 -w 2s -i 5 -r 2s -f 1 "$@"
} | tee "$out"
