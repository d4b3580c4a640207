#!/usr/bin/env bash
# Records qemu-aarch64's per-sequence results for the fixed random program the test checks offline.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
mvn -B -q -o install -DskipTests 2>/dev/null || mvn -B -q install -DskipTests
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -cp "target/classes:$(cat target/classpath.txt)" org.a64wb.differential.GoldenHashes src/test/resources/golden/qemu-random.sha256 \
  src/test/resources/golden/qemu-random-simdfp.sha256
