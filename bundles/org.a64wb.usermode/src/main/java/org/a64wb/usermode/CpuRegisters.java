package org.a64wb.usermode;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.gdbstub.target.RegisterLayout;

/** gdb's AArch64 register numbers on an emulator {@link Cpu} (little-endian bytes, as the target stores them). */
final class CpuRegisters {

    private CpuRegisters() {
    }

    static byte[] read(Cpu cpu, int regnum) {
        if (regnum < 31) {
            return bytes(cpu.x[regnum], 8);
        }
        if (regnum >= RegisterLayout.V0 && regnum < RegisterLayout.FPSR) {
            int v = regnum - RegisterLayout.V0;
            byte[] b = new byte[16];
            System.arraycopy(bytes(cpu.vLow(v), 8), 0, b, 0, 8);
            System.arraycopy(bytes(cpu.vHigh(v), 8), 0, b, 8, 8);
            return b;
        }
        return switch (regnum) {
            case RegisterLayout.SP -> bytes(cpu.sp(), 8);
            case RegisterLayout.PC -> bytes(cpu.pc, 8);
            case RegisterLayout.CPSR -> bytes(cpsr(cpu), 4);
            case RegisterLayout.FPSR -> bytes(cpu.fpsr, 4);
            case RegisterLayout.FPCR -> bytes(cpu.fpcr, 4);
            default -> null;
        };
    }

    /** PSTATE as SPSR lays it out: NZCV, and at EL1 also DAIF, the EL and SPSel (EL0t has none of these set). */
    static long cpsr(Cpu cpu) {
        long value = cpu.nzcv & 0xf0000000L;
        if (cpu.el > 0) {
            value |= cpu.daif & 0x3c0 | cpu.el << 2 | cpu.spsel;
        }
        return value;
    }

    static boolean write(Cpu cpu, int regnum, byte[] value) {
        if (regnum < 0 || regnum >= RegisterLayout.G_REGISTERS || value.length != RegisterLayout.aarch64().bytes(regnum)) {
            return false;
        }
        long low = value(value, 0, Math.min(8, value.length));
        if (regnum < 31) {
            cpu.x[regnum] = low;
        } else if (regnum >= RegisterLayout.V0 && regnum < RegisterLayout.FPSR) {
            cpu.setV(regnum - RegisterLayout.V0, low, value(value, 8, 8));
        } else {
            switch (regnum) {
                case RegisterLayout.SP -> cpu.setSp(low);
                case RegisterLayout.PC -> {
                    cpu.pc = low;
                    cpu.nextPc = low;
                }
                // Only the flags: a debugger cannot change the exception level of a user-mode thread.
                case RegisterLayout.CPSR -> cpu.nzcv = (int) (low & 0xf0000000L);
                case RegisterLayout.FPSR -> cpu.fpsr = low;
                default -> cpu.fpcr = low;
            }
        }
        return true;
    }

    private static byte[] bytes(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    private static long value(byte[] b, int offset, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (b[offset + i] & 0xff);
        }
        return v;
    }
}
