package org.a64wb.hypervisor.debug;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;

import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.server.GdbListener;
import org.a64wb.gdbstub.server.GdbSession;
import org.a64wb.gdbstub.target.StopEvent;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;

/**
 * {@code run ... --gdb [HOST:]PORT} (QEMU's {@code -gdb tcp::PORT -S}): waits for gdb before the
 * machine starts, so every vCPU waits at its first instruction; at the end, tells gdb how the run ended.
 */
public final class MachineDebugging {

    private final AllStopControl control;
    private final GdbSession session;

    private MachineDebugging(AllStopControl control, GdbSession session) {
        this.control = control;
        this.session = session;
    }

    /** Checks {@code [HOST:]PORT}; IllegalArgumentException with a one-line message if malformed. */
    public static void checkAddress(String spec) {
        GdbListener.parse(spec);
    }

    /** Listens, reports the port on {@code log}, blocks until gdb connects, and puts the machine's vCPUs under it. */
    public static MachineDebugging attach(String spec, MachineRunner runner, VirtualMachine vm, TrapHandlerRegistry handlers,
            PrintStream log) throws IOException {
        AllStopControl control = new AllStopControl();
        runner.debug(control);
        try (GdbListener listener = GdbListener.listen(spec)) {
            log.println("a64 run: waiting for gdb on port " + listener.port());
            Socket socket = listener.accept();
            GdbSession session = GdbSession.over(socket, new MachineDebugTarget(runner, vm, handlers, control),
                    new StopEvent.Stopped(1, StopEvent.SIGTRAP), log);
            session.start();
            return new MachineDebugging(control, session);
        }
    }

    /** The run ended: gdb gets W00 after a power-off, W01 when a vCPU stopped on an exit no handler took. */
    public void ended(MachineRunner.Result result) {
        control.finish(new StopEvent.Exited(result.ending() == MachineRunner.Ending.UNHANDLED_EXIT ? 1 : 0));
        control.release();
        try {
            session.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
