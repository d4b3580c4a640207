#!/bin/sh
# Rebuilds dp.c and random.c for AArch64, runs them under qemu-aarch64 and compares the output with
# dp.expected and random.expected. ./run.sh --update rewrites the .expected files instead.
# random.c itself comes from gen_random.py (fixed seed).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for program in dp random; do
    aarch64-linux-gnu-gcc -static -O1 -march=armv8.4-a+crc -o "$out/$program" "$program.c"
    qemu-aarch64 -cpu max "$out/$program" > "$out/$program.out"
    if [ "$1" = "--update" ]; then
        cp "$out/$program.out" "$program.expected"
    elif diff -u "$program.expected" "$out/$program.out"; then
        echo "qemu agrees with $program.expected"
    else
        status=1
    fi
done
exit $status
