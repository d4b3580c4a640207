// Prints a line, then loads from address 8: SIGSEGV (status 139).
    .text
    .globl _start
_start:
    mov     x0, #1
    adr     x1, msg
    mov     x2, #len
    mov     x8, #64
    svc     #0
    mov     x3, #8
    ldr     x0, [x3]
    mov     x8, #94
    svc     #0
msg:
    .ascii  "about to fault\n"
    .set    len, . - msg
