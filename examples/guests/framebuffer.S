// Clears the 1024x768 a8r8g8b8 framebuffer at 0x10000000 with STP of X registers, post-indexed, then
// fills a 64x64 white square at (64, 64) with STP of Q registers, post-indexed: both are ISV=0 data
// aborts (pair and SIMD&FP stores with writeback), emulated by the VMM. Reads one pixel pair back with
// LDP and prints it on the UART. Virt-board only (QEMU's virt has no framebuffer there).
    .text
    .globl _start
_start:
    mov     x19, #(3 << 20)             // CPACR_EL1.FPEN: SIMD&FP instructions do not trap
    msr     cpacr_el1, x19
    isb
    mov     x19, #0x09000000
    movz    x0, #0x1000, lsl #16        // framebuffer
    movz    x1, #0x0030, lsl #16        // 1024 * 768 * 4 bytes
    add     x2, x0, x1
    movz    x3, #0x2040
    movk    x3, #0xff10, lsl #16        // 0xff102040 (a8r8g8b8)
    orr     x3, x3, x3, lsl #32
1:  stp     x3, x3, [x0], #16
    cmp     x0, x2
    b.lo    1b

    movi    v0.2d, #0xffffffffffffffff  // 32 bytes of 0xff in V0 and V1
    movi    v1.2d, #0xffffffffffffffff
    movz    x5, #0x1004, lsl #16        // row 64: 0x10000000 + 64 * 4096
    add     x5, x5, #256                // column 64
    mov     x6, #64                     // rows
2:  mov     x7, x5
    mov     x8, #8                      // 8 x 32 bytes = 64 pixels
3:  stp     q0, q1, [x7], #32
    subs    x8, x8, #1
    b.ne    3b
    add     x5, x5, #1, lsl #12     // next row (4096 bytes)
    subs    x6, x6, #1
    b.ne    2b

    movz    x0, #0x1000, lsl #16
    ldp     w20, w21, [x0]              // pixel (0,0) and (1,0)
    movz    x0, #0x1004, lsl #16
    add     x0, x0, #256
    ldp     w22, w23, [x0, #-8]         // pixels (62,64), (63,64)
    ldr     w24, [x0]                   // pixel (64,64)
    adr     x1, m_px
    bl      puts
    mov     w0, w20
    bl      puthex
    mov     w0, w21
    bl      puthex
    mov     w0, w22
    bl      puthex
    mov     w0, w23
    bl      puthex
    mov     w0, w24
    bl      puthex
    movz    w0, #0x0008
    movk    w0, #0x8400, lsl #16
    hvc     #0
4:  b       4b

puts:
    ldrb    w2, [x1], #1
    cbz     w2, 5f
    strb    w2, [x19]
    b       puts
5:  ret

puthex:
    mov     w3, #28
6:  lsr     w2, w0, w3
    and     w2, w2, #0xf
    cmp     w2, #10
    add     w4, w2, #'0'
    add     w2, w2, #('a' - 10)
    csel    w2, w4, w2, lo
    strb    w2, [x19]
    subs    w3, w3, #4
    b.pl    6b
    mov     w2, #'\n'
    strb    w2, [x19]
    ret

m_px:   .asciz "pixels:\n"
    .balign 16
