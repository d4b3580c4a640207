#!/usr/bin/env bash
# Records what llvm-mc (LLVM 14, Debian's llvm; the project's -mattr, isa.a64 LlvmMc.MATTR) encodes for each statement of llvm-spellings.s: llvm-spellings.txt,
# "statement<TAB>word" per line. LlvmSpellingTest assembles each statement with our assembler and compares.
# The statements are spellings llvm-mc accepts beyond its own disassembly: negative and shifted ADD/SUB immediates,
# BIC/ORN/EON immediates, LDR offsets only LDUR holds, generic HINT/SYS/system register names, omitted registers.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
while IFS= read -r line; do
  [ -z "$line" ] && continue
  word=$(printf '%s\n' "$line" | llvm-mc -triple=aarch64 -mattr=+v8.5a,+fp-armv8,+neon,+crc,+crypto,+lse,+rcpc,+dotprod,+fullfp16 -show-encoding 2>/dev/null |
    sed -n 's/.*encoding: \[0x\(..\),0x\(..\),0x\(..\),0x\(..\)\].*/\4\3\2\1/p')
  [ -n "$word" ] || { echo "llvm-mc refuses: $line" >&2; exit 1; }
  printf '%s\t%s\n' "$line" "$word"
done < "$here/llvm-spellings.s" > "$here/llvm-spellings.txt"
llvm-mc --version | sed -n 2p
wc -l < "$here/llvm-spellings.txt"
