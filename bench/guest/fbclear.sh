#!/usr/bin/env bash
# Framebuffer clear (1024x768x4 bytes, 8 unrolled STP Q per iteration, examples/guests/fbclear.S) on the
# virt board, without and with the MMIO emulation burst: exits and time. Result: bench/results/fbclear.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/a64" asm "$root/examples/guests/fbclear.S" --flat --base 0x40080000 -o "$work/fbclear.bin" >/dev/null
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) examples/guests/fbclear.S on ./a64 run --board virt (in-process accelerator)"
  for burst in 0 64; do
    start=$(date +%s%N)
    A64_JAVA_OPTS="-Da64.mmio.burst=$burst" "$root/a64" run --board virt --kernel "$work/fbclear.bin" --stats > /dev/null 2> "$work/stats"
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    exits=$(awk '$1 == "EC" && $2 == "0x24" && $3 != "/" {print $3}' "$work/stats")
    handling=$(awk '$1 == "EC" && $2 == "0x24" && $3 != "/" {print $4}' "$work/stats")
    echo "burst $burst: $exits data-abort exits, $handling ms in handlers, $wall ms for the whole run (incl. JVM and OSGi start)"
  done
} | tee "$root/bench/results/fbclear.txt"
