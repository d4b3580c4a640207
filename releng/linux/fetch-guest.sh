#!/usr/bin/env bash
# Fetches what releng/linux/boot.sh boots: Debian 12's arm64 cloud kernel (an uncompressed Image) and
# busybox-static, from the Debian mirrors this machine's apt uses, without adding arm64 to dpkg (a private
# apt configuration downloads the two packages; dpkg-deb unpacks them), and the kernel's virtio modules (the
# cloud kernel builds virtio-mmio, -blk and -rng as modules) into DEST/modules. Idempotent: what is there already
# is kept, and a cache from before the modules gets them from the kernel package it downloaded then.
#   releng/linux/fetch-guest.sh [DEST]     (default ~/.cache/a64-oracles: Image, busybox.arm64, modules/*.ko)
set -euo pipefail
DEST=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/a64-oracles}
# The modules boot.sh's initramfs loads, in the order their depends= need (modinfo): the ring, the bus, the rest.
MODULES="virtio_ring virtio virtio_mmio virtio_blk virtio-rng"

have_modules() {
  for m in $MODULES; do
    [ -s "$DEST/modules/$m.ko" ] || return 1
  done
}

# Copies the virtio modules out of an unpacked kernel package (lib/modules/VERSION/kernel/drivers/...; Debian 12
# ships them uncompressed, later kernels as .ko.xz, which are unpacked here).
extract_modules() {
  local tree=$1 m found
  mkdir -p "$DEST/modules"
  for m in $MODULES; do
    found=$(find "$tree/lib/modules" \( -name "$m.ko" -o -name "$m.ko.xz" \) | head -1)
    [ -n "$found" ] || { echo "fetch-guest: no $m.ko in the kernel package" >&2; return 1; }
    case $found in
      *.xz) xz -dc "$found" >"$DEST/modules/$m.ko" ;;
      *) cp "$found" "$DEST/modules/$m.ko" ;;
    esac
  done
}

if [ -s "$DEST/Image" ] && [ -s "$DEST/busybox.arm64" ] && have_modules; then
  echo "fetch-guest: $DEST has Image, busybox.arm64 and the virtio modules"
  exit 0
fi
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
if [ -s "$DEST/Image" ] && [ -s "$DEST/busybox.arm64" ]; then
  # A cache from before the modules: the kernel package it came from is usually still there.
  for deb in "$DEST"/deb/linux-image-*.deb; do
    [ -f "$deb" ] || continue
    dpkg-deb -x "$deb" "$unpacked"
    if extract_modules "$unpacked"; then
      echo "fetch-guest: the virtio modules from $(basename "$deb") in $DEST/modules"
      exit 0
    fi
  done
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
for deb in "$DEST"/deb/"$kernel"_*.deb "$DEST"/deb/busybox-static_*.deb; do
  dpkg-deb -x "$deb" "$unpacked"
done
cp "$unpacked"/boot/vmlinuz-* "$DEST/Image"
cp "$unpacked"/bin/busybox "$DEST/busybox.arm64"
extract_modules "$unpacked"
echo "fetch-guest: $kernel (Image, virtio modules) and busybox-static in $DEST"
