// Hello over the virt board's PL011 at 0x09000000: every character is one STRB to UARTDR, a single
// general-register store without writeback, so the MMIO exit has ISV=1 (Arm ARM ISS encoding for a Data
// Abort). Also reads CurrentEL (MRS: a sysreg exit under --trap-all) and does SEVL; WFE (completes at
// once: the event register is set), then powers off with PSCI SYSTEM_OFF over HVC.
// Flat binary at 0x40080000: ./a64 asm hello.S --flat --base 0x40080000 -o hello.bin
    .text
    .globl _start
_start:
    mov     x19, #0x09000000        // UART base
    adr     x1, msg
    bl      puts
    mrs     x20, CurrentEL          // EL in bits [3:2]: 4 = EL1
    adr     x1, msg_el
    bl      puts
    mov     w0, w20
    bl      puthex
    sevl
    wfe
    adr     x1, msg_bye
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF (DEN0022 5.1: 0x84000008)
    movk    w0, #0x8400, lsl #16
    hvc     #0
1:  b       1b

// puts: the NUL-terminated string at x1 (clobbers x1, w2)
puts:
    ldrb    w2, [x1], #1
    cbz     w2, 2f
    strb    w2, [x19]               // UARTDR
    b       puts
2:  ret

// puthex: w0 as 8 hex digits and a newline (clobbers w0, w2, w3, w4)
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

msg:
    .asciz  "Hello from the virt board over the PL011\n"
msg_el:
    .asciz  "CurrentEL: "
msg_bye:
    .asciz  "powering off\n"
