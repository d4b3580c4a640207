// GICv3 priorities, running priority and EOImode, driven by SGIs to this CPU with IRQs masked and the CPU
// interface polled (ICC_IAR1_EL1 acknowledges without an exception): the higher priority is acknowledged first
// and blocks the lower one until its priority drop; with EOImode = 1 the drop (EOIR1) leaves the interrupt
// active until ICC_DIR_EL1, and an active interrupt is not signalled again; the priority mask hides priorities
// at or below it. Prints what qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000
    adr     x1, m_start
    bl      puts
    movz    x20, #0x0800, lsl #16   // GICD: ARE, EnableGrp1
    mov     w0, #0x12
    str     w0, [x20]
    movz    x21, #0x080a, lsl #16   // redistributor: awake
    str     wzr, [x21, #0x14]
1:  ldr     w0, [x21, #0x14]
    tbnz    w0, #2, 1b
    add     x22, x21, #0x10, lsl #12
    mov     w0, #-1
    str     w0, [x22, #0x80]        // IGROUPR0
    mov     w0, #0xa0
    strb    w0, [x22, #0x404]       // SGI 4: priority 0xa0
    mov     w0, #0x60
    strb    w0, [x22, #0x405]       // SGI 5: priority 0x60
    mov     w0, #0x30
    str     w0, [x22, #0x100]       // ISENABLER0: SGIs 4, 5
    mov     x0, #0xf0
    msr     icc_pmr_el1, x0
    msr     icc_bpr1_el1, xzr
    mov     x0, #1
    msr     icc_igrpen1_el1, x0
    isb

    mov     x0, #4                  // SGI 4 and SGI 5 pending
    bl      sgi
    mov     x0, #5
    bl      sgi
    adr     x1, m_hppir
    mrs     x0, icc_hppir1_el1
    bl      show
    adr     x1, m_iar
    mrs     x24, icc_iar1_el1
    mov     x0, x24
    bl      show
    adr     x1, m_rpr
    mrs     x0, icc_rpr_el1
    bl      show
    adr     x1, m_iar_blocked
    mrs     x0, icc_iar1_el1
    bl      show
    msr     icc_eoir1_el1, x24
    adr     x1, m_rpr
    mrs     x0, icc_rpr_el1
    bl      show
    adr     x1, m_iar
    mrs     x24, icc_iar1_el1
    mov     x0, x24
    bl      show
    msr     icc_eoir1_el1, x24

    mov     x0, #2                  // EOImode = 1: priority drop and deactivation split
    msr     icc_ctlr_el1, x0
    isb
    mov     x0, #4
    bl      sgi
    mrs     x24, icc_iar1_el1
    msr     icc_eoir1_el1, x24
    adr     x1, m_rpr
    mrs     x0, icc_rpr_el1
    bl      show
    adr     x1, m_active
    ldr     w0, [x22, #0x300]       // ISACTIVER0
    bl      show
    mov     x0, #4
    bl      sgi
    adr     x1, m_iar_active
    mrs     x0, icc_iar1_el1
    bl      show
    msr     icc_dir_el1, x24
    isb
    adr     x1, m_iar
    mrs     x24, icc_iar1_el1
    mov     x0, x24
    bl      show
    msr     icc_eoir1_el1, x24
    msr     icc_dir_el1, x24
    msr     icc_ctlr_el1, xzr

    mov     x0, #0x60               // PMR 0x60 hides priority 0x60
    msr     icc_pmr_el1, x0
    isb
    mov     x0, #5
    bl      sgi
    adr     x1, m_iar_pmr
    mrs     x0, icc_iar1_el1
    bl      show
    mov     x0, #0x70
    msr     icc_pmr_el1, x0
    isb
    adr     x1, m_iar
    mrs     x24, icc_iar1_el1
    mov     x0, x24
    bl      show
    msr     icc_eoir1_el1, x24
    adr     x1, m_ctlr
    mrs     x0, icc_ctlr_el1
    and     x0, x0, #0x700          // PRIbits
    bl      show

    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
2:  b       2b

// SGI x0 to this CPU (target list bit 0), then a context synchronization.
sgi:
    lsl     x0, x0, #24
    orr     x0, x0, #1
    msr     icc_sgi1r_el1, x0
    isb
    ret

// Prints the string at x1, then x0 in hex (x25 keeps the return address).
show:
    mov     x25, x30
    mov     x26, x0
    bl      puts
    mov     x0, x26
    bl      puthex
    ret     x25

puts:
    ldrb    w2, [x1], #1
    cbz     w2, 3f
    strb    w2, [x19]
    b       puts
3:  ret

puthex:
    mov     w3, #28
4:  lsr     w2, w0, w3
    and     w2, w2, #0xf
    cmp     w2, #10
    add     w4, w2, #'0'
    add     w2, w2, #('a' - 10)
    csel    w2, w4, w2, lo
    strb    w2, [x19]
    subs    w3, w3, #4
    b.pl    4b
    mov     w2, #'\n'
    strb    w2, [x19]
    ret

m_start:       .asciz "gicprio guest\n"
m_hppir:       .asciz "HPPIR1 with SGIs 4 (0xa0) and 5 (0x60) pending: "
m_iar:         .asciz "IAR1: "
m_rpr:         .asciz "RPR: "
m_iar_blocked: .asciz "IAR1 while 0x60 runs: "
m_active:      .asciz "ISACTIVER0 after EOIR1 with EOImode 1: "
m_iar_active:  .asciz "IAR1 of an active SGI made pending again: "
m_iar_pmr:     .asciz "IAR1 with PMR 0x60: "
m_ctlr:        .asciz "ICC_CTLR_EL1.PRIbits: "
m_off:         .asciz "SYSTEM_OFF\n"
