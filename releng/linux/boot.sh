#!/usr/bin/env bash
# Boots Debian's arm64 kernel with the test initramfs (releng/linux/init) on our virt board and compares the
# transcript /init prints (between A64WB-BEGIN and A64WB-END) with qemu-system-aarch64's: recorded in
# releng/linux/expected.txt, and live when QEMU is installed.
#   releng/linux/boot.sh [--record] [--smp N] [--irqchip accel|vmm] [--trap-all]
# --record   boot under QEMU only and write expected.txt
# Environment: IMAGE (default ~/.cache/a64-oracles/Image), BUSYBOX (default ~/.cache/a64-oracles/busybox.arm64),
# RUNNER (default ./a64, relative to the repo root), BOOT_TIMEOUT seconds (default 1200), QEMU (default
# qemu-system-aarch64). ../shared/tools/install-oracles.sh fetches the Image and busybox.
# Exits 0 when the transcripts agree, 1 when they differ, 2 when something needed is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
IMAGE=${IMAGE:-$HOME/.cache/a64-oracles/Image}
BUSYBOX=${BUSYBOX:-$HOME/.cache/a64-oracles/busybox.arm64}
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
[ -f "$IMAGE" ] || { echo "no kernel Image at $IMAGE (../shared/tools/install-oracles.sh fetches it)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/make-initramfs.sh" "$work/initrd.gz" "$BUSYBOX" >/dev/null
append="console=ttyAMA0 panic=-1 rdinit=/init quiet"

transcript() {
  sed -n '/A64WB-BEGIN/,/A64WB-END/p' "$1" | tr -d '\r'
}

qemu_boot() {
  timeout "$BOOT_TIMEOUT" "$QEMU" -M virt,gic-version=3 -cpu max -smp "$smp" -m 512 -nographic -nic none \
    -kernel "$IMAGE" -initrd "$work/initrd.gz" -append "$append" </dev/null >"$work/qemu.log" 2>&1 || true
  transcript "$work/qemu.log"
}

if [ $record = 1 ]; then
  command -v "$QEMU" >/dev/null || { echo "no $QEMU" >&2; exit 2; }
  qemu_boot >"$here/expected.txt"
  [ -s "$here/expected.txt" ] || { echo "QEMU printed no transcript; its log:" >&2; cat "$work/qemu.log" >&2; exit 1; }
  echo "recorded $here/expected.txt ($(wc -l <"$here/expected.txt") lines)"
  exit 0
fi

start=$(date +%s)
timeout "$BOOT_TIMEOUT" "$RUNNER" run --board virt --kernel "$IMAGE" --initrd "$work/initrd.gz" --smp "$smp" --ram 512 \
  --irqchip "$irqchip" "${trap_all[@]}" --append "$append" --stats </dev/null >"$work/ours.log" 2>&1 || true
seconds=$(( $(date +%s) - start ))
transcript "$work/ours.log" >"$work/ours.txt"
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
