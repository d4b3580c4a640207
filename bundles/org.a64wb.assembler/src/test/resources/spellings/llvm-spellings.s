ic iallu
tlbi vmalle1
tlbi vmalle1is
ic ialluis
bic x1, x1, #0x4000
bic w1, w2, #0xff
bics x3, x4, #0xf0
orn x0, x1, #1
eon w3, w4, #0x10
cmp x0, #-1
cmn w1, #-5
add x0, x1, #-16
sub sp, sp, #-32
adds x2, x3, #-1
subs w2, w3, #-4096
mov x0, #-1
mov w0, #0xffff0000
and x0, x1, #0xff
tst x5, #0x8
adds w2, w3, #4096
add x0, x1, #0x1000
add x0, x1, #0x1000, lsl #0
sub x0, x1, #0xfff000
hint #0
hint #3
hint #34
hint #7
sys #0, c7, c5, #0
sys #3, c7, c14, #1, x3
orr x0, xzr, x1
ubfm x0, x1, #4, #11
csinc x0, xzr, xzr, ne
msr s3_3_c4_c2_1, x0
mrs x0, s3_0_c0_c0_0
ldaxr x0, [x1]
stlxr w1, x2, [x0]
umulh x0, x1, x2
ldxp x0, x1, [x2]
fcmp d0, #0.0
mov x0, sp
mov sp, x0
mov w0, wzr
movz x0, #0x1234, lsl #16
movk x0, #0xbeef, lsl #48
movn w1, #0
ldr x0, [x1, #8]!
ldr w0, [x1], #4
ldp x29, x30, [sp], #16
stp x29, x30, [sp, #-16]!
lsl x0, x1, #3
asr w0, w1, #31
ror x0, x1, #7
ubfx x0, x1, #4, #8
sbfiz x0, x1, #2, #30
bfi x0, x1, #8, #4
mrs x0, midr_el1
msr daifset, #2
msr spsel, #1
ret
ret x1
br x16
blr x8
neg x0, x1
negs w0, w1
mvn x0, x1
cneg x0, x1, mi
cset w0, ne
csetm x0, eq
cinc x0, x1, hs
fmov d0, #1.0
fmov s0, wzr
fmov x0, d1
fmov v0.d[1], x1
movi v0.16b, #0
movi d0, #0
mov v0.16b, v1.16b
dup v0.4s, w1
ins v0.s[1], w2
umov w0, v1.b[3]
mov w0, v1.s[1]
mov x0, v1.d[0]
ld1 {v0.16b-v3.16b}, [x0], #64
st1 {v0.2d}, [x1]
dmb ish
dsb sy
isb
yield
wfe
sxtw x0, w1
uxtb w0, w1
add x0, x1, w2, uxtw #2
add x0, sp, x1
ldr x0, [x1, w2, sxtw #3]
prfm pldl1keep, [x0]
ccmp x0, #3, #4, ne
casal x0, x1, [x2]
ldadd w0, w1, [x2]
swpal x0, x1, [x2]
svc #0
brk #0x3e8
hvc #0
mul x0, x1, x2
madd x0, x1, x2, x3
smull x0, w1, w2
udiv w0, w1, w2
rev x0, x1
rev16 w0, w1
clz x0, x1
rbit w0, w1
csel x0, x1, x2, lt
tst w0, #0xff
cmp x0, x1, lsl #2
cmp w0, w1, uxtb
lsl w0, w1, w2
ldrsw x0, [x1, #4]
ldur x0, [x1, #-8]
ldr q0, [x0, #16]
str xzr, [sp, #8]
stp xzr, xzr, [x0]
mov x0, #0x10000
mov x0, #0x12340000
mov x0, #0xffffffffffff1234
mov x0, #0x5555555555555555
add w0, w1, #1, lsl #12
and x0, x0, #~0xfff
ldr x0, [x1, #-8]
ldr w0, [x1, #3]
cmp x0, #0
cmn x0, #0
mov x1, #-2
mov w2, #-1
tst x0, x1
neg w0, w1, lsl #2
mvn w0, w1, ror #3
orr x0, xzr, #0x1
sub sp, sp, #0x10
add sp, sp, #16
mov x29, sp
ldp q0, q1, [x0, #32]
stnp x0, x1, [x2]
stxp w3, x0, x1, [x2]
sev
sevl
clrex
nop
eret
msr tpidr_el0, x0
mrs x1, tpidr_el0
mrs x2, cntvct_el0
msr fpcr, x3
mrs x4, nzcv
fcvtzs w0, d1
scvtf d0, x1
fadd v0.4s, v1.4s, v2.4s
fmla v0.2d, v1.2d, v2.d[1]
addv s0, v1.4s
uaddlv h0, v1.16b
cnt v0.8b, v1.8b
ext v0.16b, v1.16b, v2.16b, #8
tbl v0.16b, {v1.16b, v2.16b}, v3.16b
zip1 v0.4s, v1.4s, v2.4s
ushr v0.2d, v1.2d, #3
shl d0, d1, #4
sqadd b0, b1, b2
fcsel s0, s1, s2, gt
frintx d0, d1
fmadd d0, d1, d2, d3
ldr q0, [x1, #-16]
ldrsw x0, [x1, #-4]
strh w0, [x1, #1]
ldr d1, [x2, #3]
