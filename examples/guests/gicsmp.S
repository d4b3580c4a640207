// SGIs between two vCPUs (needs --smp 2): CPU 0 starts CPU 1 with PSCI CPU_ON; each wakes its own
// redistributor and enables SGI 2 in its CPU interface; CPU 1 waits in WFI with IRQs unmasked while CPU 0
// waits in WFE for CPU 1's SEV; CPU 0 sends SGI 2 to CPU 1 by target list (ICC_SGI1R_EL1), CPU 1 takes it,
// says so and signals back with SEV; then CPU 1 sends SGI 3 to "everyone but me" (IRM), which CPU 0 takes.
// Output is the same under qemu-system-aarch64 -M virt,gic-version=3 -cpu max -smp 2.
    .text
    .globl _start
_start:
    adr     x0, stack0_top
    mov     sp, x0
    mov     x19, #0x09000000        // PL011 UARTDR
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    adr     x1, m_start
    bl      puts
    movz    x20, #0x0800, lsl #16   // GICD_CTLR: ARE, EnableGrp1
    mov     w0, #0x12
    str     w0, [x20]
    movz    x0, #0x080a, lsl #16    // CPU 0's redistributor
    bl      gic_cpu_init

    movz    w0, #0x0003             // PSCI CPU_ON(MPIDR 1, secondary, 0)
    movk    w0, #0xc400, lsl #16
    mov     x1, #1
    adr     x2, secondary
    mov     x3, #0
    hvc     #0

    adr     x9, ready
1:  ldr     x0, [x9]
    cbnz    x0, 2f
    wfe
    b       1b
2:  adr     x1, m_ready
    bl      puts

    movz    x0, #0x0200, lsl #16    // SGI 2, target list: CPU 1 (Aff0 = 1)
    orr     x0, x0, #2
    msr     icc_sgi1r_el1, x0
    isb
    adr     x9, got
3:  ldr     x0, [x9]
    cbnz    x0, 4f
    wfe
    b       3b
4:  adr     x1, m_got
    bl      puts

    msr     daifclr, #2             // take SGI 3 from CPU 1
    adr     x9, go
    mov     x0, #1
    str     x0, [x9]
    dsb     sy
    sev
    adr     x9, got3
5:  msr     daifset, #2             // check with IRQs masked, so the SGI cannot slip in before the WFI
    ldr     x0, [x9]
    cbnz    x0, 6f
    wfi
    msr     daifclr, #2
    isb
    b       5b
6:  adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
7:  b       7b

secondary:
    adr     x0, stack1_top
    mov     sp, x0
    mov     x19, #0x09000000
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    movz    x0, #0x080c, lsl #16    // CPU 1's redistributor: the second 128 KiB
    bl      gic_cpu_init
    msr     daifclr, #2
    adr     x9, ready
    mov     x0, #1
    str     x0, [x9]
    dsb     sy
    sev
    adr     x9, go
8:  ldr     x0, [x9]
    cbnz    x0, 9f
    wfe
    b       8b
9:  movz    x0, #0x0300, lsl #16    // SGI 3, IRM = 1: every PE but this one
    orr     x0, x0, #(1 << 40)
    msr     icc_sgi1r_el1, x0
    isb
10: wfi
    b       10b

// x0 = RD_base: wake the redistributor, SGIs 2 and 3 in Group 1 at priority 0x80, enabled; PMR, Group 1 on.
gic_cpu_init:
    ldr     w1, [x0, #0x14]
    and     w1, w1, #0xfffffffd
    str     w1, [x0, #0x14]
11: ldr     w1, [x0, #0x14]
    tbnz    w1, #2, 11b
    add     x0, x0, #0x10, lsl #12  // SGI_base
    mov     w1, #-1
    str     w1, [x0, #0x80]
    mov     w1, #0x80
    strb    w1, [x0, #0x402]
    strb    w1, [x0, #0x403]
    mov     w1, #0xc
    str     w1, [x0, #0x100]
    mov     x1, #0xf0
    msr     icc_pmr_el1, x1
    mov     x1, #1
    msr     icc_igrpen1_el1, x1
    isb
    ret

irq:
    stp     x0, x1, [sp, #-64]!
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x30, [sp, #48]
    mrs     x5, icc_iar1_el1
    mrs     x0, mpidr_el1
    and     x0, x0, #0xff
    adr     x1, m_cpu0
    cbz     x0, 12f
    adr     x1, m_cpu1
12: bl      puts
    mov     x0, x5
    bl      puthex
    adr     x6, got
    cmp     x5, #2
    b.eq    13f
    adr     x6, got3
13: mov     x0, #1
    str     x0, [x6]
    dsb     sy
    sev
    msr     icc_eoir1_el1, x5
    ldp     x6, x30, [sp, #48]
    ldp     x4, x5, [sp, #32]
    ldp     x2, x3, [sp, #16]
    ldp     x0, x1, [sp], #64
    eret

unexpected:
    adr     x1, m_unexpected
    bl      puts
    b       unexpected

puts:
    ldrb    w2, [x1], #1
    cbz     w2, 14f
    strb    w2, [x19]
    b       puts
14: ret

puthex:
    mov     w3, #28
15: lsr     w2, w0, w3
    and     w2, w2, #0xf
    cmp     w2, #10
    add     w4, w2, #'0'
    add     w2, w2, #('a' - 10)
    csel    w2, w4, w2, lo
    strb    w2, [x19]
    subs    w3, w3, #4
    b.pl    15b
    mov     w2, #'\n'
    strb    w2, [x19]
    ret

m_start:      .asciz "gicsmp guest\n"
m_ready:      .asciz "cpu0: cpu1 is ready\n"
m_got:        .asciz "cpu0: cpu1 took SGI 2\n"
m_cpu0:       .asciz "cpu0: took INTID "
m_cpu1:       .asciz "cpu1: took INTID "
m_unexpected: .asciz "unexpected exception\n"
m_off:        .asciz "SYSTEM_OFF\n"
    .balign 8
ready:  .quad 0
got:    .quad 0
go:     .quad 0
got3:   .quad 0
    .balign 16
    .space  2048
stack0_top:
    .space  2048
stack1_top:

    .balign 2048
vectors:                            // only 0x280 (IRQ, current EL with SP_ELx) is expected
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       irq
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
