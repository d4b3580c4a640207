// Clears the whole 1024x768 a8r8g8b8 framebuffer (3 MiB of MMIO) the way an optimised memset clears a
// frame: eight STP of Q registers, post-indexed, per loop iteration (ISV=0 data aborts, seed 000's
// case), then prints the first pixel and powers off. Run it with and without the emulation burst:
//   ../../a64 run --board virt --kernel out/fbclear.bin --stats
//   A64_JAVA_OPTS=-Da64.mmio.burst=64 ../../a64 run --board virt --kernel out/fbclear.bin --stats
    .text
    .globl _start
_start:
    mov     x4, #(3 << 20)              // CPACR_EL1.FPEN: SIMD&FP instructions do not trap
    msr     cpacr_el1, x4
    isb
    movz    w4, #0x3040                 // the clear colour in every 32-bit lane of V0 and V1
    movk    w4, #0xff20, lsl #16
    dup     v0.4s, w4
    mov     v1.16b, v0.16b
    movz    x0, #0x1000, lsl #16        // framebuffer
    movz    x1, #0x0030, lsl #16        // 1024 * 768 * 4 bytes
    add     x2, x0, x1
1:  stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    stp     q0, q1, [x0], #32
    cmp     x0, x2
    b.lo    1b

    movz    x0, #0x1000, lsl #16
    ldr     w20, [x0]                   // pixel (0,0), ISV=1
    mov     x19, #0x09000000
    mov     x21, #8
2:  ror     w20, w20, #28               // print 8 hex digits, most significant first
    and     w3, w20, #0xf
    cmp     w3, #10
    add     w5, w3, #'0'
    add     w6, w3, #('a' - 10)
    csel    w3, w5, w6, lo
    strb    w3, [x19]
    subs    x21, x21, #1
    b.ne    2b
    mov     w3, #'\n'
    strb    w3, [x19]

    movz    x0, #0x8400, lsl #16
    movk    x0, #8                      // PSCI SYSTEM_OFF
    hvc     #0
3:  b       3b

    .align  4
