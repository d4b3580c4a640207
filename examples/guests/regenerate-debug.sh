#!/usr/bin/env bash
# Records what qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints for debug.S (self-hosted debug:
# breakpoints, watchpoints, software step, the OS lock); DebugGuestTest compares our virt board with it, with and
# without --trap-all. QEMU's copy is built with the cross binutils (binutils-aarch64-linux-gnu), not our assembler.
# QEMU 7.2 does not implement the OS lock's effect (D2.5: OSLSR_EL1.OSLK = 1 disables debug exceptions): its
# recording shows the breakpoint taken under the lock, and the test expects the Arm ARM's behaviour there.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
aarch64-linux-gnu-as -o "$tmp/debug.o" "$here/debug.S"
aarch64-linux-gnu-ld -Ttext=0x40080000 -o "$tmp/debug.elf" "$tmp/debug.o"
aarch64-linux-gnu-objcopy -O binary "$tmp/debug.elf" "$tmp/debug.bin"
timeout 60 qemu-system-aarch64 -M virt,gic-version=3 -cpu max -m 256 -nographic -nic none -monitor none \
  -kernel "$tmp/debug.bin" < /dev/null > "$here/debug.expected"
qemu-system-aarch64 --version | head -1
cat "$here/debug.expected"
