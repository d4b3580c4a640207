#!/usr/bin/env bash
# Regenerates qemu-virt.dts: qemu-system-aarch64's own device tree for the machine DeviceTreeDumpTest dumps with
#   a64 run --board virt --kernel K --initrd I --smp 2 --ram 512 --append 'console=ttyAMA0 quiet' --dump-dtb F
# i.e. -M virt,gic-version=3 -cpu max -smp 2 -m 512 with a 4-byte flat kernel and the same 13-byte initrd, dumped
# with -machine dumpdtb and decompiled by dtc. /chosen's rng-seed and kaslr-seed are left out: QEMU draws them
# afresh on every run (we do not provide them). Environment: QEMU (default qemu-system-aarch64), DTC (default dtc).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
QEMU=${QEMU:-qemu-system-aarch64}
DTC=${DTC:-dtc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '\x00\x00\x00\x14' >"$work/kernel.bin"   # b . (0x14000000, little-endian; a flat image at RAM + 0x80000 for both, never run)
printf 'initrd-bytes\n' >"$work/initrd.img"
# -nic none: without it QEMU 7.2 wants efi-virtio.rom for the default NIC.
"$QEMU" -M virt,gic-version=3,dumpdtb="$work/virt.dtb" -cpu max -smp 2 -m 512 -nographic -nic none \
  -kernel "$work/kernel.bin" -initrd "$work/initrd.img" -append 'console=ttyAMA0 quiet' >/dev/null 2>&1 </dev/null || true
[ -s "$work/virt.dtb" ] || { echo "$QEMU dumped no device tree" >&2; exit 1; }
{
  echo "// $("$QEMU" --version | head -1): -M virt,gic-version=3 -cpu max -smp 2 -m 512 (regenerate.sh)"
  "$DTC" -I dtb -O dts "$work/virt.dtb" 2>/dev/null | grep -v -e '^[[:space:]]*rng-seed = ' -e '^[[:space:]]*kaslr-seed = '
} >"$here/qemu-virt.dts"
echo "wrote $here/qemu-virt.dts ($(wc -l <"$here/qemu-virt.dts") lines)"
