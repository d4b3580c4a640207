// PSCI over HVC (DEN0022 5.1 function ids): PSCI_VERSION, PSCI_FEATURES of a known and an unknown
// function, CPU_ON of vCPU 1 with a context id, AFFINITY_INFO until vCPU 1 is OFF again (it calls
// CPU_OFF), SYSTEM_OFF. Needs two CPUs (--smp 2). Output is the same on qemu-system-aarch64 -M virt.
    .text
    .globl _start
_start:
    mov     x19, #0x09000000
    adr     x1, m_start
    bl      puts

    movz    w0, #0x0000             // PSCI_VERSION 0x84000000: major in [30:16]
    movk    w0, #0x8400, lsl #16
    hvc     #0
    lsr     w20, w0, #16
    adr     x1, m_major
    bl      puts
    mov     w0, w20
    bl      puthex

    movz    w0, #0x000a             // PSCI_FEATURES 0x8400000a (PSCI_VERSION): 0 = implemented
    movk    w0, #0x8400, lsl #16
    movz    w1, #0x0000
    movk    w1, #0x8400, lsl #16
    hvc     #0
    mov     w20, w0
    adr     x1, m_feat_version
    bl      puts
    mov     w0, w20
    bl      puthex

    movz    w0, #0x000a             // PSCI_FEATURES (CPU_ON 0xc4000003)
    movk    w0, #0x8400, lsl #16
    movz    w1, #0x0003
    movk    w1, #0xc400, lsl #16
    hvc     #0
    mov     w20, w0
    adr     x1, m_feat_cpuon
    bl      puts
    mov     w0, w20
    bl      puthex

    movz    w0, #0x000a             // PSCI_FEATURES of an unassigned id: NOT_SUPPORTED (-1)
    movk    w0, #0x8400, lsl #16
    movz    w1, #0x001e
    movk    w1, #0x8400, lsl #16
    hvc     #0
    mov     w20, w0
    adr     x1, m_feat_unknown
    bl      puts
    mov     w0, w20
    bl      puthex

    movz    w0, #0x0003             // CPU_ON 0xc4000003 (target MPIDR 1, entry, context id)
    movk    w0, #0xc400, lsl #16
    mov     x1, #1
    adr     x2, secondary
    movz    x3, #0x5678
    movk    x3, #0x1234, lsl #16
    hvc     #0
    mov     w20, w0
    adr     x1, m_cpuon
    bl      puts
    mov     w0, w20
    bl      puthex

    adr     x21, flag
4:  ldr     x22, [x21]              // wait for vCPU 1 to publish its context id
    cbz     x22, 4b
    adr     x1, m_context
    bl      puts
    mov     w0, w22
    bl      puthex

5:  movz    w0, #0x0004             // AFFINITY_INFO 0xc4000004 (MPIDR 1, level 0) until OFF (1)
    movk    w0, #0xc400, lsl #16
    mov     x1, #1
    mov     x2, #0
    hvc     #0
    cmp     x0, #1
    b.ne    5b
    mov     w20, w0
    adr     x1, m_affinity
    bl      puts
    mov     w0, w20
    bl      puthex

    adr     x1, m_off
    bl      puts
    movz    w0, #0x0008             // SYSTEM_OFF
    movk    w0, #0x8400, lsl #16
    hvc     #0
6:  b       6b

// vCPU 1 starts here at EL1, MMU off, x0 = context id (DEN0022 5.6 CPU_ON)
secondary:
    adr     x1, flag
    str     x0, [x1]
    movz    w0, #0x0002             // CPU_OFF 0x84000002: does not return
    movk    w0, #0x8400, lsl #16
    hvc     #0
7:  b       7b

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

m_start:        .asciz "psci guest\n"
m_major:        .asciz "PSCI_VERSION major: "
m_feat_version: .asciz "PSCI_FEATURES(PSCI_VERSION): "
m_feat_cpuon:   .asciz "PSCI_FEATURES(CPU_ON): "
m_feat_unknown: .asciz "PSCI_FEATURES(0x8400001e): "
m_cpuon:        .asciz "CPU_ON(1): "
m_context:      .asciz "cpu1 context id: "
m_affinity:     .asciz "AFFINITY_INFO(1): "
m_off:          .asciz "SYSTEM_OFF\n"
    .balign 8
flag:
    .quad   0
