#!/usr/bin/env bash
# Interpreter speed against qemu-aarch64 on the same guest workload, in one script:
#   run.sh        integer workload bench/guest/bench.c  -> bench/results/guest.txt
#   run.sh --fp   FP/SIMD workload bench/guest/bench_fp.c (-O3, vectorised) -> bench/results/guest-fp.txt
# Our instruction count is exact (run-user --stats); QEMU's rate is that same count divided by its wall time.
# Needs gcc-aarch64-linux-gnu and qemu-user.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${1:-}" = "--fp" ]; then
  aarch64-linux-gnu-gcc -O3 -fno-math-errno -static -nostdlib -ffreestanding -fno-stack-protector -o "$work/bench" "$root/bench/guest/bench_fp.c"
  result="$root/bench/results/guest-fp.txt"
else
  aarch64-linux-gnu-gcc -O2 -static -nostdlib -ffreestanding -mgeneral-regs-only -o "$work/bench" "$root/bench/guest/bench.c"
  result="$root/bench/results/guest.txt"
fi
runs=${RUNS:-3}
best_qemu=""
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  qemu-aarch64 "$work/bench" > "$work/qemu.out"
  t=$(( $(date +%s%N) - start ))
  if [ -z "$best_qemu" ] || [ "$t" -lt "$best_qemu" ]; then best_qemu=$t; fi
done
best_ours=""
count=""
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$root/a64" run-user --stats "$work/bench" > "$work/ours.out" 2> "$work/ours.err"
  t=$(( $(date +%s%N) - start ))
  count=$(sed -n 's/.*: \([0-9]*\) guest instructions in \([0-9.]*\) s.*/\1/p' "$work/ours.err")
  inner=$(sed -n 's/.*: \([0-9]*\) guest instructions in \([0-9.]*\) s.*/\2/p' "$work/ours.err")
  if [ -z "$best_ours" ] || [ "$t" -lt "$best_ours" ]; then best_ours=$t; best_inner=$inner; fi
done
cmp -s "$work/qemu.out" "$work/ours.out" || { echo "outputs differ"; diff "$work/qemu.out" "$work/ours.out"; exit 1; }
awk -v n="$count" -v q="$best_qemu" -v o="$best_ours" -v i="$best_inner" -v runs="$runs" 'BEGIN {
  qm = n / (q / 1e9) / 1e6; om = n / (o / 1e9) / 1e6; im = n / i / 1e6;
  printf "# %s, best of %d runs, same guest binary and output\n", strftime("%Y-%m-%dT%H:%MZ", systime(), 1), runs;
  printf "guest instructions: %d\n", n;
  printf "qemu-aarch64 (process wall time): %.3f s, %.0f MIPS\n", q / 1e9, qm;
  printf "a64 run-user (process wall time, incl. JVM + OSGi start): %.3f s, %.1f MIPS\n", o / 1e9, om;
  printf "a64 run-user (guest execution only): %.3f s, %.1f MIPS\n", i, im;
  printf "ratio a64/qemu: %.3f (process), %.3f (execution)\n", om / qm, im / qm;
}' | tee "$result"
