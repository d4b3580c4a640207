#!/bin/sh
# Guest-workload benchmark of the MMIO exit paths (ISV=1, ISV=0, ISV=0 with burst, RAM), one JVM.
# Usage: [ROUNDS=N] bench.sh [repeats]   (builds the module's test classes first; ROUNDS guest loop rounds of 8 stores per run)
# Built in the reactor (-am), so the classpath is this tree's target/classes: a build of the module alone would
# resolve the other bundles from ~/.m2, i.e. measure whatever was last installed there instead of this code.
set -e
cd "$(dirname "$0")"
(cd ../.. && mvn -o -q test-compile dependency:build-classpath -pl bundles/org.a64wb.hypervisor.mmio -am \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
java -Drounds="${ROUNDS:-20000}" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.a64wb.hypervisor.mmio.MmioBenchmark "$@"
