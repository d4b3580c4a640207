#!/bin/sh
# Regenerates random_cases.S, runs it under qemu-aarch64; the output is random_expected.txt.
set -e
cd "$(dirname "$0")"
python3 gen_random.py
aarch64-linux-gnu-gcc -O1 -static -o /tmp/lssimdfp-random random.c random_cases.S
qemu-aarch64 /tmp/lssimdfp-random > random_expected.txt
grep -c '^==' random_expected.txt
