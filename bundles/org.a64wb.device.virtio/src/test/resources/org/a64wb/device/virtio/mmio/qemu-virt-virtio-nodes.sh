#!/usr/bin/env bash
# Regenerates qemu-virt-virtio-nodes.dts: the virtio_mmio nodes of QEMU's virt device tree (dumpdtb, decompiled
# by dtc), the reference VirtioMmioContributionTest compares our nodes with.
#   ./qemu-virt-virtio-nodes.sh     (needs qemu-system-aarch64 and dtc; written next to this script)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
truncate -s 1M "$work/disk.img"
qemu-system-aarch64 -M virt,gic-version=3,dumpdtb="$work/virt.dtb" -cpu max -m 512 -nographic -nic none \
  -drive if=none,file="$work/disk.img",format=raw,id=d0 -device virtio-blk-device,drive=d0 -device virtio-rng-device >/dev/null 2>&1
{
  echo "// $(qemu-system-aarch64 --version | head -1): the virtio_mmio nodes of -M virt,gic-version=3 (qemu-virt-virtio-nodes.sh)"
  dtc -q -I dtb -O dts "$work/virt.dtb" | awk '/^\tvirtio_mmio@/ { on = 1 } on { print } on && /^\t};/ { on = 0 }'
} >"$here/qemu-virt-virtio-nodes.dts"
