#!/usr/bin/env bash
# Start-up of the CLI (issue 11: ./a64 run-user of a tiny program in at most 0.5 s): the wall time of each command
# through the a64 script, best and median of N runs, against qemu-aarch64 on the same program. Prints one line per
# configuration; bench/results/startup.txt records them. Usage: bench/startup.sh [N] (JAVA_HOME, A64_FRAMEWORK as
# for ./a64; the distribution must be built). -Da64.startup.trace in A64_JAVA_OPTS shows the phases of one run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
a64="$root/a64"
# The same programs as the README's: examples/user-programs/asm_hello.S (write, exit_group) and examples/guests/hello.S.
"$a64" asm "$root/examples/user-programs/asm_hello.S" -o "$work/hello.elf" >/dev/null
"$a64" asm "$root/examples/guests/hello.S" --flat --base 0x40080000 -o "$work/guest.bin" >/dev/null

# Best and median wall time in seconds of $runs runs of "$@" (output discarded).
measure() {
  local times=() start end
  for _ in $(seq "$runs"); do
    start=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null 2>&1 || true
    end=${EPOCHREALTIME/[.,]/}
    times+=("$((end - start))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "best %.3f s  median %.3f s", t[1] / 1e6, t[int((NR + 1) / 2)] / 1e6 }'
}

line() {
  printf '%-58s %s\n' "$1" "$(shift; measure "$@")"
}

java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $("$java_cmd" -version 2>&1 | head -1), ${A64_FRAMEWORK:-felix}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$a64" decode 0 >/dev/null # makes the class-data archive if this JDK has none yet
if command -v qemu-aarch64 >/dev/null; then
  line "qemu-aarch64 hello.elf" qemu-aarch64 "$work/hello.elf"
fi
line "a64 run-user hello.elf" "$a64" run-user "$work/hello.elf"
line "a64 disasm --words 0xd503201f 0xa9bf7bfd" "$a64" disasm --words 0xd503201f 0xa9bf7bfd
line "a64 decode 0xa9bf7bfd" "$a64" decode 0xa9bf7bfd
line "a64 run --kernel guest.bin (virt, hello.S)" "$a64" run --kernel "$work/guest.bin"
line "a64 run-user hello.elf, no CDS archive (A64_CDS=off)" env A64_CDS=off "$a64" run-user "$work/hello.elf"
line "a64 run-user hello.elf, all bundles (-Da64.bundles=all)" env A64_JAVA_OPTS=-Da64.bundles=all "$a64" run-user "$work/hello.elf"
line "a64 run-user hello.elf, neither" env A64_CDS=off A64_JAVA_OPTS=-Da64.bundles=all "$a64" run-user "$work/hello.elf"
