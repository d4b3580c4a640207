package org.a64wb.usermode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.control.AllStopDebugTarget;
import org.a64wb.gdbstub.target.LinuxSignals;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * The first guest process as gdb sees it (what {@code qemu-aarch64 -g} offers): one gdb thread per
 * guest thread, by tid; memory is the process's address space (pages without access rights cannot be
 * read, as under QEMU). Every signal is shown to gdb before it reaches the guest, and gdb decides whether
 * it is delivered (QEMU's gdb_handlesig). Processes it forks are not debugged (gdb's default,
 * detach-on-fork); after an execve the process runs on under the debugger with the new image, and gdb
 * keeps the old symbols.
 */
final class UserDebugTarget extends AllStopDebugTarget {

    private final Kernel kernel;
    private final GuestProcess process;
    private final long loadBias;
    private volatile boolean killed;
    /** Each guest thread's CPU index as QEMU numbers them (see threadExtraInfo), in creation order. */
    private final Map<Long, Integer> cpuIndexes = new LinkedHashMap<>();

    UserDebugTarget(Kernel kernel, GuestProcess process, AllStopControl control, long loadBias) {
        super(control);
        this.kernel = kernel;
        this.process = process;
        this.loadBias = loadBias;
    }

    private Cpu cpu(long tid) {
        kernel.lock.lock();
        try {
            GuestThread t = kernel.thread(tid);
            return t == null || t.process != process ? null : t.cpu();
        } finally {
            kernel.lock.unlock();
        }
    }

    @Override
    public RegisterLayout layout() {
        return RegisterLayout.aarch64();
    }

    @Override
    public byte[] readRegister(long thread, int regnum) {
        Cpu cpu = cpu(thread);
        if (cpu == null || regnum < 0 || regnum >= RegisterLayout.G_REGISTERS) {
            return null;
        }
        return CpuRegisters.read(cpu, regnum);
    }

    @Override
    public boolean writeRegister(long thread, int regnum, byte[] value) {
        Cpu cpu = cpu(thread);
        return cpu != null && CpuRegisters.write(cpu, regnum, value);
    }

    @Override
    public int readMemory(long thread, long address, byte[] into) {
        // The MMU hook: user mode maps virtual to guest RAM one to one, so the address goes straight to RAM.
        AddressSpace space = process.space();
        PhysicalMemory memory = space.memory();
        for (int i = 0; i < into.length; i++) {
            long a = address + i;
            if (!memory.isRam(a, 1) || space.isProtected(a, false)) {
                return i;
            }
            into[i] = memory.read8(a);
        }
        return into.length;
    }

    @Override
    public boolean writeMemory(long thread, long address, byte[] data) {
        PhysicalMemory memory = process.space().memory();
        if (!memory.isRam(address, data.length)) {
            return false;
        }
        try {
            memory.writeBytes(address, data, 0, data.length);
            return true;
        } catch (MemoryAbort e) {
            return false;
        }
    }

    /**
     * "CPU#N [running]" as qemu-aarch64 names a guest thread: N is the CPU index QEMU gives a thread when it is
     * created, one more than the highest index among the live threads (the first thread's is 0).
     */
    @Override
    public synchronized String threadExtraInfo(long thread) {
        List<Long> live = threads();
        cpuIndexes.keySet().retainAll(live);
        for (long t : live) {
            if (!cpuIndexes.containsKey(t)) {
                cpuIndexes.put(t, cpuIndexes.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
            }
        }
        Integer index = cpuIndexes.get(thread);
        return index == null ? null : "CPU#" + index + " [running]";
    }

    @Override
    public boolean startedForDebugger() {
        return true;
    }

    /** Whether gdb ended the program (its kill), which the run reports as QEMU does rather than as a SIGKILL. */
    boolean killed() {
        return killed;
    }

    @Override
    public void kill() {
        killed = true;
        GuestThread any;
        kernel.lock.lock();
        try {
            any = process.threads.isEmpty() ? null : process.threads.get(0);
        } finally {
            kernel.lock.unlock();
        }
        if (any != null) {
            Processes.terminate(any, Signals.SIGKILL, false);
        }
        control.release();
    }

    @Override
    public Map<String, String> monitorCommands() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("stats", "guest threads, their PCs and instructions retired");
        return commands;
    }

    @Override
    public String monitor(String command) {
        if (!command.equals("stats")) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        List<Long> threads = control.threads();
        s.append(String.format("process %d, %d thread(s)%n", process.pid, threads.size()));
        for (long tid : threads) {
            Cpu cpu = cpu(tid);
            if (cpu != null) {
                s.append(String.format("thread %d: pc 0x%x, %d instructions%n", tid, cpu.pc, cpu.instructions));
            }
        }
        return s.toString();
    }

    @Override
    public long loadBias() {
        return loadBias;
    }

    /** The end of the program in stop-reply terms, from its wait status (Linux's encoding). */
    static StopEvent end(int waitStatus) {
        int signal = waitStatus & 0x7f;
        return signal == 0 ? new StopEvent.Exited(waitStatus >> 8 & 0xff) : new StopEvent.Terminated(LinuxSignals.toGdb(signal));
    }
}
