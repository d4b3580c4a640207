#!/usr/bin/env bash
# gdb-multiarch sessions against our GDB stub (run-user --gdb) and QEMU's (qemu-aarch64 -g) on the
# same static binary, built here from debugee.c.
#   ./compare.sh --golden            record QEMU's normalized output of common.gdb in golden/common.txt
#                                    and ours of a64only.gdb in golden/a64only.txt (review that one by hand)
#   ./compare.sh --check "RUNNER"    run both sessions against RUNNER (e.g. "../../a64 run-user") and
#                                    compare: common.gdb with QEMU live when qemu-aarch64 is installed,
#                                    else with golden/common.txt; a64only.gdb with golden/a64only.txt.
# Goldens hold the sha256 of the binary they were made with: a binary that differs (another compiler)
# cannot be compared with them, so without QEMU that comparison is skipped with a message.
# Needs gdb-multiarch and aarch64-linux-gnu-gcc. Exit status 0 when everything compared agrees.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CC=${CC:-aarch64-linux-gnu-gcc}
QEMU=${QEMU:-qemu-aarch64}
GDB=${GDB:-gdb-multiarch}
mode=${1:-}
runner=${2:-../../a64 run-user}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p golden
"$CC" -O0 -g -static -pthread -o "$work/debugee" debugee.c
sha=$(sha256sum "$work/debugee" | cut -d' ' -f1)

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
text = re.sub(r"Thread \d+(\.\d+)?", "Thread N", text)
# QEMU names its threads after the CPU ("CPU#1 [running]", qThreadExtraInfo); ours have no extra name.
text = re.sub(r" \(CPU#\d+ \[\w+\]\)", "", text)
text = re.sub(r"Target Id +Frame", "Target Id Frame", text)
text = re.sub(r"(Thread N) +(\S)", r"\1 \2", text)
text = re.sub(r"0x0*(5[5-9a-f][0-9a-f]{8}|7f[0-9a-f]{10})\b", "<stack>", text)
text = re.sub(r"\b(3[0-9]{11}|14[0-9]{13})\b", "<stack>", text)
text = text.replace("Hardware watchpoint", "Watchpoint").replace("Hardware read watchpoint", "Read watchpoint")
# QEMU offers multiprocess+ (thread ids p1.TID), so gdb names the inferior "process 1"; ours does not.
text = text.replace("[Inferior 1 (process 1) exited", "[Inferior 1 (Remote target) exited")
text = re.sub(r"^total \d+ counter \d+ blend .*\n", "", text, flags=re.M)
text = re.sub(r"^s\.[a-z0-9]+\.gdb:", "SESSION:", text, flags=re.M)
text = re.sub(r"process \d+, ", "process N, ", text)
text = re.sub(r"^thread N: pc 0x[0-9a-f]+, \d+ instructions$", "thread N: pc ADDR, COUNT instructions", text, flags=re.M)
text = re.sub(r"^thread \d+: pc 0x[0-9a-f]+, \d+ instructions$", "thread N: pc ADDR, COUNT instructions", text, flags=re.M)
sys.stdout.write(text)
PY
}

# session NAME SCRIPT PREAMBLE COMMAND...: starts the stub with the port in $PORT, runs gdb, normalizes.
session() {
  local name=$1 script=$2 preamble=$3; shift 3
  local port; port=$(free_port)
  local cmd=("${@//PORT/$port}")
  "${cmd[@]}" > "$work/$name.prog" 2> "$work/$name.err" &
  local pid=$!
  for _ in $(seq 1 300); do listening "$port" && break; sleep 0.1; done
  { echo "$preamble"; sed "s/PORT/$port/" "$script"; } > "$work/s.$name.gdb"
  (cd "$work" && timeout 300 "$GDB" -nx -batch -x "s.$name.gdb" ./debugee > "$name.raw" 2>&1) || true
  wait "$pid" || true
  normalize "$work/$name.raw" > "$work/$name.txt"
}

# QEMU without SVE, so its target description has the FP/SIMD feature (V registers) as ours does.
qemu_session() {
  session qemu common.gdb "set can-use-hw-watchpoints 0" "$QEMU" -cpu max,sve=off -g PORT "$work/debugee"
}

ours_session() { # NAME SCRIPT
  # shellcheck disable=SC2086
  session "$1" "$2" "" $runner --gdb PORT "$work/debugee"
}

golden_matches() { [ "$(head -1 "$1")" = "# binary sha256 $sha" ]; }

case "$mode" in
  --golden)
    qemu_session
    { echo "# binary sha256 $sha"; cat "$work/qemu.txt"; } > golden/common.txt
    ours_session ours-only a64only.gdb
    { echo "# binary sha256 $sha"; cat "$work/ours-only.txt"; } > golden/a64only.txt
    echo "wrote golden/common.txt and golden/a64only.txt"
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
      if diff -u "$reference" "$work/ours.txt"; then echo "OK common.gdb agrees with $what"; else status=1; echo "FAIL common.gdb differs from $what"; fi
    fi
    ours_session ours-only a64only.gdb
    if golden_matches golden/a64only.txt; then
      if diff -u <(tail -n +2 golden/a64only.txt) "$work/ours-only.txt"; then echo "OK a64only.gdb agrees with golden/a64only.txt"; else status=1; echo "FAIL a64only.gdb differs from golden/a64only.txt"; fi
    else
      echo "SKIP a64only.gdb: the binary differs from the golden's"
    fi
    exit $status
    ;;
  *)
    echo "usage: $0 --golden | --check \"RUNNER\"" >&2; exit 2 ;;
esac
