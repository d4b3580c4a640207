#!/bin/sh
# Rebuilds dp.c for AArch64, runs it under qemu-aarch64 and compares with dp.expected.
# ./run.sh --update rewrites dp.expected instead.
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
aarch64-linux-gnu-gcc -static -O1 -march=armv8.4-a+crc -o "$out/dp" dp.c
qemu-aarch64 -cpu max "$out/dp" > "$out/dp.out"
if [ "$1" = "--update" ]; then
    cp "$out/dp.out" dp.expected
else
    diff -u dp.expected "$out/dp.out" && echo "qemu agrees with dp.expected"
fi
