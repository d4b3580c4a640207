// The machine view's sample guest on the virt board: a banner and ten ticks on the PL011 (UARTDR at
// 0x09000000; each STRB is an MMIO exit with ISV=1), a pause between ticks, then it idles in WFI.
// Flat binary at 0x40080000, as `./a64 asm ticker.S --flat --base 0x40080000` builds it.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000        // UART base
    adr     x1, banner
    bl      puts
    mov     x20, #0                 // tick number
tick:
    adr     x1, msg_tick
    bl      puts
    add     w2, w20, #'0'
    strb    w2, [x19]
    mov     w2, #'\n'
    strb    w2, [x19]
    movz    x3, #0x0100, lsl #16    // about 16 million iterations between ticks
1:  subs    x3, x3, #1
    b.ne    1b
    add     x20, x20, #1
    cmp     x20, #10
    b.lo    tick
    adr     x1, msg_idle
    bl      puts
idle:
    wfi
    b       idle

// puts: the NUL-terminated string at x1 (clobbers x1, w2)
puts:
    ldrb    w2, [x1], #1
    cbz     w2, 2f
    strb    w2, [x19]
    b       puts
2:  ret

banner:     .asciz "A64 Workbench sample guest on the virt board\n"
msg_tick:   .asciz "tick "
msg_idle:   .asciz "ten ticks done; idling in WFI\n"
