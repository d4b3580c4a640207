package org.a64wb.gdbstub.target;

import java.util.List;
import java.util.Map;

/**
 * A machine under a debugger, in all-stop mode: while stopped, nothing runs and every thread's
 * registers and memory can be read and written; {@link #resume} lets threads run until one of them
 * stops (breakpoint, watchpoint, finished step, interrupt) or the program ends, which
 * {@link #awaitStop} reports. Methods other than {@link #interrupt} and {@link #awaitStop} are only
 * called while stopped. Thread ids are positive.
 */
public interface DebugTarget {

    /** Live threads in creation order; the first is the one a new session starts with. */
    List<Long> threads();

    /** The registers, their numbers and the target description XML. */
    RegisterLayout layout();

    /** The register's bytes in target (little-endian) order, {@link RegisterLayout#bytes} long; null if none. */
    byte[] readRegister(long thread, int regnum);

    /** False if the register does not exist or refuses the value. */
    boolean writeRegister(long thread, int regnum, byte[] value);

    /**
     * Reads memory as {@code thread}'s CPU sees it (virtual addresses, through its current
     * translation); returns how many bytes from the start could be read (0: none).
     */
    int readMemory(long thread, long address, byte[] into);

    /** Writes memory as the thread's CPU sees it, including read-only code (a debugger patches it); false if any byte cannot be written. */
    boolean writeMemory(long thread, long address, byte[] data);

    /** False if this kind of breakpoint or watchpoint is not supported (the stub then answers with an empty reply). */
    boolean insert(Breakpoint breakpoint);

    boolean remove(Breakpoint breakpoint);

    /**
     * Lets threads run: each thread named in {@code actions} gets its action, the others
     * {@code others} (null: they stay stopped). Returns at once.
     */
    void resume(Map<Long, Resume> actions, Resume others);

    /**
     * As {@link #resume(Map, Resume)}, and the threads in {@code signals} deliver that signal as they
     * resume (vCont's C and S after a signal stop); a thread stopped by a signal and resumed without
     * one has it discarded, as gdb's "signal 0". Targets without guest signals ignore them.
     */
    default void resume(Map<Long, Resume> actions, Resume others, Map<Long, Integer> signals) {
        resume(actions, others);
    }

    /** Asks every running thread to stop (Ctrl-C); {@link #awaitStop} then reports it. May be called from any thread. */
    void interrupt();

    /** The event that ended the last {@link #resume}, once every thread has stopped; null after {@code timeoutMillis}. */
    StopEvent awaitStop(long timeoutMillis) throws InterruptedException;

    /** The program under the debugger ends now (gdb's kill). */
    void kill();

    /** The debugger goes away: breakpoints and watchpoints are removed and everything runs on. */
    void detach();

    /** A {@code monitor} command's output, or null if the command is unknown. */
    String monitor(String command);

    /** Monitor commands and their one-line descriptions, for {@code monitor help}. */
    Map<String, String> monitorCommands();

    /** What gdb shows beside a thread in "info threads" (qThreadExtraInfo), e.g. "CPU#1 [running]"; null for nothing. */
    default String threadExtraInfo(long thread) {
        return null;
    }

    /**
     * Whether the program was started for the debugger (a user-mode process: gdb kills it when it quits) rather
     * than a machine the debugger attached to (gdb detaches from it).
     */
    default boolean startedForDebugger() {
        return false;
    }

    /** qOffsets: the text/data relocation of the loaded program (0 for ET_EXEC and system mode). */
    default long loadBias() {
        return 0;
    }
}
