#!/bin/sh
# Rebuilds golden.c for AArch64 and runs it under qemu-aarch64 -cpu max; its output is golden.txt, the
# golden vectors FpGoldenTest checks org.a64wb.emulator.fp.FpCore against. Deterministic (fixed seed).
set -e
cd "$(dirname "$0")"
aarch64-linux-gnu-gcc -O1 -static -march=armv8.5-a+fp16 -o /tmp/a64wb-fp-golden golden.c
qemu-aarch64 -cpu max /tmp/a64wb-fp-golden > golden.txt
wc -l golden.txt
