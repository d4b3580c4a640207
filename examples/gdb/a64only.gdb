# What QEMU's user-mode stub cannot do (read and access watchpoints, our monitor commands, kill):
# run against ours only and checked against golden/a64only.txt.
set pagination off
set confirm off
target remote :PORT
monitor help
rwatch values[2]
continue
p i
awatch counter
continue
continue
delete
hbreak blend
continue
info registers v0
p $fpcr
set var $x0 = 0x1122334455667788
p/x $x0
p $v1.d.u[0] = 42
p $v1.d.u[0]
monitor stats
monitor frobnicate
kill
