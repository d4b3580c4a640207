#!/usr/bin/env bash
# Regenerates the committed llvm-mc golden corpus (bundles/org.a64wb.isa.a64/src/test/resources/golden/)
# from the current isa-spec/. Needs llvm-mc (LLVM 14 gives the recorded answers).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/bundles/org.a64wb.isa.a64"
(cd "$module" && (mvn -B -q -o test-compile || mvn -B -q test-compile)) 2>&1 | grep -v "No project file found" || true
api=$(ls "$root"/bundles/org.a64wb.isa.api/target/org.a64wb.isa.api-*.jar 2>/dev/null | head -1 || true)
[ -n "$api" ] || api=$(ls ~/.m2/repository/org/a64wb/org.a64wb.isa.api/0.1.0-SNAPSHOT/org.a64wb.isa.api-0.1.0-SNAPSHOT.jar)
cd "$module"
java -cp "target/classes:target/test-classes:$api" org.a64wb.isa.a64.oracle.GoldenCorpus src/test/resources/golden/llvm-mc-a64.tsv
