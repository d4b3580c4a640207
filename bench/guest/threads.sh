#!/usr/bin/env bash
# Thread scaling of run-user: bench_threads.c's fixed integer work on 1 and on 2 guest threads, each
# guest thread on its own host thread. The guest times its compute section itself (CLOCK_MONOTONIC),
# so JVM start-up is not counted. Best of RUNS runs; writes bench/results/guest-threads.txt.
# Needs gcc-aarch64-linux-gnu (and qemu-user for the same figures under qemu-aarch64).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aarch64-linux-gnu-gcc -O2 -static -pthread -o "$work/bench" "$root/bench/guest/bench_threads.c"
runs=${RUNS:-3}
best() { # runner threads -> best compute seconds
  local best=""
  for _ in $(seq "$runs"); do
    t=$($1 "$work/bench" "$2" 2>&1 >"$work/out.$2" | sed -n 's/^threads [0-9]* compute \([0-9.]*\) s$/\1/p')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best"
}
ours1=$(best "$root/a64 run-user" 1)
ours2=$(best "$root/a64 run-user" 2)
cmp -s "$work/out.1" "$work/out.2" || { echo "checksums differ between 1 and 2 threads"; exit 1; }
qemu1=$(best qemu-aarch64 1)
qemu2=$(best qemu-aarch64 2)
{
  printf '# %s, best of %d runs, %d host processors\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$runs" "$(nproc)"
  printf 'a64 run-user: 1 thread %.3f s, 2 threads %.3f s, speed-up %.2fx\n' "$ours1" "$ours2" "$(awk -v a="$ours1" -v b="$ours2" 'BEGIN { print a / b }')"
  printf 'qemu-aarch64: 1 thread %.3f s, 2 threads %.3f s, speed-up %.2fx\n' "$qemu1" "$qemu2" "$(awk -v a="$qemu1" -v b="$qemu2" 'BEGIN { print a / b }')"
} | tee "$root/bench/results/guest-threads.txt"
