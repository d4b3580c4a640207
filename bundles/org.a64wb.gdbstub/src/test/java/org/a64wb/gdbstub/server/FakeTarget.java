package org.a64wb.gdbstub.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.DebugTarget;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;

/** Two threads (1 and 2), registers as byte arrays, 4 KiB of memory at 0x1000, and a record of what the stub asked. */
final class FakeTarget implements DebugTarget {

    static final long BASE = 0x1000;
    final List<Long> threads = new ArrayList<>(List.of(1L, 2L));
    final Map<Long, byte[][]> registers = new HashMap<>();
    final byte[] memory = new byte[0x1000];
    final List<Breakpoint> breakpoints = new ArrayList<>();
    Map<Long, Resume> lastActions;
    Resume lastOthers;
    boolean killed;
    boolean detached;
    final RegisterLayout layout = RegisterLayout.aarch64("org.a64wb.test.sys", List.of(new RegisterLayout.Extra("SCTLR_EL1", "system")));

    FakeTarget() {
        for (long t : threads) {
            byte[][] regs = new byte[layout.count()][];
            for (int n = 0; n < regs.length; n++) {
                regs[n] = new byte[layout.bytes(n)];
                regs[n][0] = (byte) (n + 16 * t);
            }
            registers.put(t, regs);
        }
    }

    @Override
    public List<Long> threads() {
        return threads;
    }

    @Override
    public RegisterLayout layout() {
        return layout;
    }

    @Override
    public byte[] readRegister(long thread, int regnum) {
        byte[][] regs = registers.get(thread);
        return regs == null || regnum < 0 || regnum >= regs.length ? null : regs[regnum].clone();
    }

    @Override
    public boolean writeRegister(long thread, int regnum, byte[] value) {
        byte[][] regs = registers.get(thread);
        if (regs == null || regnum < 0 || regnum >= regs.length || value.length != regs[regnum].length) {
            return false;
        }
        regs[regnum] = value.clone();
        return true;
    }

    @Override
    public int readMemory(long thread, long address, byte[] into) {
        int n = 0;
        while (n < into.length && address + n >= BASE && address + n < BASE + memory.length) {
            into[n] = memory[(int) (address + n - BASE)];
            n++;
        }
        return n;
    }

    @Override
    public boolean writeMemory(long thread, long address, byte[] data) {
        if (address < BASE || address + data.length > BASE + memory.length) {
            return false;
        }
        System.arraycopy(data, 0, memory, (int) (address - BASE), data.length);
        return true;
    }

    @Override
    public boolean insert(Breakpoint breakpoint) {
        return breakpoints.add(breakpoint);
    }

    @Override
    public boolean remove(Breakpoint breakpoint) {
        return breakpoints.remove(breakpoint);
    }

    @Override
    public void resume(Map<Long, Resume> actions, Resume others) {
        lastActions = actions;
        lastOthers = others;
    }

    @Override
    public void interrupt() {
    }

    @Override
    public StopEvent awaitStop(long timeoutMillis) {
        return new StopEvent.Stopped(1, StopEvent.SIGTRAP);
    }

    @Override
    public void kill() {
        killed = true;
    }

    @Override
    public void detach() {
        detached = true;
    }

    @Override
    public String monitor(String command) {
        return command.equals("stats") ? "2 threads\n" : null;
    }

    @Override
    public Map<String, String> monitorCommands() {
        return Map.of("stats", "statistics");
    }
}
