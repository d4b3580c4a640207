#!/usr/bin/env bash
# Differential disassembly against llvm-mc: builds the A64 bundle (offline if possible) and compares.
# Usage: releng/oracle/differential.sh [--per-encoding N] [--random N] [--seed S] [--encodings REGEX] [--show K]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/bundles/org.a64wb.isa.a64"
if [ -z "${A64_NO_BUILD:-}" ]; then
  (cd "$module" && mvn -B -q -o test-compile 2>&1 || (cd "$module" && mvn -B -q test-compile)) | grep -v "No project file found" || true
fi
api=$(ls "$root"/bundles/org.a64wb.isa.api/target/org.a64wb.isa.api-*.jar 2>/dev/null | head -1 || true)
[ -n "$api" ] || api=$(ls ~/.m2/repository/org/a64wb/org.a64wb.isa.api/0.1.0-SNAPSHOT/org.a64wb.isa.api-0.1.0-SNAPSHOT.jar)
exec java -cp "$module/target/classes:$module/target/test-classes:$api" org.a64wb.isa.a64.oracle.Differential "$@"
