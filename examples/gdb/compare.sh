#!/usr/bin/env bash
# gdb-multiarch sessions against our GDB stub and QEMU's on the same binaries:
#   common.gdb   run-user --gdb on debugee.c (built here, static glibc, pthreads) vs qemu-aarch64 -g
#   a64only.gdb  what qemu-aarch64's stub cannot do (read/access watchpoints, monitor, kill): ours only
#   signal.gdb   run-user --gdb on crash.c (a handled SIGUSR1, a fatal SIGSEGV) vs qemu-aarch64 -g
#   system.gdb   run --board virt --smp 2 --gdb on examples/guests/psci.S vs qemu-system-aarch64 -s -S
#   ./compare.sh --golden          record QEMU's normalized outputs in golden/common.txt and golden/system.txt,
#                                  and ours of a64only.gdb in golden/a64only.txt (review that one by hand)
#   ./compare.sh --check "A64"     run the sessions against the CLI A64 (e.g. ../../a64) and compare each
#                                  with QEMU live when it is installed, else with its golden.
# Goldens hold the sha256 of the binary they were made with: a binary that differs (another compiler)
# cannot be compared with them, so without QEMU that comparison is skipped with a message.
# Needs gdb-multiarch, aarch64-linux-gnu-gcc and A64 (or ../../a64 for --golden). Status 0 when all agree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CC=${CC:-aarch64-linux-gnu-gcc}
QEMU=${QEMU:-qemu-aarch64}
QEMU_SYSTEM=${QEMU_SYSTEM:-qemu-system-aarch64}
GDB=${GDB:-gdb-multiarch}
mode=${1:-}
a64=${2:-../../a64}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p golden
# Built in the work directory, whose name the debug info does not keep (DW_AT_comp_dir "."): the goldens
# are keyed by the binaries' hash, which must not depend on where the repository is checked out.
cp debugee.c crash.c "$work/"
(cd "$work" && "$CC" -O0 -g -fdebug-prefix-map="$work"=. -static -pthread -o debugee debugee.c)
(cd "$work" && "$CC" -O0 -g -fdebug-prefix-map="$work"=. -static -o crash crash.c)
# shellcheck disable=SC2086
$a64 asm ../guests/psci.S --flat --base 0x40080000 -o "$work/psci.bin"
sha=$(cat "$work/debugee" "$work/crash" "$work/psci.bin" | sha256sum | cut -d' ' -f1)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

listening() { ss -ltn "sport = :$1" | grep -q LISTEN; }

# normalize FILE: what differs between runs and stubs for reasons that are not the stub's behaviour:
# thread ids (host tids), stack addresses (QEMU puts the stack at 0x55..., we at 0x7fff...), the
# watchpoint's flavour (QEMU's user-mode stub has no hardware watchpoints, gdb single-steps instead),
# gdb's temporary file names and the program's own output (compared by examples/user-programs).
normalize() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], errors="replace").read()
# The system session's first stop differs by design: QEMU starts in its boot stub at 0x40000000, we at the
# kernel's entry; both then stop at the same breakpoint.
text = re.sub(r"\A(.*\n)*?(?=Breakpoint 1 at)", lambda m: "\n".join(l for l in m.group(0).split("\n") if not l.startswith("0x")), text)
# Where vCPU 0 is when vCPU 1 stops depends on timing: somewhere from CPU_ON's return (0x400800c0) to
# its spin in "4: ldr x22, [x21]; cbz x22, 4b" (0x400800d8), possibly in puts/puthex (0x40080150-0x40080197)
# printing CPU_ON's result; system.gdb checks that range with a "p" of its own.
text = re.sub(r"0x0000000040080(0c[048c]|0d[048c]|15[048c]|1[6-8][048c]|19[04]) in \?\? \(\)", "<vCPU 0 after CPU_ON> in ?? ()", text)
text = re.sub(r"^=> (0x400800d[8c]:)", r"   \1", text, flags=re.M)
if "target.sys" not in sys.argv[1]:
    text = re.sub(r"Thread \d+(\.\d+)?", "Thread N", text)
# Both stubs name threads after their CPU (qThreadExtraInfo "CPU#1 [running]"); whether a vCPU that was
# stopped is "running" or "halted " (in WFI) depends on timing.
text = re.sub(r"\(CPU#(\d+) \[(running|halted )\]\)", r"(CPU#\1)", text)
text = re.sub(r"Target Id +Frame", "Target Id Frame", text)
text = re.sub(r"(Thread [\w.]+(?: \(CPU#\d+\))?) +(\S)", r"\1 \2", text)
text = re.sub(r"0x0*(5[5-9a-f][0-9a-f]{8}|7f[0-9a-f]{10})\b", "<stack>", text)
text = re.sub(r"\b(3[0-9]{11}|14[0-9]{13})\b", "<stack>", text)
text = text.replace("Hardware watchpoint", "Watchpoint").replace("Hardware read watchpoint", "Read watchpoint")
text = re.sub(r"^total \d+ counter \d+ blend .*\n", "", text, flags=re.M)
text = re.sub(r"^s\.[a-z0-9]+\.gdb:", "SESSION:", text, flags=re.M)
text = re.sub(r"process \d+, ", "process N, ", text)
text = re.sub(r"^thread N: pc 0x[0-9a-f]+, \d+ instructions$", "thread N: pc ADDR, COUNT instructions", text, flags=re.M)
text = re.sub(r"^thread \d+: pc 0x[0-9a-f]+, \d+ instructions$", "thread N: pc ADDR, COUNT instructions", text, flags=re.M)
sys.stdout.write(text)
PY
}

# session NAME SCRIPT PREAMBLE COMMAND... (gdb gets the debugee's symbols unless NAME starts with "sys"): starts the stub with the port in $PORT, runs gdb, normalizes.
session() {
  local name=$1 script=$2 preamble=$3; shift 3
  local port; port=$(free_port)
  local cmd=("${@//PORT/$port}")
  "${cmd[@]}" > "$work/$name.prog" 2> "$work/$name.err" &
  local pid=$!
  for _ in $(seq 1 300); do listening "$port" && break; sleep 0.1; done
  { echo "$preamble"; sed "s/PORT/$port/" "$script"; } > "$work/s.$name.gdb"
  local symbols=./debugee
  case "$name" in sys*) symbols= ;; sig*) symbols=./crash ;; esac
  # shellcheck disable=SC2086
  (cd "$work" && timeout 300 "$GDB" -nx -batch -x "s.$name.gdb" $symbols < /dev/null > "$name.raw" 2>&1) || true
  local rc=0
  wait "$pid" || rc=$?
  echo "$rc" > "$work/$name.rc"
  case "$name" in
    sys*) cp "$work/$name.raw" "$work/$name.target.sys"; normalize "$work/$name.target.sys" > "$work/$name.txt" ;;
    *) normalize "$work/$name.raw" > "$work/$name.txt" ;;
  esac
}

# QEMU without SVE, so its target description has the FP/SIMD feature (V registers) as ours does.
qemu_session() {
  session qemu common.gdb "set can-use-hw-watchpoints 0" "$QEMU" -cpu max,sve=off -g PORT "$work/debugee"
}

qemu_signal_session() {
  session sig-qemu signal.gdb "" "$QEMU" -cpu max,sve=off -g PORT "$work/crash"
}

ours_signal_session() {
  # shellcheck disable=SC2086
  session sig-ours signal.gdb "" $a64 run-user --gdb PORT "$work/crash"
}

ours_session() { # NAME SCRIPT
  # shellcheck disable=SC2086
  session "$1" "$2" "" $a64 run-user --gdb PORT "$work/debugee"
}

qemu_system_session() {
  session sys-qemu system.gdb "" "$QEMU_SYSTEM" -M virt -cpu cortex-a57 -smp 2 -m 256 -display none -serial null -nic none \
    -kernel "$work/psci.bin" -gdb tcp:127.0.0.1:PORT -S
}

ours_system_session() {
  # shellcheck disable=SC2086
  session sys-ours system.gdb "" $a64 run --board virt --smp 2 --kernel "$work/psci.bin" --gdb PORT
}

# compare NAME REFERENCE_TEXT REFERENCE_NAME OURS_TEXT
compare() {
  if diff -u "$2" "$4"; then echo "OK $1 agrees with $3"; else status=1; echo "FAIL $1 differs from $3"; fi
}

golden_matches() { [ "$(head -1 "$1")" = "# binary sha256 $sha" ]; }

case "$mode" in
  --golden)
    qemu_session
    { echo "# binary sha256 $sha"; cat "$work/qemu.txt"; } > golden/common.txt
    ours_session ours-only a64only.gdb
    { echo "# binary sha256 $sha"; cat "$work/ours-only.txt"; } > golden/a64only.txt
    qemu_signal_session
    { echo "# binary sha256 $sha"; cat "$work/sig-qemu.txt"; } > golden/signal.txt
    qemu_system_session
    { echo "# binary sha256 $sha"; cat "$work/sys-qemu.txt"; } > golden/system.txt
    echo "wrote golden/common.txt, golden/a64only.txt, golden/signal.txt and golden/system.txt"
    ;;
  --check)
    status=0
    ours_session ours common.gdb
    if command -v "$QEMU" > /dev/null; then
      qemu_session
      reference="$work/qemu.txt"; what="qemu-aarch64 (live)"
    elif golden_matches golden/common.txt; then
      tail -n +2 golden/common.txt > "$work/golden-common.txt"
      reference="$work/golden-common.txt"; what="golden/common.txt"
    else
      reference=""; echo "SKIP common.gdb: no qemu-aarch64 and the binary differs from the golden's"
    fi
    if [ -n "$reference" ]; then
      compare common.gdb "$reference" "$what" "$work/ours.txt"
    fi
    ours_session ours-only a64only.gdb
    # a64only.gdb ends with kill: as qemu-aarch64 -g, the run then ends with status 0 and says why.
    if [ "$(cat "$work/ours-only.rc")" = 0 ] && grep -q "terminated via the GDB stub" "$work/ours-only.err"; then
      echo "OK kill ends run-user with status 0"
    else
      status=1; echo "FAIL kill: run-user status $(cat "$work/ours-only.rc"), stderr: $(cat "$work/ours-only.err")"
    fi
    if golden_matches golden/a64only.txt; then
      tail -n +2 golden/a64only.txt > "$work/golden-a64only.txt"
      compare a64only.gdb "$work/golden-a64only.txt" golden/a64only.txt "$work/ours-only.txt"
    else
      echo "SKIP a64only.gdb: the binary differs from the golden's"
    fi
    ours_signal_session
    if command -v "$QEMU" > /dev/null; then
      qemu_signal_session
      compare signal.gdb "$work/sig-qemu.txt" "qemu-aarch64 (live)" "$work/sig-ours.txt"
    elif golden_matches golden/signal.txt; then
      tail -n +2 golden/signal.txt > "$work/golden-signal.txt"
      compare signal.gdb "$work/golden-signal.txt" golden/signal.txt "$work/sig-ours.txt"
    else
      echo "SKIP signal.gdb: no qemu-aarch64 and the binaries differ from the golden's"
    fi
    ours_system_session
    if command -v "$QEMU_SYSTEM" > /dev/null; then
      qemu_system_session
      compare system.gdb "$work/sys-qemu.txt" "qemu-system-aarch64 (live)" "$work/sys-ours.txt"
    elif golden_matches golden/system.txt; then
      tail -n +2 golden/system.txt > "$work/golden-system.txt"
      compare system.gdb "$work/golden-system.txt" golden/system.txt "$work/sys-ours.txt"
    else
      echo "SKIP system.gdb: no qemu-system-aarch64 and the binaries differ from the golden's"
    fi
    exit $status
    ;;
  *)
    echo "usage: $0 --golden | --check \"A64\"" >&2; exit 2 ;;
esac
