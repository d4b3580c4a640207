# The system-mode session: examples/guests/psci.S on two vCPUs (vCPU 1 is started by PSCI CPU_ON at
# "secondary", 0x40080138, and turns itself off again), against run --gdb and qemu-system-aarch64 -s -S.
set pagination off
set confirm off
set architecture aarch64
target remote :PORT
break *0x40080004
continue
info registers pc
# NZCV is UNKNOWN at reset (QEMU's reset value has Z set), so only EL, SPSel and DAIF are compared.
p/x $cpsr & 0x3cf
x/4i $pc
stepi
stepi
info registers x1 x19 pc
p $x19 == 0x9000000
break *0x40080138
continue
info threads
info registers x0 x1 pc
p/x $cpsr & 0x3cf
thread 1
p ($pc >= 0x400800c0 && $pc <= 0x400800dc) || ($pc >= 0x40080150 && $pc < 0x40080198)
x/2i 0x400800d8
thread 2
stepi
info registers pc
delete
continue
