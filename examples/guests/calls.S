// What a guest gets for calls and encodings no one serves, as on qemu-system-aarch64 -M virt (no EL2, no
// EL3): BRK is the guest's own debug exception (EC 0x3C, ELR at the BRK); an HVC with a function id that
// no one serves returns SMCCC's NOT_SUPPORTED (-1) in x0, as every HVC is a firmware call there; an SMC
// is UNDEFINED (EC 0); so are an unallocated op0 = 0 read, a SYSL, EL2's AT and TLBI, and HLT. The vector prints
// ESR_EL1 and ELR_EL1's offset from _start for each, then resumes after the instruction. Ends with PSCI
// SYSTEM_OFF. Under --trap-all the last two arrive at the VMM (EC 0x18) and must come out the same.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000            // UART
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    adr     x1, m_brk
    bl      puts
    brk     #0x1234
    adr     x1, m_hvc
    bl      puts
    movz    x0, #0x2345                 // no such SMCCC function
    movk    x0, #0x0001, lsl #16
    hvc     #0
    mov     x20, x0
    adr     x1, m_x0
    bl      puts
    lsr     x0, x20, #32
    bl      puthex
    mov     x0, x20
    bl      puthex
    adr     x1, m_smc
    bl      puts
    movz    x0, #0x2345
    movk    x0, #0x0001, lsl #16
    smc     #7
    adr     x1, m_op0
    bl      puts
    .word   0xd520eaa4                  // L = 1, op0 = 0: unallocated
    adr     x1, m_sysl
    bl      puts
    .word   0xd52bc861                  // SYSL x1, #3, C12, C8, #3
    adr     x1, m_el2
    bl      puts
    .word   0xd50c7800                  // AT S1E2R, x0: no EL2
    .word   0xd50c871f                  // TLBI ALLE2: no EL2
    adr     x1, m_hlt
    bl      puts
    hlt     #0x42                       // UNDEFINED: halting debug is not enabled
    adr     x1, m_bye
    bl      puts
    movz    w0, #0x0008                 // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
1:  b       1b

report:
    adr     x1, m_esr
    bl      puts
    mrs     x0, esr_el1
    bl      puthex
    adr     x1, m_elr
    bl      puts
    mrs     x0, elr_el1
    adr     x2, _start
    sub     x0, x0, x2
    bl      puthex
    mrs     x0, elr_el1
    mrs     x2, esr_el1
    lsr     x2, x2, #26
    cmp     x2, #0x16                   // HVC/SMC taken as themselves already point past the call
    b.eq    1f
    cmp     x2, #0x17
    b.eq    1f
    add     x0, x0, #4
    msr     elr_el1, x0
1:  eret

// puts: the NUL-terminated string at x1 (clobbers x1, w2)
puts:
    ldrb    w2, [x1], #1
    cbz     w2, 2f
    strb    w2, [x19]
    b       puts
2:  ret

// puthex: w0 as 8 hex digits and a newline (clobbers w0, w2, w3, w4)
puthex:
    mov     w3, #28
3:  lsr     w2, w0, w3
    and     w2, w2, #0xf
    cmp     w2, #10
    add     w4, w2, #'0'
    add     w2, w2, #('a' - 10)
    csel    w2, w4, w2, lo
    strb    w2, [x19]
    subs    w3, w3, #4
    b.pl    3b
    mov     w2, #'\n'
    strb    w2, [x19]
    ret

    .balign 2048
vectors:
    .balign 128
    b       report                      // current EL, SP_EL0: synchronous
    .balign 128
    b       .
    .balign 128
    b       .
    .balign 128
    b       .
    .balign 128
    b       report                      // current EL, SP_ELx: synchronous
    .balign 128
    b       .
    .balign 128
    b       .
    .balign 128
    b       .

m_brk:  .asciz "brk #0x1234\n"
m_hvc:  .asciz "hvc #0, x0 = 0x12345\n"
m_smc:  .asciz "smc #7, x0 = 0x12345\n"
m_op0:  .asciz "op0 = 0 read\n"
m_sysl: .asciz "sysl\n"
m_el2:  .asciz "at s1e2r, tlbi alle2\n"
m_hlt:  .asciz "hlt\n"
m_bye:  .asciz "bye\n"
m_x0:   .asciz "  x0 "
m_esr:  .asciz "  ESR "
m_elr:  .asciz "  ELR-_start "
