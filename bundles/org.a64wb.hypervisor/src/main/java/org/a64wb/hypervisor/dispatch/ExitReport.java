package org.a64wb.hypervisor.dispatch;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.isa.api.InstructionSets;

/** The report of an exit nobody handled: EC and ISS in words, PC, the instruction and its disassembly. */
public final class ExitReport {

    private ExitReport() {
    }

    public static Syndrome syndromeOf(Exit exit) {
        return exit.syndrome();
    }

    public static long pcOf(Exit exit) {
        return exit.pc();
    }

    public static String describe(int vcpu, Exit exit, VirtualMachine vm, InstructionSets isa) {
        long pc = pcOf(exit);
        StringBuilder out = new StringBuilder();
        out.append(String.format("vCPU %d stopped on an unhandled exit at pc 0x%x: %s", vcpu, pc, syndromeOf(exit)));
        if (exit instanceof Exit.DataAbort abort) {
            out.append(String.format(", address 0x%x", abort.ipa()));
        }
        if (exit instanceof Exit.GuestFault fault) {
            out.append(", ").append(fault.reason());
        }
        if (vm.isRam(pc, 4)) {
            byte[] bytes = new byte[4];
            vm.readPhysical(pc, bytes, 0, 4);
            int word = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | (bytes[3] & 0xff) << 24;
            out.append(String.format("; instruction %08x", word));
            if (isa != null) {
                out.append(" (").append(isa.disassemble(word, pc)).append(')');
            }
        }
        return out.toString();
    }
}
