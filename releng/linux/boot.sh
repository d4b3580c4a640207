#!/usr/bin/env bash
# Boots Debian's arm64 kernel with the test initramfs (releng/linux/init) on our virt board and compares the
# transcript /init prints (between A64WB-BEGIN and A64WB-END) with qemu-system-aarch64's: recorded in
# releng/linux/expected.txt, and live when QEMU is installed. Both machines get the same virtio-mmio devices:
# an ext4 disk read-only (built here with mke2fs -d), a fresh 1 MiB scratch disk the guest writes (checked
# afterwards in the host file), and an entropy source.
#   releng/linux/boot.sh [--record] [--smp N] [--irqchip accel|vmm] [--trap-all]
# --record   boot under QEMU only and write expected.txt
# Environment: IMAGE (default ~/.cache/a64-oracles/Image), BUSYBOX (default ~/.cache/a64-oracles/busybox.arm64),
# MODULES (default ~/.cache/a64-oracles/modules), RUNNER (default ./a64, relative to the repo root), BOOT_TIMEOUT
# seconds (default 1200), QEMU (default qemu-system-aarch64). releng/linux/fetch-guest.sh fetches the Image,
# busybox and the virtio modules; mke2fs comes from e2fsprogs.
# Exits 0 when the transcripts agree, 1 when they differ, 2 when something needed is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
IMAGE=${IMAGE:-$HOME/.cache/a64-oracles/Image}
BUSYBOX=${BUSYBOX:-$HOME/.cache/a64-oracles/busybox.arm64}
MODULES=${MODULES:-$HOME/.cache/a64-oracles/modules}
RUNNER=${RUNNER:-$root/a64}
QEMU=${QEMU:-qemu-system-aarch64}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-1200}
record=0
smp=1
irqchip=accel
trap_all=()
while [ $# -gt 0 ]; do
  case $1 in
    --record) record=1 ;;
    --smp) smp=$2; shift ;;
    --irqchip) irqchip=$2; shift ;;
    --trap-all) trap_all=(--trap-all) ;;
    *) echo "usage: $0 [--record] [--smp N] [--irqchip accel|vmm] [--trap-all]" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$IMAGE" ] || { echo "no kernel Image at $IMAGE (releng/linux/fetch-guest.sh fetches it)" >&2; exit 2; }
for m in virtio_ring virtio virtio_mmio virtio_blk virtio-rng; do
  [ -f "$MODULES/$m.ko" ] || { echo "no $m.ko in $MODULES (releng/linux/fetch-guest.sh extracts the virtio modules)" >&2; exit 2; }
done
command -v mke2fs >/dev/null || [ -x /sbin/mke2fs ] || [ -x /usr/sbin/mke2fs ] \
  || { echo "no mke2fs to build the ext4 disk (apt-get install e2fsprogs)" >&2; exit 2; }
PATH=$PATH:/sbin:/usr/sbin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/make-initramfs.sh" "$work/initrd.gz" "$BUSYBOX" "$MODULES" >/dev/null
# The ext4 disk: fixed contents, fixed UUID and timestamps (E2FSPROGS_FAKE_TIME), so both machines see one image.
mkdir "$work/disk"
echo "hello from an ext4 disk" >"$work/disk/hello.txt"
seq 1 100000 >"$work/disk/numbers.txt"
E2FSPROGS_FAKE_TIME=1700000000 mke2fs -q -F -t ext4 -U 6a1f0c2e-0b5e-4d7a-9c3b-a64a64a64a64 -E root_owner=0:0 -d "$work/disk" \
  "$work/ext4.img" 8M >/dev/null
scratch() { # a fresh scratch disk per machine: 1 MiB of zeros
  truncate -s 0 "$1" && truncate -s 1M "$1"
}
guest_wrote() { # what the guest wrote to the scratch disk's first sector, as it printed it
  head -c 512 "$1" | tr -d '\0' | head -1
}
append="console=ttyAMA0 panic=-1 rdinit=/init quiet"

# The console input of a boot: nothing until the guest prints its prompt (A64WB-TYPE) in LOG, then one command line,
# as a person would type it; the pipe stays open until the guest is gone so that no end of file reaches it early.
TYPED='echo "$((6 * 7)) from a typed line on $(tty)"'
typist() {
  local log=$1
  for _ in $(seq 1 $((BOOT_TIMEOUT * 2))); do
    grep -q A64WB-TYPE "$log" 2>/dev/null && break
    sleep 0.5
  done
  printf '%s\n' "$TYPED"
  for _ in $(seq 1 $((BOOT_TIMEOUT * 2))); do
    [ -f "$log" ] && ! grep -q A64WB-END "$log" || break
    sleep 0.5
  done
}

transcript() {
  sed -n '/A64WB-BEGIN/,/A64WB-END/p' "$1" | tr -d '\r'
}

qemu_boot() {
  scratch "$work/scratch-qemu.img"
  # QEMU plugs -devices from the last virtio-mmio transport down (our board too, with --disk/--rng in the same order)
  # and Linux probes the transports from the first up: the last disk given becomes vda.
  timeout "$BOOT_TIMEOUT" "$QEMU" -M virt,gic-version=3 -cpu max -smp "$smp" -m 512 -nographic -nic none \
    -kernel "$IMAGE" -initrd "$work/initrd.gz" -append "$append" \
    -drive if=none,file="$work/scratch-qemu.img",format=raw,id=d1 -device virtio-blk-device,drive=d1 \
    -drive if=none,file="$work/ext4.img",format=raw,readonly=on,id=d0 -device virtio-blk-device,drive=d0 \
    -device virtio-rng-device < <(typist "$work/qemu.log") >"$work/qemu.log" 2>&1 || true
  transcript "$work/qemu.log"
  echo "host reads the scratch disk: $(guest_wrote "$work/scratch-qemu.img")"
}

if [ $record = 1 ]; then
  command -v "$QEMU" >/dev/null || { echo "no $QEMU" >&2; exit 2; }
  qemu_boot >"$here/expected.txt"
  grep -q A64WB-END "$here/expected.txt" || { echo "QEMU printed no transcript; its log:" >&2; cat "$work/qemu.log" >&2; exit 1; }
  echo "recorded $here/expected.txt ($(wc -l <"$here/expected.txt") lines)"
  exit 0
fi

start=$(date +%s)
scratch "$work/scratch-ours.img"
timeout "$BOOT_TIMEOUT" "$RUNNER" run --board virt --kernel "$IMAGE" --initrd "$work/initrd.gz" --smp "$smp" --ram 512 \
  --irqchip "$irqchip" "${trap_all[@]}" --append "$append" --stats \
  --disk "$work/scratch-ours.img" --disk "$work/ext4.img,ro" --rng < <(typist "$work/ours.log") >"$work/ours.log" 2>&1 || true
seconds=$(( $(date +%s) - start ))
{ transcript "$work/ours.log"; echo "host reads the scratch disk: $(guest_wrote "$work/scratch-ours.img")"; } >"$work/ours.txt"
status=0
# The recorded transcript is a one-CPU boot ("cpus online: 0"); other CPU counts compare with QEMU live only.
if [ "$smp" = 1 ] && ! diff -u "$here/expected.txt" "$work/ours.txt"; then
  echo "FAIL: the transcript differs from QEMU's recorded one; the last lines of the boot log:" >&2
  tail -40 "$work/ours.log" >&2
  status=1
fi
if command -v "$QEMU" >/dev/null; then
  qemu_boot >"$work/qemu.txt"
  if ! diff -u "$work/qemu.txt" "$work/ours.txt"; then
    echo "FAIL: the transcript differs from QEMU's live one" >&2
    status=1
  fi
fi
instructions=$(grep -o 'guest instructions: [0-9]*' "$work/ours.log" | grep -o '[0-9]*' || echo "?")
echo "boot (smp $smp, irqchip $irqchip${trap_all:+ trap-all}): $([ $status = 0 ] && echo PASS || echo FAIL) in ${seconds} s wall, $instructions guest instructions"
exit $status
