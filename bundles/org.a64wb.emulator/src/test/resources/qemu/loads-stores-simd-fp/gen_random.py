#!/usr/bin/env python3
"""Generates random_cases.S: one word for each structural choice, then seeded random words of every format of loads-stores-simd-fp.a64 (except
LDR literal and SP bases, covered by the unit tests). Registers: x0..x15 point at the middle of the
buffer; x16..x30 hold small offsets (SMALL below, positive where a UXTW extend reads them), so every
access stays inside the 2 KiB buffer. Post-index registers come from x16..x30 so results do not depend
on where the buffer lives."""
import random
import subprocess
import tempfile
import os

SMALL = [16, -16, 3, -5, 32, 1, 0, -1, 48, -48, 7, -64, 64, 2, -2]   # x16..x30
POSITIVE = [16 + i for i, v in enumerate(SMALL) if 0 <= v]
rng = random.Random(20261123)

def base():
    return rng.randrange(16)

def reg():
    return rng.randrange(32)

def small_reg():
    return 16 + rng.randrange(15)

def pick(fix, key, choices):
    return fix[key] if key in fix else rng.choice(choices)

def pair(fix={}):
    opc = pick(fix, 'opc', [0, 1, 2]); idx = pick(fix, 'idx', [0, 1, 2, 3]); L = pick(fix, 'L', [0, 1])
    imm7 = rng.randrange(-31, 32) & 0x7f
    return opc << 30 | 0b10110 << 25 | idx << 23 | L << 22 | imm7 << 15 | reg() << 10 | base() << 5 | reg()

SIZES = [(0, 0), (1, 0), (2, 0), (3, 0), (0, 1)]

def size_opc(fix):
    # (size, opc): B, H, S, D with opc 0x; Q is size 00 opc 1x
    size, hi = pick(fix, 'reg', SIZES)
    return size, hi << 1 | pick(fix, 'L', [0, 1])

def ui(fix={}):
    size, opc = size_opc(fix)
    return size << 30 | 0b111101 << 24 | opc << 22 | rng.randrange(32) << 10 | base() << 5 | reg()

def imm9(fix={}):
    size, opc = size_opc(fix)
    idx = pick(fix, 'idx', [0, 1, 3])
    return size << 30 | 0b111100 << 24 | opc << 22 | (rng.randrange(-256, 256) & 0x1ff) << 12 | idx << 10 | base() << 5 | reg()

def regoff(fix={}):
    size, opc = size_opc(fix)
    option = rng.choice([2, 3, 6, 7])
    m = rng.choice(POSITIVE + [31]) if option == 2 else rng.choice(list(range(16, 31)) + [31])
    return size << 30 | 0b111100 << 24 | opc << 22 | 1 << 21 | m << 16 | option << 13 | rng.randrange(2) << 12 | 0b10 << 10 | base() << 5 | reg()

MULT_OPCODES = [0b0000, 0b0010, 0b0100, 0b0110, 0b0111, 0b1000, 0b1010]

def mult(fix={}):
    q = rng.randrange(2); L = pick(fix, 'L', [0, 1])
    opcode = pick(fix, 'opcode', MULT_OPCODES)
    size = rng.randrange(4)
    if size == 3 and q == 0 and opcode in (0b0000, 0b0100, 0b1000):
        size = 2
    form = pick(fix, 'form', [0, 1, 2])
    if form == 0:
        return q << 30 | 0b0011000 << 23 | L << 22 | opcode << 12 | size << 10 | base() << 5 | reg()
    m = 31 if form == 1 else small_reg()
    return q << 30 | 0b0011001 << 23 | L << 22 | m << 16 | opcode << 12 | size << 10 | base() << 5 | reg()

def single(fix={}):
    q = rng.randrange(2); L = pick(fix, 'L', [0, 1]); R = pick(fix, 'R', [0, 1])
    kind = pick(fix, 'kind', ['b', 'h', 's', 'd', 'r'])
    S = rng.randrange(2); size = rng.randrange(4)
    o = pick(fix, 'o', [0, 1])   # opcode<0>: with R, selem = opcode<0>:R + 1
    if kind == 'b':
        opcode = 0b000 | o
    elif kind == 'h':
        opcode = 0b010 | o; size &= 2
    elif kind == 's':
        opcode = 0b100 | o; size = 0
    elif kind == 'd':
        opcode = 0b100 | o; size = 1; S = 0
    else:
        opcode = 0b110 | o; L = 1; S = 0
    form = pick(fix, 'form', [0, 1, 2])
    if form == 0:
        return q << 30 | 0b0011010 << 23 | L << 22 | R << 21 | opcode << 13 | S << 12 | size << 10 | base() << 5 | reg()
    m = 31 if form == 1 else small_reg()
    return q << 30 | 0b0011011 << 23 | L << 22 | R << 21 | m << 16 | opcode << 13 | S << 12 | size << 10 | base() << 5 | reg()

GENERATORS = [(pair, 120), (ui, 60), (imm9, 120), (regoff, 80), (mult, 250), (single, 500)]
words = []
# First every structural choice once (so each encoding of the group but LDR literal appears) ...
for opc in range(3):
    for idx in range(4):
        for L in range(2):
            words.append(pair(dict(opc=opc, idx=idx, L=L)))
for reg_ in SIZES:
    for L in range(2):
        words.append(ui(dict(reg=reg_, L=L)))
        words.append(regoff(dict(reg=reg_, L=L)))
        for idx in (0, 1, 3):
            words.append(imm9(dict(reg=reg_, L=L, idx=idx)))
for L in range(2):
    for opcode in MULT_OPCODES:
        for form in range(3):
            words.append(mult(dict(L=L, opcode=opcode, form=form)))
    for R in range(2):
        for kind in 'bhsdr':
            for o in range(2):
                for form in range(3):
                    if kind != 'r' or L == 1:
                        words.append(single(dict(L=L, R=R, kind=kind, o=o, form=form)))
# ... then random ones.
for gen, count in GENERATORS:
    for _ in range(count):
        words.append(gen())

# Keep what binutils knows as an instruction (drops nothing if the generators are right).
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'w.s'), 'w') as f:
        for w in words:
            f.write('.inst 0x%08x\n' % w)
    subprocess.run(['aarch64-linux-gnu-as', '-o', os.path.join(d, 'w.o'), os.path.join(d, 'w.s')], check=True)
    dis = subprocess.run(['aarch64-linux-gnu-objdump', '-d', os.path.join(d, 'w.o')], check=True,
                         capture_output=True, text=True).stdout
bad = {int(l.split()[1], 16) for l in dis.splitlines() if ':\t' in l and ('.inst' in l or 'undefined' in l)}
words = [w for w in words if w not in bad]

with open('random_cases.S', 'w') as f:
    f.write('// Generated by gen_random.py; do not edit.\n#include "stub.inc"\n')
    for i, w in enumerate(words):
        f.write('CASE %d, 0x%08x\n' % (i, w))
    f.write('\t.section .rodata\n\t.balign 8\n\t.globl case_table\ncase_table:\n')
    for i in range(len(words)):
        f.write('\t.quad case_%d\n' % i)
    f.write('\t.globl case_words\ncase_words:\n')
    for w in words:
        f.write('\t.word 0x%08x\n' % w)
    f.write('\t.globl case_count\ncase_count:\n\t.word %d\n' % len(words))
    f.write('\t.globl small_offsets\nsmall_offsets:\n')
    for v in SMALL:
        f.write('\t.quad %d\n' % v)
print(len(words), 'words,', len(bad), 'dropped')
