// The PL011's receive interrupt through the GICv3 as an SPI (virt: SPI 1 = INTID 33, routed by GICD_IROUTER33
// to CPU 0): the guest unmasks UARTIMSC.RXIM, waits in WFI, and its IRQ handler drains the receive FIFO,
// echoing each character, until three have arrived. Run with "abc" on the console's input; qemu-system-aarch64
// -M virt,gic-version=3 -cpu max prints the same.
    .text
    .globl _start
_start:
    adr     x0, stack_top
    mov     sp, x0
    mov     x19, #0x09000000        // PL011
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    adr     x1, m_start
    bl      puts

    movz    x20, #0x0800, lsl #16   // GICD
    mov     w0, #0x12               // ARE, EnableGrp1
    str     w0, [x20]
    mov     w0, #-1
    str     w0, [x20, #0x84]        // IGROUPR1: SPIs 32-63 in Group 1
    mov     w0, #0x80
    strb    w0, [x20, #0x421]       // IPRIORITYR: INTID 33
    mov     x0, #0x6108             // IROUTER33 = affinity 0.0.0.0
    str     xzr, [x20, x0]
    mov     w0, #2
    str     w0, [x20, #0x104]       // ISENABLER1: INTID 33

    movz    x21, #0x080a, lsl #16   // CPU 0's redistributor: awake
    str     wzr, [x21, #0x14]
1:  ldr     w0, [x21, #0x14]
    tbnz    w0, #2, 1b
    mov     x0, #0xf0
    msr     icc_pmr_el1, x0
    mov     x0, #1
    msr     icc_igrpen1_el1, x0
    isb

    mov     w0, #0x10               // UARTIMSC.RXIM
    str     w0, [x19, #0x38]
    mov     x23, #0                 // characters received
2:  msr     daifset, #2             // check with IRQs masked: WFI still wakes, the handler runs once unmasked
    cmp     x23, #3
    b.hs    21f
    wfi
    msr     daifclr, #2
    isb
    b       2b
21:
    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
3:  b       3b

irq:
    stp     x0, x1, [sp, #-48]!
    stp     x2, x3, [sp, #16]
    stp     x5, x30, [sp, #32]
    mrs     x5, icc_iar1_el1
    cmp     x5, #33
    b.ne    5f
4:  ldr     w0, [x19, #0x18]        // UARTFR.RXFE
    tbnz    w0, #4, 5f
    ldr     w2, [x19]               // UARTDR
    adr     x1, m_rx
    bl      puts
    and     w2, w2, #0xff
    strb    w2, [x19]
    mov     w2, #'\n'
    strb    w2, [x19]
    add     x23, x23, #1
    b       4b
5:  msr     icc_eoir1_el1, x5
    ldp     x5, x30, [sp, #32]
    ldp     x2, x3, [sp, #16]
    ldp     x0, x1, [sp], #48
    eret

unexpected:
    adr     x1, m_unexpected
    bl      puts
    b       3b

// Prints the string at x1 (clobbers x1, w3).
puts:
    ldrb    w3, [x1], #1
    cbz     w3, 6f
    strb    w3, [x19]
    b       puts
6:  ret

m_start:      .asciz "uartirq guest\n"
m_rx:         .asciz "rx: "
m_unexpected: .asciz "unexpected exception\n"
m_off:        .asciz "SYSTEM_OFF\n"
    .balign 16
    .space  2048
stack_top:

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
