package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.a64.A64SystemRegisters;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.sysreg.SystemOperationInfo;
import org.a64wb.isa.api.sysreg.SystemRegisterInfo;
import org.junit.jupiter.api.Test;

/**
 * Every name of the generated system-register table (isa-spec/system-registers.a64) round-trips: "mrs x0, NAME",
 * "msr NAME, x0" and each SYS alias assemble to the word the Arm ARM's layout gives for the spec's encoding (C6.2
 * "MRS", "MSR (register)", "SYS": bits [20:5] are op0:op1:CRn:CRm:op2), and that word disassembles to the same
 * text; llvm-mc, when installed, assembles the text to the same word.
 */
class SystemRegisterNamesRoundTripTest {

    private static final int MRS = 0xd5200000;
    private static final int MSR_OR_SYS = 0xd5000000;
    /** The feature set of the project's llvm-mc reference (isa.a64's LlvmMc.MATTR). */
    private static final String MATTR = "+v8.5a,+fp-armv8,+neon,+crc,+crypto,+lse,+rcpc,+dotprod,+fullfp16";

    private record Line(String text, int word, String source) {
    }

    /** The lines to round-trip, one per register direction and per SYS operation, with the word each must be. */
    private static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (SystemRegisterInfo r : A64SystemRegisters.REGISTERS) {
            // A register llvm-mc has no name for (a feature outside its set) is spelled generically.
            String name = r.named() ? r.name() : r.encoding().toString();
            int fields = r.encoding().pack() << 5;
            if (r.readable()) {
                lines.add(new Line("mrs x0, " + name, MRS | fields, r.location()));
            }
            if (r.writable()) {
                lines.add(new Line("msr " + name + ", x0", MSR_OR_SYS | fields, r.location()));
            }
        }
        for (SystemOperationInfo op : A64SystemRegisters.OPERATIONS) {
            // Without the register operand Rt is 31.
            lines.add(new Line(op.alias() + " " + op.name() + (op.register() ? ", x0" : ""),
                    MSR_OR_SYS | op.encoding().pack() << 5 | (op.register() ? 0 : 31), op.location()));
        }
        return lines;
    }

    @Test
    void everyNameAssemblesToItsEncodingAndDisassemblesBack() throws Exception {
        InstructionSet a64 = new A64InstructionSet();
        List<Line> lines = lines();
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.text()).append('\n');
        }
        Assembler.Result result = new Assembler(List.of(a64)).assemble("sysregs.s", text.toString(), Assembler.Options.flat(0));
        ByteBuffer words = ByteBuffer.wrap(result.section(".text").bytes()).order(ByteOrder.LITTLE_ENDIAN);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int word = words.getInt(4 * i);
            int id = a64.decode(line.word());
            String back = id < 0 ? "<undefined>" : a64.disassemble(id, line.word(), 0);
            // An operation without Xt ("ic iallu") is Rt = 31, as the Arm ARM and llvm-mc (the test below) have it.
            if (word != line.word() || !back.equals(line.text())) {
                wrong.add(String.format("%s: %s -> %08x (want %08x) -> %s", line.source(), line.text(), word, line.word(), back));
            }
        }
        assertEquals(List.of(), wrong, lines.size() + " lines");
        assertEquals(true, lines.size() > 900, "the table has its ~840 registers and ~110 operations: " + lines.size());
    }

    @Test
    void llvmMcAssemblesEveryNameToTheSameWord() throws Exception {
        String llvmMc = onPath("llvm-mc");
        assumeTrue(llvmMc != null, "llvm-mc is not installed");
        List<Line> lines = lines();
        Path input = Files.createTempFile("sysregs", ".s");
        try {
            Files.write(input, lines.stream().map(Line::text).toList());
            Process process = new ProcessBuilder(llvmMc, "-triple=aarch64", "-mattr=" + MATTR, "-show-encoding", input.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(true, process.waitFor(60, TimeUnit.SECONDS));
            Matcher m = Pattern.compile("// encoding: \\[0x(..),0x(..),0x(..),0x(..)\\]").matcher(output);
            List<String> wrong = new ArrayList<>();
            int i = 0;
            while (m.find()) {
                int word = Integer.parseUnsignedInt(m.group(4) + m.group(3) + m.group(2) + m.group(1), 16);
                if (i < lines.size() && word != lines.get(i).word()) {
                    wrong.add(String.format("%s: %s: llvm-mc %08x, spec %08x", lines.get(i).source(), lines.get(i).text(), word, lines.get(i).word()));
                }
                i++;
            }
            assertEquals(lines.size(), i, "llvm-mc encoded every line:\n" + output.lines().filter(l -> l.contains("error")).limit(10).toList());
            assertEquals(List.of(), wrong);
        } finally {
            Files.delete(input);
        }
    }

    private static String onPath(String tool) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
