// Reads the PL011's PrimeCell identification registers and its flag register with LDP: a load pair
// never has a valid ISS (ISV=0), so the VMM decodes the instruction itself. Prints what it read.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000
    adr     x1, m_id
    bl      puts
    add     x25, x19, #0xfe0            // LDP reaches -256..252 (W) or -512..504 (X): base the ID block
    ldp     w20, w21, [x25]             // UARTPeriphID0, 1
    ldp     w22, w23, [x25, #8]         // UARTPeriphID2, 3
    mov     w0, w20
    bl      puthex
    mov     w0, w21
    bl      puthex
    mov     w0, w22
    bl      puthex
    mov     w0, w23
    bl      puthex
    adr     x1, m_cell
    bl      puts
    ldp     x20, x21, [x25, #16]     // 64-bit pairs: PCellID1:PCellID0, PCellID3:PCellID2
    lsr     x0, x20, #32
    bl      puthex
    mov     w0, w20
    bl      puthex
    lsr     x0, x21, #32
    bl      puthex
    mov     w0, w21
    bl      puthex
    adr     x1, m_fr
    bl      puts
    add     x24, x19, #0x18
    ldp     w20, w21, [x24]             // UARTFR and the reserved word after it
    mov     w0, w20
    bl      puthex
    movz    w0, #0x0008
    movk    w0, #0x8400, lsl #16
    hvc     #0
1:  b       1b

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

m_id:   .asciz "PeriphID0..3:\n"
m_cell: .asciz "PCellID1, 0, 3, 2:\n"
m_fr:   .asciz "UARTFR:\n"
