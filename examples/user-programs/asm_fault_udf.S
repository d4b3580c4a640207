// Prints a line, then executes a permanently undefined instruction: SIGILL (status 132).
    .text
    .globl _start
_start:
    mov     x0, #1
    adr     x1, msg
    mov     x2, #len
    mov     x8, #64
    svc     #0
    udf     #0x42
    mov     x8, #94
    svc     #0
msg:
    .ascii  "about to execute udf\n"
    .set    len, . - msg
