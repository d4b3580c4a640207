// Harness for the EL1 random-code fuzz (RandomCodeFuzzTest): the test patches the MMU flag and the
// register values below, appends random words at `chunk` followed by a PSCI SYSTEM_OFF, and boots the
// image on a fresh machine. Every synchronous exception resumes at the next instruction, so the random
// code runs on past UNDEFINED encodings and faults; control flow that escapes (instruction abort, PC
// alignment) ends the chunk through SYSTEM_RESET (the test counts those apart from chunks that ran to their
// SYSTEM_OFF) instead of walking the rest of RAM.
    .text
    .globl _start
_start:
    b       start
mmu_on:
    .word   0
initial_registers:                          // x0..x30, patched by the test
    .quad   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    .quad   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0

start:
    adr     x0, vectors
    msr     vbar_el1, x0
    ldr     w0, mmu_on
    cbz     w0, registers
    // Identity map with 1 GiB level-1 blocks (4K granule, T0SZ = 25): device memory below RAM, normal RAM.
    adr     x1, tables
    movz    x2, #0x0401                     // block, AttrIndx 0 (Device-nGnRnE), AF
    str     x2, [x1]
    movz    x2, #0x0705                     // block, AttrIndx 1 (Normal WB), inner shareable, AF
    movk    x2, #0x4000, lsl #16
    str     x2, [x1, #8]
    movz    x2, #0xff00                     // MAIR: attr0 Device-nGnRnE, attr1 Normal WB
    msr     mair_el1, x2
    movz    x2, #0x3519                     // T0SZ 25, IRGN0/ORGN0 WB, SH0 inner, TG0 4K
    movk    x2, #0x0080, lsl #16            // EPD1: no TTBR1 walks
    movk    x2, #0x0002, lsl #32            // IPS 40 bits
    msr     tcr_el1, x2
    msr     ttbr0_el1, x1
    dsb     sy
    isb
    mrs     x2, sctlr_el1
    orr     x2, x2, #1                      // M
    orr     x2, x2, #(1 << 2)               // C
    orr     x2, x2, #(1 << 12)              // I
    msr     sctlr_el1, x2
    isb
registers:
    movz    x0, #0x4000, lsl #16            // SP near the top of the first 64 MiB of RAM
    movk    x0, #0x03f0, lsl #16
    mov     sp, x0
    adr     x30, initial_registers
    ldp     x0, x1, [x30, #0]
    ldp     x2, x3, [x30, #16]
    ldp     x4, x5, [x30, #32]
    ldp     x6, x7, [x30, #48]
    ldp     x8, x9, [x30, #64]
    ldp     x10, x11, [x30, #80]
    ldp     x12, x13, [x30, #96]
    ldp     x14, x15, [x30, #112]
    ldp     x16, x17, [x30, #128]
    ldp     x18, x19, [x30, #144]
    ldp     x20, x21, [x30, #160]
    ldp     x22, x23, [x30, #176]
    ldp     x24, x25, [x30, #192]
    ldp     x26, x27, [x30, #208]
    ldp     x28, x29, [x30, #224]
    ldr     x30, [x30, #240]
    b       chunk

exception:
    mrs     x30, esr_el1
    ubfx    x30, x30, #26, #6
    cmp     x30, #0x20                      // instruction abort, lower EL
    b.eq    escaped
    cmp     x30, #0x21                      // instruction abort, same EL
    b.eq    escaped
    cmp     x30, #0x22                      // PC alignment
    b.eq    escaped
    mrs     x30, elr_el1
    add     x30, x30, #4
    msr     elr_el1, x30
    eret
escaped:
    movz    w0, #0x0009                     // PSCI SYSTEM_RESET
    movk    w0, #0x8400, lsl #16
    hvc     #0
    b       .

    .balign 2048
vectors:
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 128
    b       exception
    .balign 4096
tables:
    .quad   0, 0, 0, 0
    .balign 4096
chunk:
