#!/usr/bin/env bash
# Runs Debian's busybox-static under qemu-aarch64 (the reference) and under a runner (default our
# `a64 run-user`) for every case in cases.txt, and compares stdout, exit status and the directory each
# case leaves behind (paths, types, modes, symlink targets, file checksums).
#   releng/busybox/compare.sh              all cases
#   releng/busybox/compare.sh 'sh_*' tar   only cases whose names match these globs
# Environment: BUSYBOX (default ~/.cache/a64-oracles/busybox.arm64), QEMU (default qemu-aarch64),
# RUNNER (default "./a64 run-user", relative to the repo root), CASE_TIMEOUT seconds (default 120),
# SHOW=1 to print each case's reference stdout, stderr and status (for writing cases).
# A runner other than qemu-aarch64 is given --allow-write DIR for the case's directory.
# Prints PASS/FAIL per case and "N of M agree"; exits 1 if any case disagrees.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
BUSYBOX=${BUSYBOX:-$HOME/.cache/a64-oracles/busybox.arm64}
QEMU=${QEMU:-qemu-aarch64}
RUNNER=${RUNNER:-./a64 run-user}
CASE_TIMEOUT=${CASE_TIMEOUT:-120}
[ -f "$BUSYBOX" ] || { echo "no busybox at $BUSYBOX (../shared/tools/install-oracles.sh fetches it)" >&2; exit 2; }
BUSYBOX=$(cd "$(dirname "$BUSYBOX")" && pwd)/$(basename "$BUSYBOX")

# Commands run inside each case's directory and with another PATH, so their programs become absolute here.
absolute() {
  local words
  read -r -a words <<<"$1"
  case ${words[0]} in
    */*) words[0]=$(cd "$(dirname "${words[0]}")" && pwd)/$(basename "${words[0]}") ;;
    *) words[0]=$(command -v "${words[0]}") || { echo "not found: ${words[0]}" >&2; exit 2; } ;;
  esac
  echo "${words[*]}"
}
QEMU=$(absolute "$QEMU")
RUNNER=$(absolute "$RUNNER")
TIMEOUT=$(command -v timeout)

# cases.txt: "NAME: SCRIPT" per case; a line starting with "> " continues the script on a new line
# (here-documents); blank lines and lines starting with # are ignored.
names=()
scripts=()
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    '' | '#'*) ;;
    '> '*) scripts[${#scripts[@]} - 1]+=$'\n'"${line#> }" ;;
    *:*)
      names+=("${line%%:*}")
      script=${line#*:}
      scripts+=("${script# }") ;;
    *) echo "cases.txt: cannot read: $line" >&2; exit 2 ;;
  esac
done <"$here/cases.txt"

# The same input files for every case, with fixed modes and times so that tar and ls agree.
make_fixtures() {
  local dir=$1
  mkdir -p "$dir/tree/a/b"
  printf 'banana\napple\ncherry\napple\nbanana\napple\ndate\n' >"$dir/words.txt"
  printf '10\n9\n100\n-3\n2.5\n42\n7\n' >"$dir/numbers.txt"
  printf 'alice 30 paris\nbob 25 berlin\ncarol 35 rome\ndave 25 oslo\n' >"$dir/table.txt"
  printf 'id,name,score\n1,ann,90.5\n2,ben,72.25\n3,cid,88\n' >"$dir/data.csv"
  printf '%s\n' 'The quick brown fox' 'jumps over the lazy dog.' '' 'Pack my box with' \
    'five dozen liquor jugs; the end.' >"$dir/poem.txt"
  printf '#!/bin/sh\necho "script got $# args: $*"\nexit 4\n' >"$dir/script.sh"
  printf 'deep inside\n' >"$dir/tree/a/b/deep.txt"
  printf 'one\n' >"$dir/tree/a/one.txt"
  printf 'log line\n' >"$dir/tree/two.log"
  printf 'hidden\n' >"$dir/tree/.hidden"
  local i bytes=''
  for i in $(seq 0 255); do bytes+=$(printf '\\%03o' "$i"); done
  printf "$bytes" >"$dir/bytes.bin"
  xz -c "$dir/poem.txt" >"$dir/sample.xz"
  chmod -R u=rwX,go=rX "$dir"
  find "$dir" -depth -exec touch -h -d @1600000000 {} +
}

# What a case left behind: every path with type, mode and link target, then checksums of the files.
snapshot() {
  (cd "$1" && find . -mindepth 1 -printf '%y %m %p %l\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

# qemu-user without binfmt_misc cannot execve an AArch64 program, and busybox runs most applets (cat,
# grep, sed, wc, gzip, tar, sh ...) by executing /proc/self/exe; when that fails, ash searches PATH and
# would find the host's own programs. On the qemu side PATH is therefore only a directory of
# trampolines, one per applet: the search ends in the same busybox under qemu-aarch64 again, never in a
# host program. (find -exec and xargs do not search PATH, so cases give them only echo, which busybox
# runs without exec.) The runner under test keeps the host's PATH (its launcher needs it) and gets
# --sysroot instead (qemu-user's -L): a tree whose bin directories hold every applet as a link to the same
# busybox, so a PATH search (tar z running gzip) ends in busybox again, never in a host program.
make_trampolines() {
  local dir=$1 applet
  mkdir -p "$dir"
  for applet in $($QEMU "$BUSYBOX" --list); do
    printf '#!/bin/sh\nexec %s %q %q "$@"\n' "$QEMU" "$BUSYBOX" "$applet" >"$dir/$applet"
    chmod +x "$dir/$applet"
  done
}

make_sysroot() {
  local dir=$1 applet bin
  for bin in bin sbin usr/bin usr/sbin usr/local/bin usr/local/sbin; do
    mkdir -p "$dir/$bin"
    for applet in $($QEMU "$BUSYBOX" --list); do
      ln -sf "$BUSYBOX" "$dir/$bin/$applet"
    done
  done
}

# run_case COMMAND DIR SCRIPT OUT: runs busybox sh -c SCRIPT under COMMAND in DIR; writes OUT.stdout,
# OUT.stderr, OUT.status and OUT.state.
run_case() {
  local cmd=$1 dir=$2 script=$3 out=$4 allow=() path=$PATH status=0
  rm -rf "$dir"
  make_fixtures "$dir"
  case $cmd in
    "$QEMU" | */qemu-aarch64*) path=$trampolines ;;
    *) allow=(--allow-write "$dir" --sysroot "$sysroot") ;;
  esac
  (cd "$dir" && env -i PATH="$path" HOME=/ LC_ALL=C TZ=UTC ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    "$TIMEOUT" "$CASE_TIMEOUT" $cmd "${allow[@]}" "$BUSYBOX" sh -c "$script") \
    </dev/null >"$out.stdout" 2>"$out.stderr" || status=$?
  echo "$status" >"$out.status"
  snapshot "$dir" >"$out.state"
}

selected() {
  [ $# -eq 1 ] && return 0
  local name=$1 pattern
  shift
  for pattern in "$@"; do
    # shellcheck disable=SC2053
    [[ $name == $pattern ]] && return 0
  done
  return 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trampolines=$work/qemu-applets
make_trampolines "$trampolines"
sysroot=$work/sysroot
make_sysroot "$sysroot"
total=0
agree=0
for i in "${!names[@]}"; do
  name=${names[$i]}
  selected "$name" "$@" || continue
  total=$((total + 1))
  run_case "$QEMU" "$work/case" "${scripts[$i]}" "$work/ref"
  run_case "$RUNNER" "$work/case" "${scripts[$i]}" "$work/run"
  if [ -n "${SHOW:-}" ]; then
    echo "=== $name: status $(cat "$work/ref.status")"
    cat "$work/ref.stdout"
    sed 's/^/stderr: /' "$work/ref.stderr"
  fi
  failed=''
  for part in stdout status state; do
    cmp -s "$work/ref.$part" "$work/run.$part" || failed+=" $part"
  done
  if [ -z "$failed" ]; then
    agree=$((agree + 1))
    echo "PASS $name"
  else
    echo "FAIL $name (differs:$failed)"
    for part in $failed; do
      { diff "$work/ref.$part" "$work/run.$part" || true; } | head -10 | sed 's/^/     /'
    done
    head -5 "$work/run.stderr" | sed 's/^/     stderr: /'
  fi
done
echo "$agree of $total agree"
[ "$agree" -eq "$total" ]
