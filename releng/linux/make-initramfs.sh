#!/usr/bin/env bash
# Builds the test initramfs (gzip'd cpio newc): Debian's busybox-static as /bin/busybox, releng/linux/init, and
# the kernel's virtio modules in /lib/modules (the init loads them).
#   releng/linux/make-initramfs.sh OUT.cpio.gz [BUSYBOX [MODULES]]
# BUSYBOX defaults to ~/.cache/a64-oracles/busybox.arm64, MODULES (a directory of .ko files) to
# ~/.cache/a64-oracles/modules; releng/linux/fetch-guest.sh fetches both.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1
busybox=${2:-$HOME/.cache/a64-oracles/busybox.arm64}
modules=${3:-$HOME/.cache/a64-oracles/modules}
[ -f "$busybox" ] || { echo "no busybox at $busybox" >&2; exit 2; }
for m in virtio_ring virtio virtio_mmio virtio_blk virtio-rng; do
  [ -f "$modules/$m.ko" ] || { echo "no $m.ko in $modules (releng/linux/fetch-guest.sh extracts it)" >&2; exit 2; }
done
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/bin" "$tree/proc" "$tree/sys" "$tree/dev" "$tree/tmp" "$tree/mnt" "$tree/lib/modules"
cp "$busybox" "$tree/bin/busybox"
for m in virtio_ring virtio virtio_mmio virtio_blk virtio-rng; do
  cp "$modules/$m.ko" "$tree/lib/modules/"
done
cp "$here/init" "$tree/init"
chmod 755 "$tree/bin/busybox" "$tree/init"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
(cd "$tree" && find . | LC_ALL=C sort | cpio -o -H newc --quiet --owner=0:0 | gzip -9 >"$out")
echo "$out: $(stat -c %s "$out") bytes"
