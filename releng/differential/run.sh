#!/usr/bin/env bash
# Builds this checkout's emulator (no install) and runs the random-instruction differential against
# qemu-aarch64 with this checkout's classes. Arguments go to DifferentialMain, e.g.
#   releng/differential/run.sh --seed 100 --programs 10 --sequences 500 --mix simdfp [--only 'F.*']
# JAVA_OPTS passes JVM options (e.g. -Da64.jit.threshold=1 to compile every block at first execution).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -z "${A64_NO_BUILD:-}" ]; then
  mvn -B -q -o package -pl releng/differential -am -DskipTests 2>&1 | grep -E "ERROR|BUILD FAILURE" && exit 1 || true
fi
cp="$root/releng/differential/target/classes"
for module in bundles/org.a64wb.isa.api bundles/org.a64wb.isa.a64 bundles/org.a64wb.isa.access bundles/org.a64wb.emulator bundles/org.a64wb.usermode bundles/org.a64wb.shell; do
  cp="$cp:$root/$module/target/classes"
done
cp="$cp:$(ls ~/.m2/repository/org/ow2/asm/asm/9.*/asm-9.*.jar | tail -1)"
exec java ${JAVA_OPTS:-} -cp "$cp" org.a64wb.differential.DifferentialMain "$@"
