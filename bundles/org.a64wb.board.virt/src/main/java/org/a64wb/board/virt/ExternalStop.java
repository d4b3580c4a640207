package org.a64wb.board.virt;

import java.util.StringJoiner;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicReference;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.dispatch.MachineRunner;

/**
 * Ends a run from outside the guest — the wall-clock limit of --timeout, Ctrl-A x, SIGINT — and says
 * where each vCPU was when it stopped. The first reason wins.
 */
final class ExternalStop {

    /** Why the run was stopped, and the exit status that goes with it. */
    record Reason(String message, int status) {
    }

    private final AtomicReference<Reason> reason = new AtomicReference<>();
    private MachineRunner runner;
    private Timer timer;

    /** The machine to stop, once it is built; a reason given before then stops it at once. */
    synchronized void attach(MachineRunner machine) {
        this.runner = machine;
        Reason early = reason.get();
        if (early != null) {
            machine.terminate(early.message());
        }
    }

    /** Stops the run after {@code seconds} of wall time, if it has not ended by then. */
    synchronized void after(double seconds, Reason why) {
        timer = new Timer("a64-run-timeout", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                now(why);
            }
        }, Math.max(1, Math.round(seconds * 1000)));
    }

    synchronized void now(Reason why) {
        if (reason.compareAndSet(null, why) && runner != null) {
            runner.terminate(why.message());
        }
    }

    /** The reason the run was stopped, or null when it ended by itself. */
    Reason reason() {
        return reason.get();
    }

    synchronized void cancel() {
        if (timer != null) {
            timer.cancel();
        }
    }

    /** "vCPU 0 at PC 0x..., vCPU 1 off": each vCPU's program counter once the run has stopped. */
    String where() {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < runner.vcpuCount(); i++) {
            if (runner.powerState(i) != Machine.PowerState.OFF) {
                joiner.add(String.format("vCPU %d at PC 0x%x", i, runner.vcpu(i).getRegister(RegisterId.PC)));
            } else {
                joiner.add("vCPU " + i + " off");
            }
        }
        return joiner.toString();
    }
}
