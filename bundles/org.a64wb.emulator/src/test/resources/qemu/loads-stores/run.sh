#!/bin/sh
# Rebuilds tricky.c and runs it under qemu-aarch64; compares with expected.txt when it exists.
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
aarch64-linux-gnu-gcc -static -O1 -march=armv8.4-a -o "$out/tricky" tricky.c
qemu-aarch64 -cpu max "$out/tricky" > "$out/actual.txt"
if [ -f expected.txt ]; then diff -u expected.txt "$out/actual.txt" && echo "qemu agrees with expected.txt"; else cat "$out/actual.txt"; fi
rm -rf "$out"
