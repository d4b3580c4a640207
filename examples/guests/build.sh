#!/usr/bin/env bash
# Builds the guests as flat binaries at 0x40080000 (where QEMU's virt and our virt board load a raw
# kernel) with our assembler: ./build.sh [OUT_DIR]. Then, e.g.:
#   ../../a64 run --board virt --kernel out/hello.bin
#   ../../a64 run --board virt --smp 2 --kernel out/psci.bin
#   ../../a64 run --board virt --kernel out/framebuffer.bin --screenshot fb.png
#   qemu-system-aarch64 -M virt -cpu cortex-a57 -nographic -nic none -kernel out/hello.bin
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-"$here/out"}
mkdir -p "$out"
for s in "$here"/*.S; do
  name=$(basename "$s" .S)
  "$here/../../a64" asm "$s" --flat --base 0x40080000 -o "$out/$name.bin"
  echo "$out/$name.bin"
done
