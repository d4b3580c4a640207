#!/usr/bin/env bash
# Builds the user-mode test programs (freestanding: runtime/ instead of a libc) into build/.
#   ./build.sh                 build only
#   ./build.sh --golden        build, then record each program's qemu-aarch64 stdout and exit status
#                              as NAME.stdout / NAME.status next to its source
#   ./build.sh --check RUNNER  build, run each program under RUNNER (e.g. "../../a64 run-user")
#                              and compare stdout and exit status with the goldens
# Needs aarch64-linux-gnu-gcc (CC=... to override) and, for --golden, qemu-aarch64 and a host C compiler
# (HOST_CC, default cc) for linux_exec, whose golden comes from a native run (see linux/exec.c).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CC=${CC:-aarch64-linux-gnu-gcc}
QEMU=${QEMU:-qemu-aarch64}
HOST_CC=${HOST_CC:-cc}
mode=${1:-build}
runner=${2:-}
common=(-O2 -static -nostdlib -ffreestanding -mgeneral-regs-only -fno-stack-protector -fno-asynchronous-unwind-tables
        -Wall -Wextra -Werror -Iruntime)
runtime=(runtime/start.S runtime/rt.c)
mkdir -p build

# name: extra compiler flags, sources
build() {
  local name=$1; shift
  "$CC" "${common[@]}" "$@" -o "build/$name"
}
build hello         -fno-pie -no-pie "${runtime[@]}" hello.c
build hello_pie     -static-pie -fpie "${runtime[@]}" hello.c
build arith         -fno-pie -no-pie "${runtime[@]}" arith.c
build memory        -fno-pie -no-pie "${runtime[@]}" memory.c
build exclusive     -fno-pie -no-pie "${runtime[@]}" exclusive.c
build atomics_lse   -fno-pie -no-pie -march=armv8.1-a "${runtime[@]}" atomics_lse.c
build syscalls      -fno-pie -no-pie "${runtime[@]}" syscalls.c
build echo_stdin    -fno-pie -no-pie "${runtime[@]}" echo_stdin.c
build asm_hello     -fno-pie -no-pie asm_hello.S
build fault_segv    -fno-pie -no-pie asm_fault_segv.S
build fault_udf     -fno-pie -no-pie asm_fault_udf.S
# Real C programs on static glibc (start-up ifuncs, stdio, libm, fenv), -O3 so GCC vectorises with Advanced SIMD.
for name in hello printf_double libm vectors; do
  "$CC" -O3 -static -march=armv8.2-a+fp16 -Wall -Werror -o "build/glibc_$name" "glibc/$name.c" -lm
done
# The Linux personality on static glibc (linux/): processes, exec, threads, signals, faults, time, files.
linux=(fork_pipe_wait exec pthreads signals segv_guard timers files cputime fifo jobcontrol sysroot shared_memory socketpair)
for name in "${linux[@]}"; do
  threads=()
  case $name in pthreads|signals|shared_memory) threads=(-pthread) ;; esac
  "$CC" -O2 -static "${threads[@]}" -Wall -Werror -o "build/linux_$name" "linux/$name.c"
done
programs=(hello hello_pie arith memory exclusive atomics_lse syscalls echo_stdin asm_hello fault_segv fault_udf
          glibc_hello glibc_printf_double glibc_libm glibc_vectors "${linux[@]/#/linux_}")

# The assembly programs again, built by our own assembler (A64_ASM, default ../../a64 asm): they must
# behave exactly as the GNU-built ones, so they are checked against the same goldens.
A64_ASM=${A64_ASM:-../../a64 asm}
if [ "$mode" = "--check" ]; then
  $A64_ASM asm_hello.S -o build/asm_hello_a64 >/dev/null
  $A64_ASM asm_fault_segv.S -o build/fault_segv_a64 >/dev/null
  $A64_ASM asm_fault_udf.S -o build/fault_udf_a64 >/dev/null
  programs+=(asm_hello_a64 fault_segv_a64 fault_udf_a64)
fi

# Where a program's goldens live (without .stdout/.status); the _a64 builds share the GNU-built ones.
golden() {
  case $1 in
    linux_*) echo "linux/${1#linux_}" ;;
    *) echo "${1%_a64}" ;;
  esac
}

# How each program is run: arguments, environment, stdin. CMD is the runner ("qemu-aarch64",
# "../../a64 run-user", or empty for a host-native build at PROG).
run() {
  local cmd=$1 name=$2 prog=${3:-build/$2}
  local input=/dev/null
  [ -f "$(golden "$name").stdin" ] && input="$(golden "$name").stdin"
  case $name in
    hello|hello_pie|glibc_hello) env A64_TEST_MARKER=1 $cmd "$prog" one "two words" "" <"$input" ;;
    linux_files|linux_fifo) with_scratch_dir "$cmd" "$prog" <"$input" ;;
    linux_sysroot) with_sysroot "$cmd" "$prog" <"$input" ;;
    *) $cmd "$prog" <"$input" ;;
  esac
}

# Runs PROG with a fresh empty directory as its argument, removed afterwards. A runner under test is also
# given --allow-write DIR (run-user writes only there); the references (qemu-aarch64, a native run) are not.
with_scratch_dir() {
  local cmd=$1 prog=$2 dir status=0
  local allow=()
  dir=$(mktemp -d)
  case $cmd in "" | "$QEMU" | qemu-aarch64*) ;; *) allow=(--allow-write "$dir") ;; esac
  $cmd "${allow[@]}" "$prog" "$dir" || status=$?
  rm -rf "$dir"
  return $status
}

# Runs PROG with a sysroot holding etc/a64-sysroot/marker.txt: qemu-aarch64's -L, the runner's --sysroot.
with_sysroot() {
  local cmd=$1 prog=$2 dir status=0
  local option=(--sysroot)
  dir=$(mktemp -d)
  mkdir -p "$dir/etc/a64-sysroot"
  echo "from the sysroot" >"$dir/etc/a64-sysroot/marker.txt"
  case $cmd in "$QEMU" | qemu-aarch64*) option=(-L) ;; esac
  $cmd "${option[@]}" "$dir" "$prog" || status=$?
  rm -rf "$dir"
  return $status
}

# The command that records a program's golden: qemu-aarch64, except where qemu-user 7.2 is not Linux: it
# cannot execve an AArch64 program without binfmt_misc (linux_exec), and it does not pass SA_NOCLDSTOP on to
# the host kernel, so a stopped child still sends SIGCHLD (linux_jobcontrol). There the same source built for
# the host and run natively is the reference.
record() {
  local p=$1
  case $p in
    linux_exec|linux_jobcontrol)
      "$HOST_CC" -O2 -Wall -Werror -o "build/host_$p" "linux/${p#linux_}.c"
      run "" "$p" "build/host_$p" ;;
    *) run "$QEMU" "$p" ;;
  esac
}

case $mode in
  build) ;;
  --golden)
    for p in "${programs[@]}"; do
      g=$(golden "$p")
      set +e
      record "$p" >"$g.stdout" 2>/dev/null
      echo $? >"$g.status"
      set -e
      echo "$p: status $(cat "$g.status"), $(wc -c <"$g.stdout") bytes of stdout"
    done ;;
  --check)
    [ -n "$runner" ] || { echo "usage: $0 --check RUNNER" >&2; exit 2; }
    failed=0
    for p in "${programs[@]}"; do
      set +e
      actual=$(run "$runner" "$p" 2>"build/$p.stderr"; echo "status=$?")
      set -e
      g=$(golden "$p")
      expected=$(cat "$g.stdout"; echo "status=$(cat "$g.status")")
      if [ "$actual" == "$expected" ]; then
        echo "ok   $p"
      else
        echo "FAIL $p"; diff <(echo "$expected") <(echo "$actual") | head -20 || true; failed=1
      fi
    done
    exit $failed ;;
  *) echo "usage: $0 [--golden | --check RUNNER]" >&2; exit 2 ;;
esac
