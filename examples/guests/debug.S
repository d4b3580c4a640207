// Self-hosted debug (Arm ARM D2): the breakpoint and watchpoint pairs ID_AA64DFR0_EL1 advertises (a pair beyond them
// is UNDEFINED), the OS lock, MDSCR_EL1.MDE/KDE and PSTATE.D enabling, hardware breakpoints at EL1 and EL0,
// linked breakpoints and watchpoints (a linked context ID match on a context-aware breakpoint against CONTEXTIDR_EL1),
// watchpoints on loads and stores (BAS byte selects, a word-aligned DBGWVR, MASK, pairs, SIMD&FP, exclusives,
// atomics), and software step at EL0 (over a branch and an SVC, which completes the step so that the return from it
// is active-pending) and at EL1 (KDE, over instructions the VMM completes). Every exception prints ESR_EL1, SPSR_EL1, ELR_EL1 (as an offset from _start)
// and FAR_EL1, which each test zeroes first (0xfa40 before the first breakpoint and the steps: a breakpoint writes
// FAR_EL1, a step leaves it, in QEMU and here; the Arm ARM has FAR_EL1 UNKNOWN for both).
// Runs with the MMU off, so every access is aligned (Device memory). Prints what
// qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints.
    .arch   armv8.1-a
    .text
    .globl _start
_start:
    mov     x19, #0x09000000
    adr     x0, stack_top
    mov     sp, x0
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    mov     x23, #0                 // exceptions taken so far (a runaway guest stops)
    mov     x0, #0x300000           // CPACR_EL1.FPEN: SIMD&FP at EL1 and EL0
    msr     cpacr_el1, x0
    isb
    adr     x1, m_start
    bl      puts

    mrs     x20, id_aa64dfr0_el1
    adr     x1, m_brps
    ubfx    x0, x20, #12, #4
    bl      show
    adr     x1, m_wrps
    ubfx    x0, x20, #20, #4
    bl      show
    adr     x1, m_ctx
    ubfx    x0, x20, #28, #4
    bl      show
    adr     x1, m_oslsr
    mrs     x0, oslsr_el1
    bl      show

    // Pairs beyond those advertised are UNDEFINED: DBGBCR6_EL1 and DBGWVR4_EL1.
    adr     x28, act_skip
    adr     x1, m_bcr6
    bl      puts
    msr     far_el1, xzr
    msr     dbgbcr6_el1, xzr
    adr     x1, m_wvr4
    bl      puts
    msr     far_el1, xzr
    mrs     x0, dbgwvr4_el1
    adr     x1, m_bvr5
    mrs     x0, dbgbvr5_el1
    bl      show

    // A breakpoint at EL1 while the OS lock (set at reset) is still locked: not taken.
    adr     x28, act_bp_off
    mov     x0, #0xa000             // MDSCR_EL1: MDE, KDE
    msr     mdscr_el1, x0
    adr     x0, bp_lock
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7              // E, PMC = EL0 and EL1, BAS = 0b1111
    msr     dbgbcr0_el1, x0
    msr     daifclr, #8
    isb
    adr     x1, m_locked
    bl      puts
bp_lock:
    nop
    adr     x1, m_no
    bl      puts
    msr     oslar_el1, xzr          // unlock
    isb
    adr     x1, m_oslsr
    mrs     x0, oslsr_el1
    bl      show

    // The same breakpoint unlocked: EC 0x31, ELR = the instruction, taken before it executes.
    adr     x0, bp_el1
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_bp_el1
    bl      puts
    mov     x0, #0xfa40             // a breakpoint writes FAR_EL1 (0 in QEMU; UNKNOWN in the Arm ARM)
    msr     far_el1, x0
    mov     x21, #0
bp_el1:
    add     x21, x21, #1
    adr     x1, m_count
    mov     x0, x21
    bl      show

    // KDE = 0: breakpoints at EL1 (the EL debug exceptions target) are disabled.
    mov     x0, #0x8000             // MDE only
    msr     mdscr_el1, x0
    adr     x0, bp_kde
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_kde
    bl      puts
bp_kde:
    nop
    adr     x1, m_no
    bl      puts

    // KDE = 1 but PSTATE.D = 1: masked.
    mov     x0, #0xa000
    msr     mdscr_el1, x0
    adr     x0, bp_d
    msr     dbgbvr0_el1, x0
    msr     daifset, #8
    isb
    adr     x1, m_dmask
    bl      puts
bp_d:
    nop
    adr     x1, m_no
    bl      puts
    msr     daifclr, #8
    isb

    // PMC = 0b10 matches EL0 only.
    adr     x0, bp_pmc
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e5
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_pmc
    bl      puts
bp_pmc:
    nop
    adr     x1, m_no
    bl      puts

    // MDE = 0: no breakpoint even with KDE.
    mov     x0, #0x2000
    msr     mdscr_el1, x0
    adr     x0, bp_mde
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_mde
    bl      puts
bp_mde:
    nop
    adr     x1, m_no
    bl      puts

    // Linked breakpoints and watchpoints: the address must match and so must the context-aware breakpoint LBN names
    // (4 and 5: ID_AA64DFR0_EL1.CTX_CMPs = 1), a linked context ID match (BT = 0b0011) of DBGBVR4_EL1 against
    // CONTEXTIDR_EL1. A link to breakpoint 1, which is not context-aware, never matches (QEMU's choice of the
    // CONSTRAINED UNPREDICTABLE behaviours, and ours).
    mov     x0, #0xa000
    msr     mdscr_el1, x0
    mov     x0, #0x1234
    msr     dbgbvr4_el1, x0
    msr     dbgbvr1_el1, x0
    msr     contextidr_el1, x0
    mov     x0, #0x1e7
    movk    x0, #0x30, lsl #16      // BT = 0b0011
    msr     dbgbcr4_el1, x0
    msr     dbgbcr1_el1, x0
    adr     x0, bp_linked
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    movk    x0, #0x14, lsl #16      // BT = 0b0001, LBN = 4
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_linked
    bl      puts
    mov     x0, #0xfa40
    msr     far_el1, x0
bp_linked:
    nop
    mov     x0, #0x99               // another context
    msr     contextidr_el1, x0
    adr     x0, bp_linked_other
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    movk    x0, #0x14, lsl #16
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_linked_other
    bl      puts
bp_linked_other:
    nop
    adr     x1, m_no
    bl      puts
    mov     x0, #0x1234
    msr     contextidr_el1, x0
    adr     x0, bp_linked_bp1
    msr     dbgbvr0_el1, x0
    mov     x0, #0x1e7
    movk    x0, #0x11, lsl #16      // LBN = 1
    msr     dbgbcr0_el1, x0
    isb
    adr     x1, m_linked_bp1
    bl      puts
bp_linked_bp1:
    nop
    adr     x1, m_no
    bl      puts
    msr     dbgbcr0_el1, xzr
    msr     dbgbcr1_el1, xzr
    // A linked store watchpoint (WT = 1, LBN = 4): taken in context 0x1234, not in context 0x99.
    adr     x28, act_wp_off
    adr     x20, wdata
    msr     dbgwvr0_el1, x20
    mov     x0, #0x1f7              // PAC = EL0 and EL1, LSC = store, BAS = bytes 0-3
    movk    x0, #0x14, lsl #16      // WT = 1, LBN = 4
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_linked
    bl      puts
    str     w1, [x20]
    mov     x1, #0x99
    msr     contextidr_el1, x1
    mov     x0, #0x1f7
    movk    x0, #0x14, lsl #16
    msr     dbgwcr0_el1, x0
    isb
    str     w1, [x20]
    adr     x1, m_no
    bl      puts
    msr     dbgwcr0_el1, xzr
    msr     dbgbcr4_el1, xzr
    msr     contextidr_el1, xzr
    adr     x28, act_bp_off

    // A breakpoint at EL0 (PMC = 0b10, KDE = 0: debug exceptions from EL0 go to EL1 whatever KDE and D say),
    // in the second breakpoint pair.
    msr     dbgbcr0_el1, xzr
    mov     x0, #0x8000
    msr     mdscr_el1, x0
    adr     x0, user_bp
    msr     dbgbvr1_el1, x0
    mov     x0, #0x1e5
    msr     dbgbcr1_el1, x0
    adr     x28, act_bp1_off
    adr     x1, m_bp_el0
    bl      puts
    adr     x0, user_bp
    adr     x24, 1f
    bl      to_el0
1:  msr     dbgbcr1_el1, xzr

    // Watchpoints at EL1 (MDE, KDE, PSTATE.D = 0), pair 0 unless said.
    mov     x0, #0xa000
    msr     mdscr_el1, x0
    msr     daifclr, #8
    adr     x28, act_wp_off
    adr     x20, wdata
    adr     x22, wregion
    msr     dbgwvr0_el1, x20
    mov     x0, #0x1f7              // E, PAC = EL0 and EL1, LSC = store, BAS = bytes 0-3
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_store
    bl      puts
    msr     far_el1, xzr
    str     w1, [x20]
    adr     x1, m_wp_load_of_store
    bl      puts
    ldr     w1, [x20]
    str     w1, [x20, #4]           // bytes 4-7 are not selected
    adr     x1, m_no
    bl      puts

    mov     x0, #0x40f              // LSC = load, BAS = byte 5
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_bas
    bl      puts
    ldrb    w1, [x20, #4]           // byte 4: no
    ldr     w1, [x20]               // bytes 0-3: no
    str     x1, [x20]               // a store: no
    msr     far_el1, xzr
    ldrh    w1, [x20, #4]           // bytes 4-5: FAR = the watched byte
    mov     x0, #0x40f
    msr     dbgwcr0_el1, x0
    isb
    msr     far_el1, xzr
    ldp     x1, x2, [x20, #-8]      // the second doubleword holds byte 5
    mov     x0, #0x40f
    msr     dbgwcr0_el1, x0
    isb
    msr     far_el1, xzr
    ldr     q0, [x20]               // SIMD&FP
    adr     x1, m_no_more
    bl      puts

    add     x0, x20, #4             // a word-aligned DBGWVR: BAS[3:0] select bytes of that word
    msr     dbgwvr1_el1, x0
    mov     x0, #0x5f               // E, PAC, LSC = load and store, BAS = byte 1 of the word (wdata + 5)
    msr     dbgwcr1_el1, x0
    msr     dbgwcr0_el1, xzr
    adr     x28, act_wp1_off
    isb
    adr     x1, m_wp_word
    bl      puts
    strb    w1, [x20, #4]           // no
    strb    w1, [x20, #6]           // no
    msr     far_el1, xzr
    strb    w1, [x20, #5]
    adr     x28, act_wp_off

    msr     dbgwvr0_el1, x22        // MASK = 6: the 64-byte block at wregion, BAS all ones
    mov     x0, #0x1fff
    movk    x0, #0x0600, lsl #16
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_mask
    bl      puts
    ldr     x1, [x22, #64]          // the next block: no
    ldur    x1, [x22, #-8]          // the previous one: no
    msr     far_el1, xzr
    ldr     x1, [x22, #40]
    mov     x0, #0x1fff
    movk    x0, #0x0600, lsl #16
    msr     dbgwcr0_el1, x0
    isb
    msr     far_el1, xzr
    stp     x1, x2, [x22, #-8]      // the second store is in the block

    msr     dbgwvr0_el1, x20
    mov     x0, #0x1f7              // store watchpoint on wdata again: exclusives and atomics
    orr     x0, x0, #0x1e00         // BAS = all eight bytes
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_excl
    bl      puts
    ldxr    x1, [x20]               // a load: no
    msr     far_el1, xzr
    stxr    w3, x1, [x20]
    mov     x0, #0x1f7
    orr     x0, x0, #0x1e00
    msr     dbgwcr0_el1, x0
    isb
    msr     far_el1, xzr
    ldadd   x1, x2, [x20]           // FEAT_LSE: reads and writes, WnR = 1 for a store watchpoint
    mov     x0, #0x1f7
    orr     x0, x0, #0x1e00
    msr     dbgwcr0_el1, x0
    isb
    msr     far_el1, xzr
    stur    q0, [x20, #-8]          // the upper half is in the watched doubleword

    mov     x0, #0x8000             // KDE = 0: watchpoints at EL1 disabled
    msr     mdscr_el1, x0
    mov     x0, #0x1ff
    msr     dbgwcr0_el1, x0
    isb
    adr     x1, m_wp_kde
    bl      puts
    str     x1, [x20]
    adr     x1, m_no
    bl      puts

    // A watchpoint at EL0 (PAC = 0b10) on a store of the user code.
    adr     x0, wdata
    msr     dbgwvr0_el1, x0
    mov     x0, #0x1f5              // PAC = EL0, LSC = store, BAS = bytes 0-3
    msr     dbgwcr0_el1, x0
    adr     x1, m_wp_el0
    bl      puts
    str     w1, [x20]               // EL1: no
    adr     x0, user_wp
    adr     x24, 1f
    bl      to_el0
1:  msr     dbgwcr0_el1, xzr

    // Software step at EL0: each instruction, a taken branch, an SVC (the step completes with the exception,
    // so SPSR_EL1.SS = 0 and the return is active-pending: a step exception before the next instruction runs).
    adr     x28, act_step
    mov     x0, #1                  // MDSCR_EL1.SS, KDE = 0, MDE = 0
    msr     mdscr_el1, x0
    adr     x1, m_step_el0
    bl      puts
    adr     x0, user_step
    adr     x24, 1f
    bl      to_el0_stepped
1:
    // Software step at EL1 (KDE = 1, PSTATE.D = 0): six steps, then the handler turns MDSCR_EL1.SS off. Two of the
    // stepped instructions are completed by the VMM when they exit: the UART store (MMIO), and with --trap-all the MRS.
    mov     x27, #6
    mov     x0, #0x2001
    msr     mdscr_el1, x0
    adr     x1, m_step_el1
    bl      puts
    mov     x0, #0xfa40
    msr     far_el1, x0
    adr     x0, el1_step
    msr     elr_el1, x0
    mov     x0, #0x1c5              // EL1h, A, I, F masked, D clear
    orr     x0, x0, #0x200000       // SS: active-not-pending
    msr     spsr_el1, x0
    isb
    eret
el1_step:
    mov     x21, #10
    mrs     x22, mdscr_el1
    mov     w0, #'.'
    strb    w0, [x19]
    sub     x21, x21, #1
    sub     x21, x21, #1
    sub     x21, x21, #1
    sub     x21, x21, #1
    adr     x1, m_count
    mov     x0, x21
    bl      show

    msr     mdscr_el1, xzr
    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
2:  b       2b

// ---- EL0 code: each part ends with SVC #1, which returns to x24 at EL1 ----
user_bp:
    nop
    svc     #1
user_wp:
    str     w1, [x20]
    svc     #1
user_step:
    mov     x0, #1
    add     x0, x0, #2
    b       3f
    nop
3:  cbz     x0, 4f
    svc     #0x42
    mov     x1, x0
4:  svc     #1

// Enters EL0 at x0 with DAIF masked (x24: where SVC #1 returns to at EL1).
to_el0:
    msr     elr_el1, x0
    mov     x0, #0x3c0
    msr     spsr_el1, x0
    msr     far_el1, xzr
    isb
    eret

// The same with SPSR_EL1.SS = 1: the first instruction is stepped.
to_el0_stepped:
    msr     elr_el1, x0
    mov     x0, #0x3c0
    orr     x0, x0, #0x200000
    msr     spsr_el1, x0
    mov     x0, #0xfa40             // a software step leaves FAR_EL1 alone (QEMU; UNKNOWN in the Arm ARM)
    msr     far_el1, x0
    isb
    eret

// ---- exception handlers: print the syndrome, then the test's action (x28) ----
sync_handler:
    sub     sp, sp, #96
    stp     x0, x1, [sp]
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x25, x26, [sp, #48]
    stp     x29, x30, [sp, #64]
    add     x23, x23, #1
    cmp     x23, #64
    b.hi    runaway
    adr     x1, m_esr
    mrs     x0, esr_el1
    bl      hex32
    adr     x1, m_spsr
    mrs     x0, spsr_el1
    bl      hex32
    adr     x1, m_elr
    mrs     x0, elr_el1
    adr     x2, _start
    sub     x0, x0, x2
    bl      hex32
    adr     x1, m_far
    mrs     x0, far_el1
    bl      hex64
    mov     w2, #'\n'
    strb    w2, [x19]
    msr     far_el1, xzr
    mrs     x0, esr_el1             // SVC #1: back to EL1 at x24
    movz    w1, #0x5600, lsl #16
    orr     w1, w1, #1
    cmp     w0, w1
    b.ne    1f
    msr     elr_el1, x24
    mov     x0, #0x3c5
    msr     spsr_el1, x0
    msr     mdscr_el1, xzr
    b       2f
1:  blr     x28
2:  ldp     x0, x1, [sp]
    ldp     x2, x3, [sp, #16]
    ldp     x4, x5, [sp, #32]
    ldp     x25, x26, [sp, #48]
    ldp     x29, x30, [sp, #64]
    add     sp, sp, #96
    isb
    eret

act_skip:
    mrs     x0, elr_el1
    add     x0, x0, #4
    msr     elr_el1, x0
    ret

act_bp_off:
    msr     dbgbcr0_el1, xzr
    ret

act_bp1_off:
    msr     dbgbcr1_el1, xzr
    ret

act_wp_off:
    msr     dbgwcr0_el1, xzr
    ret

act_wp1_off:
    msr     dbgwcr1_el1, xzr
    ret

// A step exception re-arms the step (SPSR_EL1.SS = 1); at EL1 after x27 steps the step ends (MDSCR_EL1.SS = 0).
act_step:
    mrs     x0, esr_el1
    lsr     x0, x0, #26
    cmp     x0, #0x33
    b.ne    1f
    subs    x27, x27, #1
    b.ne    1f
    msr     mdscr_el1, xzr
    ret
1:  cmp     x0, #0x32
    b.eq    2f
    cmp     x0, #0x33
    b.ne    3f
2:  mrs     x0, spsr_el1
    orr     x0, x0, #0x200000
    msr     spsr_el1, x0
3:  ret

runaway:
    adr     x1, m_runaway
    bl      puts
    movz    w0, #0x0008
    movk    w0, #0x8400, lsl #16
    hvc     #0
    b       runaway

unexpected:
    adr     x1, m_unexpected
    bl      puts
    movz    w0, #0x0008
    movk    w0, #0x8400, lsl #16
    hvc     #0
    b       unexpected

// Prints the string at x1, then x0 in hex (x25 keeps the return address).
show:
    mov     x25, x30
    bl      hex32
    mov     w2, #'\n'
    strb    w2, [x19]
    ret     x25

puts:
    ldrb    w2, [x1], #1
    cbz     w2, 3f
    strb    w2, [x19]
    b       puts
3:  ret

// The string at x1, then the low 32 (hex32) or all 64 bits (hex64) of x0.
hex32:
    mov     w3, #28
    b       hex
hex64:
    mov     w3, #60
hex:
    ldrb    w2, [x1], #1
    cbz     w2, 4f
    strb    w2, [x19]
    b       hex
4:  lsr     x2, x0, x3
    and     x2, x2, #0xf
    cmp     x2, #10
    add     x4, x2, #'0'
    add     x2, x2, #('a' - 10)
    csel    x2, x4, x2, lo
    strb    w2, [x19]
    subs    w3, w3, #4
    b.pl    4b
    ret

m_start:       .asciz "debug guest\n"
m_brps:        .asciz "ID_AA64DFR0_EL1.BRPs: "
m_wrps:        .asciz "ID_AA64DFR0_EL1.WRPs: "
m_ctx:         .asciz "ID_AA64DFR0_EL1.CTX_CMPs: "
m_oslsr:       .asciz "OSLSR_EL1: "
m_bcr6:        .asciz "MSR DBGBCR6_EL1:\n"
m_wvr4:        .asciz "MRS DBGWVR4_EL1:\n"
m_bvr5:        .asciz "DBGBVR5_EL1: "
m_locked:      .asciz "breakpoint at EL1 with the OS lock set:\n"
m_no:          .asciz "  not taken\n"
m_no_more:     .asciz "  no more\n"
m_bp_el1:      .asciz "breakpoint at EL1:\n"
m_count:       .asciz "  x21: "
m_kde:         .asciz "breakpoint at EL1 with KDE = 0:\n"
m_dmask:       .asciz "breakpoint at EL1 with PSTATE.D = 1:\n"
m_pmc:         .asciz "breakpoint for EL0 only (PMC = 0b10) at EL1:\n"
m_mde:         .asciz "breakpoint at EL1 with MDE = 0:\n"
m_bp_el0:      .asciz "breakpoint at EL0:\n"
m_linked:      .asciz "linked breakpoint (BT = 0b0001, LBN = 4) in the linked context:\n"
m_linked_other: .asciz "the same in another context:\n"
m_linked_bp1:  .asciz "linked to breakpoint 1, not context-aware:\n"
m_wp_linked:   .asciz "linked store watchpoint (WT = 1, LBN = 4), in the context then in another:\n"
m_wp_store:    .asciz "store watchpoint, bytes 0-3:\n"
m_wp_load_of_store: .asciz "  a load and a store to bytes 4-7:\n"
m_wp_bas:      .asciz "load watchpoint on byte 5 (LDRB 4, LDR 0, STR, then LDRH 4, LDP, LDR Q):\n"
m_wp_word:     .asciz "word-aligned DBGWVR1, byte 1 of that word (STRB 4, 6, then 5):\n"
m_wp_mask:     .asciz "MASK = 6, 64-byte block (LDR +64, -8, then +40, STP -8):\n"
m_wp_excl:     .asciz "store watchpoint: LDXR, then STXR, LDADD, STR Q over it:\n"
m_wp_kde:      .asciz "watchpoint at EL1 with KDE = 0:\n"
m_wp_el0:      .asciz "store watchpoint for EL0 only (PAC = 0b10), a store at EL1 then at EL0:\n"
m_step_el0:    .asciz "software step at EL0:\n"
m_step_el1:    .asciz "software step at EL1 (KDE = 1), six steps:\n"
m_esr:         .asciz "  ESR "
m_spsr:        .asciz " SPSR "
m_elr:         .asciz " ELR +"
m_far:         .asciz " FAR "
m_runaway:     .asciz "too many exceptions\n"
m_unexpected:  .asciz "unexpected exception\n"
m_off:         .asciz "SYSTEM_OFF\n"

    .balign 64
    .space  64
wdata:
    .space  64
wregion:
    .space  64
    .space  64

    .balign 2048
vectors:
    b       sync_handler            // current EL with SP_EL0
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       sync_handler            // current EL with SP_ELx
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       sync_handler            // lower EL, AArch64
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    b       unexpected
    .balign 0x80
    .space  4096
stack_top:
