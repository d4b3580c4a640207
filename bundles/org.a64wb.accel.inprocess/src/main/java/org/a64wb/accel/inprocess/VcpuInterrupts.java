package org.a64wb.accel.inprocess;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.timer.GenericTimer;

/**
 * One vCPU's interrupt plumbing: its IRQ/FIQ inputs (from the accelerator's GIC or from the VMM), its
 * timers' outputs (into the GIC's PPIs, or out to the VMM), and sleeping in WFI/WFE until something
 * wakes it. The timers are re-evaluated on every register write and at their deadline, by a scheduler
 * thread of the VM, so a vCPU that runs or sleeps sees its timer interrupt within the scheduler's latency.
 */
final class VcpuInterrupts implements GenericTimer.Listener {

    /**
     * Longest WFE sleep without an event. Linux waits in WFE for a lock holder's store, which clears the
     * exclusive monitor and so wakes it on hardware; the emulator signals no such event, and this bound
     * plays the part of the timer's event stream (10 kHz), which Linux enables for the same reason.
     */
    static final long WFE_SLEEP_NANOS = 100_000;

    private final InProcessVm vm;
    private final Cpu cpu;
    private final int index;
    private final boolean[] timerLevels = new boolean[2];
    private final ScheduledFuture<?>[] wakeups = new ScheduledFuture<?>[2];
    private volatile VirtualCpu.TimerOutput timerOutput;
    private volatile Thread sleeper;

    VcpuInterrupts(InProcessVm vm, Cpu cpu, int index) {
        this.vm = vm;
        this.cpu = cpu;
        this.index = index;
        cpu.timer.setListener(this);
    }

    /** Sets the IRQ and FIQ inputs and wakes the vCPU if it sleeps and one is asserted. */
    void setInputs(boolean irq, boolean fiq) {
        int lines = cpu.interruptLines & Cpu.LINE_SERROR;
        cpu.interruptLines = lines | (irq ? Cpu.LINE_IRQ : 0) | (fiq ? Cpu.LINE_FIQ : 0);
        if (irq || fiq) {
            wake();
        }
    }

    void setTimerOutput(VirtualCpu.TimerOutput output) {
        this.timerOutput = output;
    }

    /** SEV from another PE. */
    void event() {
        cpu.eventRegister = true;
        wake();
    }

    void wake() {
        Thread t = sleeper;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** WFI's wake-up condition: an IRQ or FIQ asserted, whatever PSTATE.I and F say (Arm ARM D1.16.2). */
    boolean interruptPending() {
        return (cpu.interruptLines & (Cpu.LINE_IRQ | Cpu.LINE_FIQ)) != 0;
    }

    /** Sleeps until an interrupt is pending, {@code stop} holds or {@code timeoutNanos} pass; true when an interrupt is pending. */
    boolean waitForInterrupt(long timeoutNanos, BooleanSupplier stop) {
        long deadline = System.nanoTime() + Math.min(timeoutNanos, Long.MAX_VALUE / 4);
        sleeper = Thread.currentThread();
        try {
            while (!interruptPending() && !stop.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, left);
            }
        } finally {
            sleeper = null;
        }
        return interruptPending();
    }

    /** WFE: consumes a set Event Register at once, else sleeps until an event, an interrupt or a short bound. */
    void waitForEvent(BooleanSupplier stop) {
        if (cpu.eventRegister) {
            cpu.eventRegister = false;
            return;
        }
        long deadline = System.nanoTime() + WFE_SLEEP_NANOS;
        sleeper = Thread.currentThread();
        try {
            while (!cpu.eventRegister && !interruptPending() && !stop.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, left);
            }
        } finally {
            sleeper = null;
        }
        cpu.eventRegister = false;
    }

    @Override
    public void timerChanged(GenericTimer timer) {
        evaluateTimers();
    }

    /** Drives each timer's PPI with its output now, and arms a wake-up for the moment it will assert. */
    synchronized void evaluateTimers() {
        for (int t = GenericTimer.PHYSICAL; t <= GenericTimer.VIRTUAL; t++) {
            boolean level = cpu.timer.asserted(t);
            if (level != timerLevels[t]) {
                timerLevels[t] = level;
                deliver(GenericTimer.PPI[t], level);
            }
            if (wakeups[t] != null) {
                wakeups[t].cancel(false);
                wakeups[t] = null;
            }
            long deadline = cpu.timer.deadline(t);
            if (!level && deadline != Long.MAX_VALUE) {
                wakeups[t] = vm.scheduler().schedule(this::evaluateTimers, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        }
    }

    private void deliver(int ppi, boolean level) {
        InterruptController controller = vm.interruptController();
        if (controller != null) {
            controller.build(vm.vcpus()).setLine(index, ppi, level);
            return;
        }
        VirtualCpu.TimerOutput output = timerOutput;
        if (output != null) {
            output.changed(ppi, level);
        }
    }

    synchronized void cancelTimers() {
        for (int t = 0; t < 2; t++) {
            if (wakeups[t] != null) {
                wakeups[t].cancel(false);
                wakeups[t] = null;
            }
        }
    }
}
