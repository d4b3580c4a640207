package org.a64wb.accel.api;

/**
 * What the accelerator forwards to the VMM. The default keeps system registers and WFx inside the
 * accelerator; {@link #TRAP_ALL} forwards every sysreg access, WFx, HVC and SMC (seed 002's
 * "trap me harder" / SplitAccel mode). HVC, SMC and MMIO data aborts always exit.
 */
public record TrapPolicy(boolean systemRegisters, boolean waitForInterrupt) {

    public static final TrapPolicy DEFAULT = new TrapPolicy(false, false);
    public static final TrapPolicy TRAP_ALL = new TrapPolicy(true, true);
}
