#!/usr/bin/env bash
# Records what qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints for gictimer.S (InterruptGuestsTest
# compares our virt board, with either GIC placement, against it). QEMU's build of the guest uses the cross
# toolchain (binutils-aarch64-linux-gnu), not our assembler, so the golden output owes nothing to our tools.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
aarch64-linux-gnu-as -o "$tmp/g.o" "$here/gictimer.S"
aarch64-linux-gnu-ld -Ttext=0x40080000 -o "$tmp/g.elf" "$tmp/g.o"
aarch64-linux-gnu-objcopy -O binary "$tmp/g.elf" "$tmp/g.bin"
timeout 60 qemu-system-aarch64 -M virt,gic-version=3 -cpu max -m 256 -nographic -nic none -monitor none \
  -kernel "$tmp/g.bin" < /dev/null > "$here/gictimer.expected"
cat "$here/gictimer.expected"
