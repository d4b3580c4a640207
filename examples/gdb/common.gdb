# The session compare.sh runs against both stubs (PORT is filled in); its normalized output must match.
set pagination off
set confirm off
target remote :PORT
info registers pc
x/2i $pc
break add
continue
bt
info registers x0 x1 x2 x3 x19 x21 x30 pc cpsr fpsr fpcr
x/8wx &values
p values
stepi
info registers pc
stepi
x/i $pc
next
p sum
p counter
set var counter = 40
p counter
watch counter
continue
continue
delete
break blend
continue
p x
finish
p $d0
p $v0.d.f[0]
p/x $v0.q.u
p/x $v1
break worker
continue
bt
delete
break add if a == 7
continue
info threads
thread 1
bt 1
thread 2
bt
delete
tbreak 39
continue
p counter
continue
