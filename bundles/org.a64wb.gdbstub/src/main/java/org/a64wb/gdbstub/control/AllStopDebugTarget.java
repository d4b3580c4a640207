package org.a64wb.gdbstub.control;

import java.util.List;
import java.util.Map;

import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.DebugTarget;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * What every runtime's {@link DebugTarget} does the same way through its {@link AllStopControl}: the thread
 * list, breakpoints, resuming, interrupting, waiting for the stop and detaching. A runtime adds what is its
 * own: registers, memory, kill and monitor commands.
 */
public abstract class AllStopDebugTarget implements DebugTarget {

    protected final AllStopControl control;

    protected AllStopDebugTarget(AllStopControl control) {
        this.control = control;
    }

    @Override
    public List<Long> threads() {
        return control.threads();
    }

    @Override
    public boolean insert(Breakpoint breakpoint) {
        return control.insert(breakpoint);
    }

    @Override
    public boolean remove(Breakpoint breakpoint) {
        return control.remove(breakpoint);
    }

    @Override
    public void resume(Map<Long, Resume> actions, Resume others) {
        control.resume(actions, others);
    }

    @Override
    public void resume(Map<Long, Resume> actions, Resume others, Map<Long, Integer> signals) {
        control.resume(actions, others, signals);
    }

    @Override
    public void interrupt() {
        control.interrupt();
    }

    @Override
    public StopEvent awaitStop(long timeoutMillis) throws InterruptedException {
        return control.awaitStop(timeoutMillis);
    }

    @Override
    public void detach() {
        control.detach();
    }
}
