package org.a64wb.emulator;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the interpreter and the block compiler did in this JVM: blocks translated (guest instructions, bytecode
 * bytes, time spent), compiled-block runs, instructions interpreted one by one, code pages decoded and dropped
 * by writes. For {@code --stats}: take a {@link #snapshot()} before a run and {@link Snapshot#since} after it.
 *
 * <p>The interpreter keeps its hot counts in locals and adds them here once per {@link Interpreter#run} call
 * (a slice of up to a million instructions), so counting costs nothing per instruction.
 */
public final class TranslationStatistics {

    static final LongAdder BLOCKS = new LongAdder();
    static final LongAdder BLOCK_INSTRUCTIONS = new LongAdder();
    static final LongAdder BYTECODE_BYTES = new LongAdder();
    static final LongAdder TRANSLATION_NANOS = new LongAdder();
    static final LongAdder BLOCK_RUNS = new LongAdder();
    static final LongAdder INTERPRETED = new LongAdder();
    /** Instructions completed in compiled blocks (a block left by an exception part-way adds nothing: a slight undercount). */
    static final LongAdder COMPILED = new LongAdder();
    static final LongAdder PAGES_DECODED = new LongAdder();
    static final LongAdder PAGES_INVALIDATED = new LongAdder();

    private TranslationStatistics() {
    }

    /** The counters now. */
    public static Snapshot snapshot() {
        return new Snapshot(BLOCKS.sum(), BLOCK_INSTRUCTIONS.sum(), BYTECODE_BYTES.sum(), TRANSLATION_NANOS.sum(), BLOCK_RUNS.sum(),
                COMPILED.sum(), INTERPRETED.sum(), PAGES_DECODED.sum(), PAGES_INVALIDATED.sum());
    }

    /** Counter values at one moment, or the difference of two. */
    public record Snapshot(long blocks, long blockInstructions, long bytecodeBytes, long translationNanos, long blockRuns,
            long compiled, long interpreted, long pagesDecoded, long pagesInvalidated) {

        /** What happened between {@code earlier} and this snapshot. */
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(blocks - earlier.blocks, blockInstructions - earlier.blockInstructions, bytecodeBytes - earlier.bytecodeBytes,
                    translationNanos - earlier.translationNanos, blockRuns - earlier.blockRuns,
                    compiled - earlier.compiled, interpreted - earlier.interpreted,
                    pagesDecoded - earlier.pagesDecoded, pagesInvalidated - earlier.pagesInvalidated);
        }

        /** One line for {@code --stats}. */
        public String describe() {
            double compiledShare = compiled + interpreted == 0 ? 0 : 100.0 * compiled / (compiled + interpreted);
            return String.format("%d blocks translated (%d guest instructions, %.1f KiB of bytecode, %.0f ms), %d block runs, "
                    + "%.1f%% of instructions in translated code, %d code pages decoded, %d dropped by writes",
                    blocks, blockInstructions, bytecodeBytes / 1024.0, translationNanos / 1e6, blockRuns, compiledShare, pagesDecoded,
                    pagesInvalidated);
        }
    }
}
