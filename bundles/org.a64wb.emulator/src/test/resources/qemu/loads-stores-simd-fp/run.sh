#!/bin/sh
# Rebuilds cases.c statically for AArch64 and runs it under qemu-aarch64; the output is expected.txt.
set -e
cd "$(dirname "$0")"
aarch64-linux-gnu-gcc -O1 -static -o /tmp/lssimdfp-cases cases.c
qemu-aarch64 /tmp/lssimdfp-cases > expected.txt
cat expected.txt
