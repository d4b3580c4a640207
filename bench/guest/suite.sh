#!/usr/bin/env bash
# CPU benchmarks that resemble real work (bench/guest/suite/*.c: CoreMark-like list, matrix and state-machine
# kernels, an LZ77 compressor, hashing 10 MB, a bytecode interpreter loop), each run on qemu-aarch64 and on
# ./a64 run-user with the same binary, best of RUNS (default 3) wall times including start-up; outputs must agree.
# Prints, per kernel, the guest instruction count (ours, exact), both wall times, the ratio (QEMU wall / ours: 1.0
# means as fast as QEMU) and our executing-only MIPS; the table goes to bench/results/guest-suite.txt.
#   suite.sh [--jfr] [KERNEL...]   --jfr also records one JFR profile per kernel and writes the hottest frames to
#                                  bench/results/guest-suite-profile.txt
# Environment: RUNS, A64 (the command to run, default the checkout's ./a64). Needs gcc-aarch64-linux-gnu, qemu-user.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
a64=${A64:-$root/a64}
jfr=false
if [ "${1:-}" = "--jfr" ]; then jfr=true; shift; fi
kernels=("$@")
if [ ${#kernels[@]} -eq 0 ]; then kernels=(list matrix state compress hash interp); fi
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s%N; }
result="$root/bench/results/guest-suite.txt"
profile="$root/bench/results/guest-suite-profile.txt"
{
  printf '# %s, %s, best of %d runs, %d cores, load %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
    "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)" "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-10s %14s %10s %10s %8s %10s\n' kernel instructions qemu_s ours_s ratio exec_MIPS
} > "$work/table"
cat "$work/table"
$jfr && : > "$work/profile"
for k in "${kernels[@]}"; do
  src="$root/bench/guest/suite/$k.c"
  [ -f "$src" ] || { echo "no kernel $k ($src)" >&2; exit 2; }
  aarch64-linux-gnu-gcc -O2 -static -nostdlib -ffreestanding -mgeneral-regs-only -o "$work/$k" "$src"
  best_qemu=""
  for _ in $(seq "$runs"); do
    t0=$(now); qemu-aarch64 "$work/$k" > "$work/$k.qemu"; t=$(( $(now) - t0 ))
    if [ -z "$best_qemu" ] || [ "$t" -lt "$best_qemu" ]; then best_qemu=$t; fi
  done
  best_ours=""; count=""; inner=""
  for _ in $(seq "$runs"); do
    t0=$(now); "$a64" run-user --stats "$work/$k" > "$work/$k.ours" 2> "$work/$k.err"; t=$(( $(now) - t0 ))
    if ! cmp -s "$work/$k.qemu" "$work/$k.ours"; then
      echo "$k: outputs differ" >&2; diff "$work/$k.qemu" "$work/$k.ours" >&2 || true; cat "$work/$k.err" >&2; exit 1
    fi
    if [ -z "$best_ours" ] || [ "$t" -lt "$best_ours" ]; then
      best_ours=$t
      count=$(sed -n 's/.*: \([0-9]*\) guest instructions in \([0-9.]*\) s.*/\1/p' "$work/$k.err")
      inner=$(sed -n 's/.*: \([0-9]*\) guest instructions in \([0-9.]*\) s.*/\2/p' "$work/$k.err")
    fi
  done
  awk -v k="$k" -v n="$count" -v q="$best_qemu" -v o="$best_ours" -v i="$inner" 'BEGIN {
    printf "%-10s %14d %10.3f %10.3f %8.3f %10.1f\n", k, n, q / 1e9, o / 1e9, q / o, n / i / 1e6 }' | tee -a "$work/table"
  if $jfr; then
    A64_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/$k.jfr,settings=profile" "$a64" run-user "$work/$k" > /dev/null 2>&1
    {
      echo "== $k: top frames (JFR execution samples)"
      jfr print --events jdk.ExecutionSample "$work/$k.jfr" | grep -A1 'stackTrace = \[' | grep -v -e stackTrace -e '^--' |
        sed 's/line:.*//; s/^ *//' | sort | uniq -c | sort -rn | head -15
    } >> "$work/profile"
  fi
done
awk 'NR > 2 && $5 > 0 { s += log($5); n++ } END { if (n) printf "geometric mean ratio (QEMU wall / ours): %.3f\n", exp(s / n) }' "$work/table" | tee -a "$work/table"
cp "$work/table" "$result"
if $jfr; then cp "$work/profile" "$profile"; echo "profiles: $profile"; fi
echo "table: $result"
