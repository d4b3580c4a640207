#!/usr/bin/env bash
# Fetches what releng/linux/boot.sh boots: Debian 12's arm64 cloud kernel (an uncompressed Image) and
# busybox-static, from the Debian mirrors this machine's apt uses, without adding arm64 to dpkg (a private
# apt configuration downloads the two packages; dpkg-deb unpacks them). Idempotent.
#   releng/linux/fetch-guest.sh [DEST]     (default ~/.cache/a64-oracles: Image, busybox.arm64)
set -euo pipefail
DEST=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/a64-oracles}
if [ -s "$DEST/Image" ] && [ -s "$DEST/busybox.arm64" ]; then
  echo "fetch-guest: $DEST has Image and busybox.arm64"
  exit 0
fi
mkdir -p "$DEST"/{lists/partial,cache/archives/partial,parts,deb}
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || { echo "fetch-guest: no $sources (a Debian 12 apt source list is needed)" >&2; exit 2; }
cp "$sources" "$DEST/parts/"
: >"$DEST/status"
cat >"$DEST/apt-arm64.conf" <<CONF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
Dir::State::Lists "$DEST/lists";
Dir::Cache "$DEST/cache";
Dir::Etc::SourceList "/dev/null";
Dir::Etc::SourceParts "$DEST/parts";
Dir::State::status "$DEST/status";
CONF
export APT_CONFIG="$DEST/apt-arm64.conf"
apt-get update -qq
# The metapackage depends on the newest ABI's image package (linux-image-6.1.0-NN-cloud-arm64).
kernel=$(apt-cache depends linux-image-cloud-arm64 | awk '/Depends: linux-image-/ { print $2; exit }')
(cd "$DEST/deb" && apt-get download -qq "$kernel" busybox-static)
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
for deb in "$DEST"/deb/*.deb; do
  dpkg-deb -x "$deb" "$unpacked"
done
cp "$unpacked"/boot/vmlinuz-* "$DEST/Image"
cp "$unpacked"/bin/busybox "$DEST/busybox.arm64"
echo "fetch-guest: $kernel and busybox-static in $DEST"
