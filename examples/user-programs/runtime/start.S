// Process entry for the freestanding runtime. Linux leaves SP at argc, then argv[], NULL, envp[],
// NULL, auxv pairs (see the Linux arm64 ABI); x0 is 0 for static executables.
    .text
    .globl _start
    .type _start, %function
_start:
    mov     x29, #0              // outermost frame
    mov     x30, #0
    mov     x0, sp               // rt_start(sp)
    and     sp, x0, #~15
    bl      rt_start
    // rt_start does not return; fall into an exit just in case.
    mov     x8, #94              // exit_group
    svc     #0
    .size _start, .-_start
