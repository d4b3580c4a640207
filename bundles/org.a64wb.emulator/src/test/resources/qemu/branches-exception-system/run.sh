#!/bin/sh
# Rebuilds bes.c and prints the values qemu-aarch64 -cpu max produces (recorded in expected.txt).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
aarch64-linux-gnu-gcc -O1 -static -march=armv8.5-a -o "$out/bes" bes.c
qemu-aarch64 -cpu max "$out/bes"
rm -rf "$out"
