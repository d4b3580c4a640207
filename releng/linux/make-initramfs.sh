#!/usr/bin/env bash
# Builds the test initramfs (gzip'd cpio newc): Debian's busybox-static as /bin/busybox and releng/linux/init.
#   releng/linux/make-initramfs.sh OUT.cpio.gz [BUSYBOX]
# BUSYBOX defaults to ~/.cache/a64-oracles/busybox.arm64 (../shared/tools/install-oracles.sh fetches it).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1
busybox=${2:-$HOME/.cache/a64-oracles/busybox.arm64}
[ -f "$busybox" ] || { echo "no busybox at $busybox" >&2; exit 2; }
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/bin" "$tree/proc" "$tree/sys" "$tree/dev" "$tree/tmp"
cp "$busybox" "$tree/bin/busybox"
cp "$here/init" "$tree/init"
chmod 755 "$tree/bin/busybox" "$tree/init"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
(cd "$tree" && find . | LC_ALL=C sort | cpio -o -H newc --quiet --owner=0:0 | gzip -9 >"$out")
echo "$out: $(stat -c %s "$out") bytes"
