package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/**
 * Spellings llvm-mc accepts beyond its own disassembly assemble to llvm-mc's words: ADD/SUB/CMP/CMN with a negative
 * immediate or one that only fits shifted, BIC/BICS/ORN/EON with an immediate, LDR/STR offsets only LDUR/STUR hold,
 * HINT of a hint that has its own name, SYS of an IC/TLBI operation, generic system register names, and the registers
 * a statement omits (Rt of IC IALLU, Rs and Rt2 of LDAXR, Ra of UMULH: 31). The words are llvm-mc's
 * (spellings/llvm-spellings.txt, recorded by spellings/regenerate.sh); checked live too where llvm-mc is installed.
 */
class LlvmSpellingTest {

    private record Case(String statement, int word) {
    }

    private static List<Case> recorded() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LlvmSpellingTest.class.getResourceAsStream("/spellings/llvm-spellings.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0], Integer.parseUnsignedInt(parts[1], 16)));
            }
        }
        return cases;
    }

    private static int[] assemble(List<Case> cases) throws Exception {
        StringBuilder source = new StringBuilder();
        for (Case c : cases) {
            source.append(c.statement()).append('\n');
        }
        byte[] text = new Assembler(List.of(new A64InstructionSet())).assemble("spellings.s", source.toString(), Assembler.Options.flat(0))
                .section(".text").bytes();
        ByteBuffer words = ByteBuffer.wrap(text).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[text.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.getInt(4 * i);
        }
        return out;
    }

    @Test
    void everySpellingAssemblesToLlvmMcsWord() throws Exception {
        List<Case> cases = recorded();
        int[] words = assemble(cases);
        assertEquals(cases.size(), words.length);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (words[i] != cases.get(i).word()) {
                wrong.add(String.format("%s: %08x, llvm-mc %08x", cases.get(i).statement(), words[i], cases.get(i).word()));
            }
        }
        assertEquals(List.of(), wrong, cases.size() + " statements");
    }

    @Test
    void llvmMcStillEncodesTheRecordedWords() throws Exception {
        String llvmMc = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "llvm-mc"))) {
                llvmMc = Path.of(dir, "llvm-mc").toString();
            }
        }
        assumeTrue(llvmMc != null, "llvm-mc is not installed");
        List<String> wrong = new ArrayList<>();
        for (Case c : recorded()) {
            Process process = new ProcessBuilder(llvmMc, "-triple=aarch64", "-mattr=+v8.5a,+fp-armv8,+neon,+crc,+crypto,+lse,+rcpc,+dotprod,+fullfp16",
                    "-show-encoding").redirectErrorStream(true).start();
            process.getOutputStream().write((c.statement() + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(true, process.waitFor(30, TimeUnit.SECONDS));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding: \\[0x(..),0x(..),0x(..),0x(..)\\]").matcher(output);
            int word = m.find() ? Integer.parseUnsignedInt(m.group(4) + m.group(3) + m.group(2) + m.group(1), 16) : 0;
            if (word != c.word()) {
                wrong.add(c.statement() + ": " + output.strip());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
