#!/usr/bin/env bash
# Regenerates the recorded QEMU output of the guests that have one (golden/NAME.txt), so the
# agreement tests also check them where QEMU is not installed: ./golden.sh [NAME.S ...]
#   qemu-system-aarch64 -M virt -cpu cortex-a57 (QEMU 7.2 here; -cpu max prints the same for mmu.S)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
guests=("$@")
[ ${#guests[@]} -eq 0 ] && guests=(mmu.S calls.S)
for s in "${guests[@]}"; do
  name=$(basename "$s" .S)
  "$here/../../a64" asm "$here/$name.S" --flat --base 0x40080000 -o "$work/$name.bin" >/dev/null
  timeout 60 qemu-system-aarch64 -M virt -cpu cortex-a57 -m 256 -nographic -nic none -monitor none \
    -kernel "$work/$name.bin" < /dev/null > "$here/golden/$name.txt"
  echo "$here/golden/$name.txt"
done
