#!/usr/bin/env bash
# Records what qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints for the GIC guests (InterruptGuestsTest
# compares our virt board, with either GIC placement, against it): gictimer.S on one CPU, gicsmp.S on two,
# uartirq.S with "abc" typed on the console, gicprio.S (priorities, EOImode, PMR), gpio.S (QEMU virt's PL061;
# ours is the example bundle org.a64wb.example.pl061). ./regenerate-gic.sh [NAME...] records only those.
# QEMU's copies are built with the cross binutils (binutils-aarch64-linux-gnu), not our assembler, so the
# golden output owes nothing to our own tools.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for guest in gictimer:1 gicsmp:2 uartirq:1 gicprio:1 gpio:1; do
  name=${guest%%:*}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
    continue
  fi
  cpus=${guest##*:}
  aarch64-linux-gnu-as -o "$tmp/$name.o" "$here/$name.S"
  aarch64-linux-gnu-ld -Ttext=0x40080000 -o "$tmp/$name.elf" "$tmp/$name.o"
  aarch64-linux-gnu-objcopy -O binary "$tmp/$name.elf" "$tmp/$name.bin"
  input=/dev/null
  if [ "$name" = uartirq ]; then
    input="$tmp/input"
    printf abc > "$input"
  fi
  # The input pipe stays open a while: QEMU stops reading its serial input at end of file.
  { cat "$input"; sleep 3; } | timeout 60 qemu-system-aarch64 -M virt,gic-version=3 -cpu max -smp "$cpus" -m 256 -nographic -nic none \
    -monitor none -kernel "$tmp/$name.bin" > "$here/$name.expected"
  echo "== $name.expected"
  cat "$here/$name.expected"
done
