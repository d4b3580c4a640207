package org.a64wb.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.a64wb.isa.a64.A64Decoder;
import org.a64wb.isa.a64.A64Encodings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding 1,000,000 uniform random words from the covered encoding groups: the generated decision
 * tree against a linear scan over every pattern in the same priority order (the same answers, checked
 * in setup). Score = words per second; the ratio of the two is the figure that matters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecoderBenchmark {

    static final int WORDS = 1_000_000;

    private int[] words;

    @Setup
    public void setUp() {
        Random random = new Random(20261123L);
        words = new int[WORDS];
        for (int i = 0; i < WORDS; ) {
            int w = random.nextInt();
            int op0 = (w >>> 25) & 0xf;
            boolean covered = op0 == 0 || (op0 & 0b1100) == 0b1000 || (op0 & 0b0101) == 0b0100 || (op0 & 0b0111) == 0b0101;
            if (covered) {
                words[i++] = w;
            }
        }
        for (int i = 0; i < 20_000; i++) {
            if (A64Decoder.decode(words[i]) != A64Encodings.decodeLinear(words[i])) {
                throw new IllegalStateException(String.format("decoders disagree on %08x", words[i]));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(WORDS)
    public int decisionTree() {
        int sum = 0;
        for (int w : words) {
            sum += A64Decoder.decode(w);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(WORDS)
    public int linearScan() {
        int sum = 0;
        for (int w : words) {
            sum += A64Encodings.decodeLinear(w);
        }
        return sum;
    }
}
