# Signals: gdb stops for each (SIGUSR1 passed to the program's handler, then SIGSEGV at the faulting
# load), and the program dies of the second: against run-user --gdb and qemu-aarch64 -g.
set pagination off
set confirm off
target remote :PORT
continue
bt 1
continue
bt
info registers pc x0
x/i $pc
continue
