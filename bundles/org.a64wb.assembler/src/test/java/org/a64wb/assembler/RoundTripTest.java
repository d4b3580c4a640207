package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionSet;
import org.junit.jupiter.api.Test;

/**
 * Every defined word of llvm-mc's golden corpus: assembling llvm-mc's text gives back the word, or a
 * word whose disassembly is identical (an equivalent encoding of the same instruction).
 */
class RoundTripTest {

    static final Path CORPUS = Path.of("../org.a64wb.isa.a64/src/test/resources/golden/llvm-mc-a64.tsv");

    @Test
    void assemblingLlvmMcTextGivesBackEveryCorpusWord() throws Exception {
        InstructionSet a64 = new A64InstructionSet();
        List<Integer> words = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols[1].equals("<undefined>")) {
                continue;
            }
            words.add((int) Long.parseLong(cols[0], 16));
            texts.add(cols[1]);
        }
        Assembler assembler = new Assembler(List.of(a64));
        long start = System.nanoTime();
        Assembler.Result result;
        List<String> failures = new ArrayList<>();
        java.util.Set<Integer> failedLines = new java.util.HashSet<>();
        int exact = 0;
        int equivalent = 0;
        try {
            result = assembler.assemble("corpus.s", String.join("\n", texts) + "\n", Assembler.Options.flat(0));
        } catch (AssemblyException e) {
            // report the lines that failed, assemble the rest with those lines given as data
            List<String> patched = new ArrayList<>(texts);
            for (String error : e.errors()) {
                int line = Integer.parseInt(error.split(":")[1]) - 1;
                if (failedLines.add(line)) {
                    failures.add(error + "   <- " + texts.get(line));
                }
                patched.set(line, String.format(".word 0x%08x", words.get(line)));
            }
            result = assembler.assemble("corpus.s", String.join("\n", patched) + "\n", Assembler.Options.flat(0));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result != null) {
            ByteBuffer text = ByteBuffer.wrap(result.section(".text").bytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < words.size(); i++) {
                int got = text.getInt(4 * i);
                int want = words.get(i);
                long pc = 4L * i;
                if (failedLines.contains(i)) {
                    continue;
                }
                if (got == want) {
                    exact++;
                } else if (a64.decode(got) >= 0 && a64.disassemble(a64.decode(got), got, pc).equals(a64.disassemble(a64.decode(want), want, pc))) {
                    if (equivalent++ < 5) {
                        System.out.printf("equivalent encoding: %08x %s -> %08x%n", want, texts.get(i), got);
                    }
                } else {
                    failures.add(String.format("%08x %s -> %08x", want, texts.get(i), got));
                }
            }
        }
        System.out.printf("round trip: %d corpus words checked, %d assembled (%d exact, %d equivalent encodings), %d failures, %d ms%n",
                words.size(), exact + equivalent, exact, equivalent, failures.size(), millis);
        failures.stream().limit(40).forEach(System.out::println);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }
}
