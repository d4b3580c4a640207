// Prints over the PL011 with SIMD&FP stores only: each character is moved into a V register by a
// SIMD&FP data-processing instruction (FMOV from a general register, DUP, INS, MOVI + ORR) and stored
// to UARTDR from there (STR Bt, ST1 single lane, STUR). Every one of these stores has ISV=0, so the
// VMM decodes the instruction and reads the V register itself; qemu-system-aarch64 prints the same.
// Flat binary at 0x40080000: ./a64 asm simdstore.S --flat --base 0x40080000 -o simdstore.bin
    .text
    .globl _start
_start:
    mov     x0, #(3 << 20)          // CPACR_EL1.FPEN = 0b11: SIMD&FP instructions do not trap (they do at reset)
    msr     cpacr_el1, x0
    isb
    mov     x19, #0x09000000        // UART base
    adr     x20, msg
1:  ldrb    w2, [x20], #1
    cbz     w2, 2f
    and     w3, w2, #3
    cmp     w3, #1
    b.eq    3f
    cmp     w3, #2
    b.eq    4f
    cmp     w3, #3
    b.eq    5f
    fmov    s0, w2                  // FP <-> general: the byte in the low lane, the rest zero
    str     b0, [x19]
    b       1b
3:  dup     v1.16b, w2              // every lane
    st1     {v1.b}[7], [x19]
    b       1b
4:  movi    v2.2d, #0               // INS into one lane of a zeroed register
    ins     v2.b[5], w2
    st1     {v2.b}[5], [x19]
    b       1b
5:  movi    v3.16b, #0x20           // bits 5 set; OR in the character, then clear what was not there
    dup     v4.16b, w2
    and     v3.16b, v3.16b, v4.16b
    orr     v3.16b, v3.16b, v4.16b
    stur    b3, [x19, #0]
    b       1b
2:  movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
6:  b       6b

msg:
    .asciz  "SIMD&FP stores to the PL011: fmov/str b, dup/st1 lane, ins/st1 lane, movi+and+orr/stur b.\n"
