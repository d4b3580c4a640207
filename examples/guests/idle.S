// An idle guest: five times, arms the virtual timer 100 ms ahead and waits in WFI with IRQs masked by
// PSTATE.I (WFI still wakes on the pending timer interrupt), then disables the timer. It should cost the
// host almost nothing while it waits. Then PSCI SYSTEM_OFF.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000        // PL011 UARTDR
    movz    x20, #0x0800, lsl #16   // GICD
    movz    x21, #0x080a, lsl #16   // GICR of CPU 0
    add     x22, x21, #0x10, lsl #12 // its SGI_base
    mov     w0, #0x12               // GICD_CTLR: ARE, EnableGrp1
    str     w0, [x20]
    str     wzr, [x21, #0x14]       // GICR_WAKER: awake
1:  ldr     w0, [x21, #0x14]
    tbnz    w0, #2, 1b
    mov     w0, #-1
    str     w0, [x22, #0x80]        // IGROUPR0: Group 1
    movz    w0, #0x0800, lsl #16
    str     w0, [x22, #0x100]       // ISENABLER0: PPI 27
    mov     x0, #0xf0
    msr     icc_pmr_el1, x0
    mov     x0, #1
    msr     icc_igrpen1_el1, x0
    isb
    mov     x23, #5
2:  mrs     x0, cntfrq_el0
    mov     x1, #10
    udiv    x0, x0, x1
    msr     cntv_tval_el0, x0       // 100 ms ahead
    mov     x0, #1
    msr     cntv_ctl_el0, x0
    isb
3:  wfi
    mrs     x0, isr_el1
    cbz     x0, 3b
    msr     cntv_ctl_el0, xzr
    isb
    subs    x23, x23, #1
    b.ne    2b
    adr     x1, m_done
4:  ldrb    w2, [x1], #1
    cbz     w2, 5f
    strb    w2, [x19]
    b       4b
5:  movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
6:  b       6b

m_done: .asciz "idle: five timer wake-ups\n"
