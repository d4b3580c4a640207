#!/usr/bin/env bash
# Regenerates fp.c and fp.expected (qemu-aarch64 -cpu max) from cases.py; java.py then prints the case
# table of FloatingPointSemanticsTest.
set -euo pipefail
cd "$(dirname "$0")"
python3 cases.py > fp.c
aarch64-linux-gnu-gcc -O1 -static -march=armv8.5-a+fp16 -o /tmp/a64wb-fpcases fp.c
qemu-aarch64 -cpu max /tmp/a64wb-fpcases > fp.expected
