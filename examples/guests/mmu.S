// Stage-1 translation on the virt board, compared with qemu-system-aarch64: builds 4K-granule tables
// (identity 2 MiB blocks for RAM and the PL011, a level-3 table of test pages), turns the MMU on, then
// takes faults in its own vector table and prints ESR_EL1 and FAR_EL1 for each, and PAR_EL1 after AT.
// Only Armv8.0 features (QEMU's cortex-a57 runs it too). Powers off with PSCI SYSTEM_OFF over HVC.
// Flat binary at 0x40080000: ./a64 asm mmu.S --flat --base 0x40080000 -o mmu.bin
    .text
    .globl _start
_start:
    movz    x19, #0x900, lsl #16        // UART base
    movz    x0, #0x4008, lsl #16
    mov     sp, x0                  // stack below the image, in the identity-mapped block
    adr     x0, vectors
    msr     vbar_el1, x0

    // Tables at 0x40100000 (L0), +0x1000 (L1), +0x2000 (L2 low GiB), +0x3000 (L2 RAM), +0x4000 (L3).
    movz    x20, #0x4010, lsl #16
    mov     x0, x20
    mov     x1, #0x5000
1:  str     xzr, [x0], #8           // zero the five tables
    subs    x1, x1, #8
    b.ne    1b
    add     x0, x20, #1, lsl #12
    orr     x0, x0, #3
    str     x0, [x20]               // L0[0] -> L1
    add     x1, x20, #1, lsl #12
    add     x0, x20, #2, lsl #12
    orr     x0, x0, #3
    str     x0, [x1]                // L1[0] -> L2 low (0 .. 1 GiB)
    add     x0, x20, #3, lsl #12
    orr     x0, x0, #3
    str     x0, [x1, #8]            // L1[1] -> L2 RAM (1 .. 2 GiB); L1[2] stays invalid
    // L2 low[72]: 0x09000000 as a Device-nGnRnE block (AttrIndx 0), AF, EL1 read-write, XN
    add     x1, x20, #2, lsl #12
    movz    x0, #0x900, lsl #16
    movk    x0, #0x0060, lsl #48    // UXN, PXN
    orr     x0, x0, #0x400          // AF
    orr     x0, x0, #1              // block
    str     x0, [x1, #72 * 8]
    // L2 RAM[0]: 0x40000000 as a Normal block (AttrIndx 1), AF, inner shareable
    add     x1, x20, #3, lsl #12
    movz    x0, #0x4000, lsl #16
    mov     x2, #0x705              // AF | SH=11 | AttrIndx 1 | block
    orr     x0, x0, x2
    str     x0, [x1]
    add     x0, x20, #4, lsl #12
    orr     x0, x0, #3
    str     x0, [x1, #8]            // L2 RAM[1] -> L3 (0x40200000 .. 0x403fffff)
    // L3 test pages (VA 0x40200000 + n * 0x1000):
    add     x1, x20, #4, lsl #12
    mov     x2, #0x707              // AF | SH | AttrIndx 1 | page
    movz    x0, #0x4019, lsl #16
    orr     x0, x0, x2
    str     x0, [x1]                // [0] -> 0x40190000, read-write
                                    // [1] invalid
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x1000
    mov     x3, #0x307              // no AF
    orr     x0, x0, x3
    str     x0, [x1, #16]           // [2] access flag clear
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x2000
    orr     x0, x0, x2
    orr     x0, x0, #0x80           // AP = 10: EL1 read-only
    str     x0, [x1, #24]           // [3] read-only
    adr     x0, xn_code
    orr     x0, x0, x2
    movk    x0, #0x0020, lsl #48    // PXN
    str     x0, [x1, #32]           // [4] xn_code's page, privileged execute-never
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x3000
    orr     x0, x0, x2
    str     x0, [x1, #40]           // [5] -> 0x40193000, remapped below

    add     x1, x20, #0x123         // AT with the MMU off: the PA is the VA
    at      s1e1r, x1
    isb
    mrs     x0, par_el1
    bl      putval

    mov     x0, #0xff00             // MAIR: Attr0 Device-nGnRnE, Attr1 Normal write-back
    msr     mair_el1, x0
    // TCR: T0SZ = T1SZ = 16, 4K granules (TG0 = 0, TG1 = 2), IPS = 40 bits, inner shareable write-back walks
    mov     x0, #0x3510
    movk    x0, #0x8010, lsl #16
    movk    x0, #0x0002, lsl #32
    msr     tcr_el1, x0
    msr     ttbr0_el1, x20
    msr     ttbr1_el1, x20
    isb
    mrs     x0, sctlr_el1
    mov     x1, #0x1005             // M, C, I
    orr     x0, x0, x1
    msr     sctlr_el1, x0
    isb
    adr     x1, msg_on
    bl      puts

    // Data through a non-identity page, and the same page through TTBR1.
    movz    x21, #0x4020, lsl #16
    mov     x0, #0x1234
    str     x0, [x21, #8]
    movz    x1, #0x4019, lsl #16
    ldr     x0, [x1, #8]            // the PA, identity-mapped by the RAM block
    bl      putval
    mov     x1, #0xffff000000000000
    add     x1, x1, x21
    ldr     x0, [x1, #8]
    bl      putval

    // Faults: each prints ESR and FAR from the handler, which skips the instruction.
    add     x1, x21, #1, lsl #12
    ldr     x0, [x1]                // translation fault, level 3
    str     x0, [x1]                // the same as a write (WnR)
    add     x1, x21, #2, lsl #12
    ldr     x0, [x1, #0x10]         // access flag fault, level 3
    add     x1, x21, #3, lsl #12
    ldr     x0, [x1]                // reads fine
    str     x0, [x1]                // permission fault, level 3
    movz    x1, #0x8000, lsl #16
    ldr     x0, [x1]                // translation fault, level 1
    mov     x1, #0x0001000000000000
    ldr     x0, [x1]                // outside T0SZ: translation fault, level 0
    add     x1, x21, #4, lsl #12
    adr     x2, xn_code
    and     x2, x2, #0xfff
    add     x1, x1, x2
    blr     x1                      // instruction abort, permission fault (the handler returns to LR)

    // AT and PAR_EL1
    add     x1, x21, #0x08
    at      s1e1r, x1
    isb
    mrs     x0, par_el1
    bl      putval
    add     x1, x21, #3, lsl #12
    at      s1e1w, x1
    isb
    mrs     x0, par_el1
    bl      putval
    at      s1e0r, x21
    isb
    mrs     x0, par_el1
    bl      putval
    add     x1, x21, #1, lsl #12
    at      s1e1r, x1
    isb
    mrs     x0, par_el1
    bl      putval
    add     x1, x21, #2, lsl #12
    at      s1e1r, x1
    isb
    mrs     x0, par_el1
    bl      putval
    at      s1e1r, x19              // the PL011's Device-nGnRnE block
    isb
    mrs     x0, par_el1
    bl      putval

    // DC ZVA through a non-identity page zeroes the 64-byte block at the PA; to an unmapped page it faults (WnR).
    mov     x0, #-1
    str     x0, [x21, #0x48]
    add     x1, x21, #0x44
    dc      zva, x1
    ldr     x0, [x21, #0x48]
    bl      putval
    add     x1, x21, #1, lsl #12
    add     x1, x1, #0x44
    dc      zva, x1

    // Remap page [5] from 0x40193000 to 0x40194000; after TLBI VAE1IS the new page is used.
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x3000
    mov     x1, #0x11
    str     x1, [x0]
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x4000
    mov     x1, #0x22
    str     x1, [x0]
    add     x22, x21, #5, lsl #12
    ldr     x0, [x22]
    bl      putval
    add     x1, x20, #4, lsl #12
    movz    x0, #0x4019, lsl #16
    movk    x0, #0x4000
    mov     x2, #0x707
    orr     x0, x0, x2
    str     x0, [x1, #40]
    dsb     ishst
    lsr     x0, x22, #12
    tlbi    vae1is, x0
    dsb     ish
    isb
    ldr     x0, [x22]
    bl      putval

    adr     x1, msg_bye
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
2:  b       2b

// putval: x0 as 16 hex digits and a newline
putval:
    stp     x29, x30, [sp, #-16]!
    bl      puthex
    ldp     x29, x30, [sp], #16
    ret

// puts: the NUL-terminated string at x1 (clobbers x1, w2)
puts:
    ldrb    w2, [x1], #1
    cbz     w2, 3f
    strb    w2, [x19]
    b       puts
3:  ret

// puthex: x0 as 16 hex digits and a newline (clobbers x2, x3, x4)
puthex:
    mov     x3, #60
4:  lsr     x2, x0, x3
    and     x2, x2, #0xf
    cmp     x2, #10
    add     x4, x2, #'0'
    add     x2, x2, #('a' - 10)
    csel    x2, x4, x2, lo
    strb    w2, [x19]
    subs    x3, x3, #4
    b.pl    4b
    mov     w2, #'\n'
    strb    w2, [x19]
    ret

sync_handler:
    stp     x29, x30, [sp, #-16]!
    stp     x0, x1, [sp, #-16]!
    stp     x2, x3, [sp, #-16]!
    stp     x4, x5, [sp, #-16]!
    adr     x1, msg_esr
    bl      puts
    mrs     x0, esr_el1
    bl      puthex
    adr     x1, msg_far
    bl      puts
    mrs     x0, far_el1
    bl      puthex
    mrs     x0, esr_el1
    lsr     x0, x0, #26
    cmp     x0, #0x21
    b.eq    5f
    mrs     x0, elr_el1
    add     x0, x0, #4
    msr     elr_el1, x0
    b       6f
5:  ldr     x0, [sp, #56]           // instruction abort: back to the caller's LR
    msr     elr_el1, x0
6:  ldp     x4, x5, [sp], #16
    ldp     x2, x3, [sp], #16
    ldp     x0, x1, [sp], #16
    ldp     x29, x30, [sp], #16
    eret

other_vector:
    adr     x1, msg_other
    bl      puts
    b       other_vector

msg_on:
    .asciz  "MMU on\n"
msg_esr:
    .asciz  "ESR "
msg_far:
    .asciz  "FAR "
msg_other:
    .asciz  "unexpected exception\n"
msg_bye:
    .asciz  "powering off\n"

    .balign 4096
xn_code:
    ret

    .balign 2048
vectors:
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       sync_handler            // current EL with SP_ELx, synchronous
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
    b       other_vector
    .balign 128
