// GICv3 and the generic timer, bare metal on virt (gic-version=3): the distributor with affinity routing,
// the redistributor woken through GICR_WAKER, the CPU interface through ICC_* registers; three virtual
// timer interrupts (PPI 27) taken through the vector table while the guest sleeps in WFI, each acknowledged
// (ICC_IAR1_EL1) and ended (ICC_EOIR1_EL1); an SGI sent to itself (ICC_SGI1R_EL1); WFI waking with IRQs masked
// by PSTATE.I (ISR_EL1 and ICC_HPPIR1_EL1 show the pending interrupt); and PSCI SYSTEM_OFF. Nothing printed
// depends on timing, so qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints the same.
    .text
    .globl _start
_start:
    adr     x0, stack_top
    mov     sp, x0
    mov     x19, #0x09000000        // PL011 UARTDR
    movz    x20, #0x0800, lsl #16   // GICD
    movz    x21, #0x080a, lsl #16   // GICR of CPU 0 (RD_base)
    add     x22, x21, #0x10, lsl #12 // its SGI_base
    adr     x1, m_start
    bl      puts

    adr     x0, vectors
    msr     vbar_el1, x0
    isb

    mov     x0, #0xffe8             // GICD_PIDR2.ArchRev
    ldr     w0, [x20, x0]
    ubfx    w0, w0, #4, #4
    adr     x1, m_archrev
    bl      puts
    bl      puthex

    mov     w0, #0x12               // GICD_CTLR: ARE, EnableGrp1
    str     w0, [x20]

    ldr     w0, [x21, #0x14]        // GICR_WAKER: clear ProcessorSleep, wait for ChildrenAsleep to clear
    and     w0, w0, #0xfffffffd
    str     w0, [x21, #0x14]
1:  ldr     w0, [x21, #0x14]
    tbnz    w0, #2, 1b
    adr     x1, m_awake
    bl      puts

    ldr     x0, [x21, #8]           // GICR_TYPER: Last, affinity 0
    ubfx    x0, x0, #4, #1
    adr     x1, m_last
    bl      puts
    bl      puthex

    mov     w0, #-1                 // IGROUPR0: SGIs and PPIs in Group 1
    str     w0, [x22, #0x80]
    mov     w0, #0xa0               // priority of PPI 27 (virtual timer)
    strb    w0, [x22, #(0x400 + 27)]
    mov     w0, #0x80               // priority of SGI 1
    strb    w0, [x22, #(0x400 + 1)]
    movz    w0, #0x0800, lsl #16    // ISENABLER0: PPI 27 and SGI 1
    orr     w0, w0, #2
    str     w0, [x22, #0x100]

    mrs     x0, icc_sre_el1
    and     w0, w0, #1
    adr     x1, m_sre
    bl      puts
    bl      puthex
    mov     x0, #0xf0
    msr     icc_pmr_el1, x0
    msr     icc_bpr1_el1, xzr
    mov     x0, #1
    msr     icc_igrpen1_el1, x0
    isb

    mrs     x0, cntfrq_el0
    adr     x1, m_freq
    bl      puts
    bl      puthex

    // Three timer interrupts, 5 ms apart, taken while waiting in WFI.
    mov     x23, #0                 // ticks taken
    mov     x24, #0                 // SGIs taken
    bl      arm_timer
    // The condition is checked with IRQs masked and WFI still wakes on the pending interrupt, which is taken
    // once unmasked: an interrupt between the check and the WFI cannot be lost (it would be with IRQs open).
2:  msr     daifset, #2
    cmp     x23, #3
    b.hs    21f
    wfi
    msr     daifclr, #2
    isb
    b       2b
21: msr     daifclr, #2
    adr     x1, m_ticks
    bl      puts

    // An SGI to this CPU: target list bit 0, Aff3.Aff2.Aff1 = 0, INTID 1.
    movz    x0, #0x0100, lsl #16
    orr     x0, x0, #1
    msr     icc_sgi1r_el1, x0
    isb
3:  cbz     x24, 3b

    // WFI wakes on a pending interrupt even with PSTATE.I set; nothing is taken until it is cleared.
    msr     daifset, #2
    bl      arm_timer
4:  wfi
    mrs     x0, isr_el1
    cbz     x0, 4b
    adr     x1, m_isr
    bl      puts
    bl      puthex
    mrs     x0, icc_hppir1_el1
    adr     x1, m_hppir
    bl      puts
    bl      puthex
    mov     x25, x23
    msr     daifclr, #2
    isb
5:  cmp     x23, x25
    b.eq    5b
    adr     x1, m_unmasked
    bl      puts
    mrs     x0, isr_el1
    adr     x1, m_isr
    bl      puts
    bl      puthex

    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
6:  b       6b

// Arms the virtual timer 5 ms ahead (TVAL = CNTFRQ / 200) and enables it unmasked.
arm_timer:
    mrs     x0, cntfrq_el0
    mov     x1, #200
    udiv    x0, x0, x1
    msr     cntv_tval_el0, x0
    mov     x0, #1
    msr     cntv_ctl_el0, x0
    isb
    ret

// IRQ from EL1 with SP_EL1: acknowledge, count, end. x23 counts timer ticks, x24 SGIs; the rest is saved.
irq:
    stp     x0, x1, [sp, #-64]!
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    str     x30, [sp, #48]
    mrs     x5, icc_iar1_el1
    cmp     x5, #27
    b.eq    7f
    cmp     x5, #1
    b.ne    8f
    add     x24, x24, #1
    adr     x1, m_sgi
    bl      puts
    b       8f
7:  add     x23, x23, #1
    adr     x1, m_tick
    bl      puts
    mov     x0, x23
    bl      puthex
    msr     cntv_ctl_el0, xzr       // the timer's level interrupt stays asserted until it is disabled or re-armed
    cmp     x23, #3
    b.hs    8f
    bl      arm_timer
8:  msr     icc_eoir1_el1, x5
    ldr     x30, [sp, #48]
    ldp     x4, x5, [sp, #32]
    ldp     x2, x3, [sp, #16]
    ldp     x0, x1, [sp], #64
    eret

unexpected:
    adr     x1, m_unexpected
    bl      puts
    mrs     x0, esr_el1
    bl      puthex
    b       6b

puts:
    ldrb    w2, [x1], #1
    cbz     w2, 2f
    strb    w2, [x19]
    b       puts
2:  ret

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

m_start:      .asciz "gictimer guest\n"
m_archrev:    .asciz "GICD_PIDR2.ArchRev: "
m_awake:      .asciz "GICR_WAKER: awake\n"
m_last:       .asciz "GICR_TYPER.Last: "
m_sre:        .asciz "ICC_SRE_EL1.SRE: "
m_freq:       .asciz "CNTFRQ_EL0: "
m_tick:       .asciz "tick "
m_ticks:      .asciz "three ticks in WFI\n"
m_sgi:        .asciz "SGI 1\n"
m_isr:        .asciz "ISR_EL1: "
m_hppir:      .asciz "ICC_HPPIR1_EL1: "
m_unmasked:   .asciz "taken once unmasked\n"
m_unexpected: .asciz "unexpected exception, ESR_EL1: "
m_off:        .asciz "SYSTEM_OFF\n"

    .balign 16
stack:
    .space  4096
stack_top:

    .balign 2048
vectors:                            // 16 entries of 128 bytes (Arm ARM D1.10.2); only 0x280 is expected
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
    b       irq                     // 0x280: IRQ, current EL with SP_ELx
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
