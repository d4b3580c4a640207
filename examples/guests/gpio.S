// The PL061 GPIO at 0x09030000 (QEMU virt's; ours comes with the example bundle org.a64wb.example.pl061) and its
// interrupt, SPI 7 = INTID 39, through the GICv3: the PrimeCell IDs, GPIODATA's address-masked reads and writes,
// then GPIOINTR from a low input pin and from a high output pin, both level-sensitive, each taken from WFI by an
// IRQ handler that reads GPIOMIS, masks the level pins in GPIOIE and writes GPIOIC. (Edges need a pin driven from
// outside, which QEMU's virt only does for its power key: the example bundle's unit tests cover them.) Every value
// is printed; qemu-system-aarch64 -M virt,gic-version=3 -cpu max prints the same (gpio.expected).
    .text
    .globl _start
_start:
    adr     x0, stack_top
    mov     sp, x0
    mov     x19, #0x09000000        // PL011
    movz    x22, #0x0903, lsl #16   // PL061
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    adr     x1, m_start
    bl      puts

    adr     x1, m_id                // PeriphID0-3, PCellID0-3
    bl      puts
    mov     x24, #0xfe0
1:  ldr     w2, [x22, x24]
    bl      hex8
    add     x24, x24, #4
    cmp     x24, #1, lsl #12        // 0x1000
    b.lo    1b
    bl      newline

    mov     w0, #0x0f               // GPIODIR: pins 0-3 outputs
    str     w0, [x22, #0x400]
    mov     w0, #0xff
    str     w0, [x22, #0x3fc]       // all mask bits: only the outputs take it
    adr     x1, m_data
    bl      puts
    ldr     w2, [x22, #0x3fc]
    bl      hex8
    ldr     w2, [x22, #0x400]
    bl      hex8
    bl      newline
    str     wzr, [x22, #0x008]      // mask 0x02: pin 1 low, the others untouched
    mov     w0, #0x10
    str     w0, [x22, #0x080]       // mask 0x20: an input pin, nothing changes
    adr     x1, m_masked
    bl      puts
    ldr     w2, [x22, #0x3fc]
    bl      hex8
    ldr     w2, [x22, #0x004]       // mask 0x01
    bl      hex8
    ldr     w2, [x22, #0x030]       // mask 0x0c
    bl      hex8
    bl      newline

    movz    x20, #0x0800, lsl #16   // GICD
    mov     w0, #0x12               // ARE, EnableGrp1
    str     w0, [x20]
    mov     w0, #-1
    str     w0, [x20, #0x84]        // IGROUPR1: SPIs 32-63 in Group 1
    mov     w0, #0x80
    strb    w0, [x20, #0x427]       // IPRIORITYR: INTID 39
    mov     x0, #0x6138             // IROUTER39 = affinity 0.0.0.0
    str     xzr, [x20, x0]
    mov     w0, #0x80
    str     w0, [x20, #0x104]       // ISENABLER1: INTID 39
    movz    x21, #0x080a, lsl #16   // CPU 0's redistributor: awake
    str     wzr, [x21, #0x14]
2:  ldr     w0, [x21, #0x14]
    tbnz    w0, #2, 2b
    mov     x0, #0xf0
    msr     icc_pmr_el1, x0
    mov     x0, #1
    msr     icc_igrpen1_el1, x0
    isb
    mov     x23, #0                 // interrupts taken

    mov     w0, #0x20               // pin 5 (an input, pulled low): level-sensitive, low (GPIOIEV 0)
    str     w0, [x22, #0x404]       // GPIOIS
    bl      status                  // the level shows in GPIORIS, masked off in GPIOMIS
    str     w0, [x22, #0x410]       // GPIOIE
    mov     x24, #1
    bl      await
    bl      status

    mov     w0, #0x21               // and pin 0 (an output, high): level-sensitive, high
    str     w0, [x22, #0x404]
    mov     w0, #0x01
    str     w0, [x22, #0x40c]
    bl      status
    str     w0, [x22, #0x410]
    mov     x24, #2
    bl      await
    str     wzr, [x22, #0x004]      // pin 0 low: the level is gone
    mov     w0, #0x01
    str     w0, [x22, #0x41c]       // GPIOIC
    bl      status
    adr     x1, m_ie
    bl      puts
    ldr     w2, [x22, #0x410]
    bl      hex8
    bl      newline

    adr     x1, m_pins
    bl      puts
    ldr     w2, [x22, #0x3fc]
    bl      hex8
    bl      newline
    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // PSCI SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
3:  b       3b

// Waits with IRQs masked (WFI still wakes) until x23 interrupts have been taken, x24 in all.
await:
    msr     daifset, #2
    cmp     x23, x24
    b.hs    4f
    wfi
    msr     daifclr, #2
    isb
    b       await
4:  ret

// Prints "ris XX mis XX".
status:
    str     x30, [sp, #-16]!
    adr     x1, m_ris
    bl      puts
    ldr     w2, [x22, #0x414]
    bl      hex8
    adr     x1, m_mis
    bl      puts
    ldr     w2, [x22, #0x418]
    bl      hex8
    bl      newline
    ldr     x30, [sp], #16
    ret

irq:
    stp     x0, x1, [sp, #-48]!
    stp     x2, x3, [sp, #16]
    stp     x5, x30, [sp, #32]
    mrs     x5, icc_iar1_el1
    adr     x1, m_irq
    bl      puts
    mov     w2, w5
    bl      hex8
    adr     x1, m_mis
    bl      puts
    ldr     w2, [x22, #0x418]       // GPIOMIS
    bl      hex8
    bl      newline
    ldr     w0, [x22, #0x404]
    and     w0, w0, w2              // level pins among them: masked until the level is dealt with
    ldr     w3, [x22, #0x410]
    bic     w3, w3, w0
    str     w3, [x22, #0x410]
    str     w2, [x22, #0x41c]       // GPIOIC
    add     x23, x23, #1
    msr     icc_eoir1_el1, x5
    ldp     x5, x30, [sp, #32]
    ldp     x2, x3, [sp, #16]
    ldp     x0, x1, [sp], #48
    eret

unexpected:
    adr     x1, m_unexpected
    bl      puts
    b       3b

// Prints the string at x1 (clobbers x1, w3).
puts:
    ldrb    w3, [x1], #1
    cbz     w3, 5f
    strb    w3, [x19]
    b       puts
5:  ret

// Prints the low byte of w2 as two hex digits and a space (clobbers w3).
hex8:
    ubfx    w3, w2, #4, #4
    cmp     w3, #10
    add     w3, w3, #'0'
    b.lo    6f
    add     w3, w3, #('a' - '0' - 10)
6:  strb    w3, [x19]
    and     w3, w2, #0xf
    cmp     w3, #10
    add     w3, w3, #'0'
    b.lo    7f
    add     w3, w3, #('a' - '0' - 10)
7:  strb    w3, [x19]
    mov     w3, #' '
    strb    w3, [x19]
    ret

newline:
    mov     w3, #'\n'
    strb    w3, [x19]
    ret

m_start:      .asciz "gpio guest\n"
m_id:         .asciz "id "
m_data:       .asciz "data dir "
m_masked:     .asciz "masked "
m_ris:        .asciz "ris "
m_mis:        .asciz "mis "
m_irq:        .asciz "irq "
m_pins:       .asciz "pins "
m_ie:         .asciz "ie "
m_unexpected: .asciz "unexpected exception\n"
m_off:        .asciz "SYSTEM_OFF\n"
    .balign 16
    .space  2048
stack_top:

    .balign 2048
vectors:                            // only 0x280 (IRQ, current EL with SP_ELx) is expected
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       irq
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
    .balign 128
    b       unexpected
