import subprocess, sys, json
# each test: (asm, fpcr, {reg: (lo, hi)}, {xreg: val})
tests = json.load(open(sys.argv[1]))
def enc(asm):
    out = subprocess.run(['llvm-mc','-triple=aarch64','-mattr=+v8.2a,+fullfp16,+neon','-show-encoding'],input=asm+'\n',capture_output=True,text=True).stdout
    import re
    m = re.search(r'encoding: \[(.*?)\]', out)
    assert m, (asm, out)
    b = [int(x,16) for x in m.group(1).split(',')]
    return b[0] | b[1]<<8 | b[2]<<16 | b[3]<<24
c = ['#include <stdio.h>','#include <stdint.h>','uint64_t V[64]; uint64_t X[4]; uint64_t FPSR;',
 'static void regs(void){ for(int i=0;i<16;i++) printf("%016llx%016llx ",(unsigned long long)V[2*i+1],(unsigned long long)V[2*i]); printf("| "); for(int i=0;i<4;i++) printf("%016llx ",(unsigned long long)X[i]); printf("| ");}',
 'static void din(const char*name, unsigned w, unsigned fpcr){ printf("%s | %08x %x | ",name,w,fpcr); regs(); }',
 'static void dout(void){ regs(); printf("%llx\\n",(unsigned long long)FPSR);}',
 'int main(){']
LOAD = 'ldr x9, =V\\n ldp q0,q1,[x9]\\n ldp q2,q3,[x9,#32]\\n ldp q4,q5,[x9,#64]\\n ldp q6,q7,[x9,#96]\\n ldp q8,q9,[x9,#128]\\n ldp q10,q11,[x9,#160]\\n ldp q12,q13,[x9,#192]\\n ldp q14,q15,[x9,#224]\\n ldr x9, =X\\n ldp x0,x1,[x9]\\n ldp x2,x3,[x9,#16]\\n msr fpcr, x10\\n msr fpsr, xzr\\n'
STORE = 'ldr x9, =V\\n stp q0,q1,[x9]\\n stp q2,q3,[x9,#32]\\n stp q4,q5,[x9,#64]\\n stp q6,q7,[x9,#96]\\n stp q8,q9,[x9,#128]\\n stp q10,q11,[x9,#160]\\n stp q12,q13,[x9,#192]\\n stp q14,q15,[x9,#224]\\n ldr x9, =X\\n stp x0,x1,[x9]\\n stp x2,x3,[x9,#16]\\n mrs x11, fpsr\\n ldr x9, =FPSR\\n str x11,[x9]\\n msr fpcr, xzr\\n'
import random
for t in tests:
    asm, fpcr, regs, xs = t
    w = enc(asm)
    rnd = random.Random(asm)
    for i in range(16):
        lo, hi = regs.get(str(i), (rnd.getrandbits(64), rnd.getrandbits(64)))
        c.append(' V[%d]=0x%xULL; V[%d]=0x%xULL;' % (2*i, int(str(lo),0) if isinstance(lo,str) else lo, 2*i+1, int(str(hi),0) if isinstance(hi,str) else hi))
    for i in range(4):
        c.append(' X[%d]=0x%xULL;' % (i, int(str(xs.get(str(i), 0x1111111111111111*(i+1))),0)))
    c.append(' din("%s", 0x%08x, 0x%x);' % (asm, w, fpcr))
    c.append(' { register uint64_t f asm("x10") = 0x%xULL; asm volatile("%s .inst 0x%08x\\n %s" : : "r"(f) : "memory","x0","x1","x2","x3","x9","x11","v0","v1","v2","v3","v4","v5","v6","v7","v8","v9","v10","v11","v12","v13","v14","v15"); }' % (fpcr, LOAD, w, STORE))
    # print initial too: easier to regenerate in test, so print them
    c.append(' dout();')
c.append('return 0;}')
open('t.c','w').write('\n'.join(c))
