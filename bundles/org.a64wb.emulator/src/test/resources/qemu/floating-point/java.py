#!/usr/bin/env python3
"""Prints the case table of FloatingPointSemanticsTest from cases.py and fp.expected."""
import subprocess, tempfile, os
from cases import CASES, RN, RP, RM, RZ, FZ, DN, AHP, FZ16

def words():
    with tempfile.TemporaryDirectory() as t:
        src = os.path.join(t, 'a.s')
        open(src, 'w').write('\n'.join(c[1] for c in CASES) + '\n')
        obj = os.path.join(t, 'a.o')
        subprocess.check_call(['aarch64-linux-gnu-as', '-march=armv8.5-a+fp16', '-o', obj, src])
        dump = subprocess.check_output(['aarch64-linux-gnu-objdump', '-d', obj], text=True)
    out = []
    for line in dump.splitlines():
        parts = line.split('\t')
        if len(parts) >= 3 and parts[0].strip().endswith(':'):
            out.append(int(parts[1].strip(), 16))
    assert len(out) == len(CASES), (len(out), len(CASES))
    return out

def fpcr(v):
    names = []
    for name, bit in (('RP', RP), ('RM', RM), ('RZ', RZ)):
        if v & (3 << 22) == bit:
            names.append(name)
    for name, bit in (('FZ', FZ), ('DN', DN), ('AHP', AHP), ('FZ16', FZ16)):
        if v & bit:
            names.append(name)
    return ' | '.join(names) or 'RN'

expected = [l.split() for l in open('fp.expected')]
fam = None
for c, w, e in zip(CASES, words(), expected):
    if c[0] != fam:
        if fam is not None:
            print('    }\n')
        fam = c[0]
        print('    @Test\n    void %s() {' % fam)
    print('        check(0x%08x, "%s", %s, 0x%xL, 0x%xL, 0x%xL, 0x%xL, 0x%x,'
          % (w, c[1], fpcr(c[2]), c[3], c[5], c[6], c[7], c[8] >> 28))
    print('                0x%xL, 0x%xL, 0x%xL, 0x%x, 0x%x);'
          % (int(e[1], 16), int(e[2], 16), int(e[3], 16), int(e[4], 16) >> 28, int(e[5], 16)))
print('    }')
