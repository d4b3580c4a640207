package org.a64wb.differential;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.FieldInfo;
import org.a64wb.isa.api.InstructionClass;
import org.a64wb.isa.api.MemoryAccess;

/**
 * A static AArch64 Linux ELF holding many random instruction sequences. Each sequence starts from
 * registers, flags, a random FPCR (rounding mode, FZ, DN, AHP, FZ16), SIMD&FP registers and a 2 KiB
 * scratch block initialised from a seeded table, runs random instructions of the spec (data processing
 * and loads/stores, and with {@link Mix#SIMD_FP} SIMD&FP data processing), then writes its state
 * (X0-X28, NZCV with FPSR in the upper half, V0-V31, the scratch block: {@link #DUMP_BYTES} bytes) to stdout. The same file runs
 * under qemu-aarch64 and under our runner; the outputs must be identical.
 *
 * <p>Random words are constrained so both sides stay defined: X27..X30 and SP are never written
 * (X28 is the load/store base, X27 a small index, X29/X30 the harness's pointers); every memory
 * access stays in the scratch block, with the alignment the architecture requires; forms whose
 * result is CONSTRAINED UNPREDICTABLE or implementation defined (overlapping transfer registers,
 * store-exclusives of another size than the armed load-exclusive, other stores while a
 * load-exclusive is armed, PAuth with random keys, literal loads) are left out. So are the two forms
 * where QEMU 7.2 departs from the Arm ARM (the emulator follows the Arm ARM; unit tests pin both):
 * FJCVTZS of a denormal flushed by FPCR.FZ (QEMU sets Z, FPToFixedJS clears it), and FCVTZS (scalar,
 * fixed-point) to a half-precision register (QEMU sign-extends the 16-bit result into bits 31:16).
 */
public final class RandomProgram {

    public static final long TEXT_BASE = 0x400000;
    public static final long DATA_BASE = 0x10000000;
    static final long SCRATCH = DATA_BASE;
    static final int SCRATCH_BYTES = 2048;
    static final long OUT = DATA_BASE + 4096;
    /** Per sequence: X0..X28 (232), NZCV | FPSR << 32 (8; FPCR << 32 in the table), V0..V31 (512), scratch (2048). */
    public static final int DUMP_BYTES = 232 + 8 + 512 + SCRATCH_BYTES;
    static final long TABLES = DATA_BASE + 8192;
    static final int TABLE_BYTES = DUMP_BYTES;
    static final int X_OFFSET = 0;
    static final int NZCV_OFFSET = 232;
    static final int V_OFFSET = 240;
    static final int SCRATCH_OFFSET = 752;

    /** One generated sequence: its random words (as placed in the program) and where it starts. */
    public record Sequence(int index, long seed, int[] words, long firstInstruction) {
    }

    /** Which instructions the sequences draw from. */
    public enum Mix {
        /** Integer data processing and every load/store (the V registers only move through memory). */
        INTEGER,
        /** Also every SIMD&FP data-processing encoding, with V registers full of special FP values. */
        SIMD_FP
    }

    /** FPCR bits a sequence may set: FZ16 (19), RMode (23:22), FZ (24), DN (25), AHP (26). */
    static final long FPCR_RANDOM_BITS = 1L << 19 | 3L << 22 | 1L << 24 | 1L << 25 | 1L << 26;

    private static final A64InstructionSet A64 = new A64InstructionSet();

    private final List<Sequence> sequences = new ArrayList<>();
    private final byte[] elf;

    private final List<EncodingInfo> candidates;

    private RandomProgram(long seed, int count, int length, Mix mix, String only) {
        candidates = candidates(mix, only);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteBuffer tables = ByteBuffer.allocate(count * TABLE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> code = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sequenceSeed = seed * 1_000_003L + i;
            Random random = new Random(sequenceSeed);
            long table = TABLES + (long) i * TABLE_BYTES;
            long x27 = random.nextInt(32) & ~0L;
            fillTable(tables, i * TABLE_BYTES, random, x27, mix);
            prologue(code, table);
            long first = TEXT_BASE + 4L * code.size();
            int[] words = new SequenceBuilder(random, x27, candidates).build(length);
            for (int w : words) {
                code.add(w);
            }
            epilogue(code);
            sequences.add(new Sequence(i, sequenceSeed, words, first));
        }
        for (int w : Asm.mov64(0, 0)) {
            code.add(w);
        }
        for (int w : Asm.mov64(8, 94)) {
            code.add(w);
        }
        code.add(Asm.SVC0);
        ByteBuffer codeBytes = ByteBuffer.allocate(code.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        code.forEach(codeBytes::putInt);
        text.writeBytes(codeBytes.array());
        elf = ElfWriter.write(TEXT_BASE, text.toByteArray(), DATA_BASE, TABLES - DATA_BASE, tables.array(), TEXT_BASE);
    }

    public static RandomProgram generate(long seed, int sequences, int length) {
        return generate(seed, sequences, length, Mix.INTEGER);
    }

    public static RandomProgram generate(long seed, int sequences, int length, Mix mix) {
        return new RandomProgram(seed, sequences, length, mix, null);
    }

    /** {@code only}: a regular expression the SIMD&FP encodings' names must match (null: all of them). */
    public static RandomProgram generate(long seed, int sequences, int length, Mix mix, String only) {
        return new RandomProgram(seed, sequences, length, mix, only);
    }

    public byte[] elf() {
        return elf;
    }

    public List<Sequence> sequences() {
        return sequences;
    }

    private static void fillTable(ByteBuffer table, int at, Random random, long x27, Mix mix) {
        for (int r = 0; r < 27; r++) {
            table.putLong(at + X_OFFSET + 8 * r, interesting(random));
        }
        table.putLong(at + X_OFFSET + 8 * 27, x27);
        table.putLong(at + X_OFFSET + 8 * 28, SCRATCH + SCRATCH_BYTES / 2);
        long fpcr = random.nextLong() & FPCR_RANDOM_BITS;
        table.putLong(at + NZCV_OFFSET, (long) random.nextInt(16) << 28 | fpcr << 32);
        for (int i = 0; i < 64; i++) {
            table.putLong(at + V_OFFSET + 8 * i, mix == Mix.SIMD_FP && random.nextBoolean() ? FloatingPointValues.lanes(random) : interesting(random));
        }
        for (int i = 0; i < SCRATCH_BYTES / 8; i++) {
            table.putLong(at + SCRATCH_OFFSET + 8 * i, interesting(random));
        }
    }

    /** Random 64-bit values with the corner cases arithmetic gets wrong most often. */
    static long interesting(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> 1;
            case 3 -> Long.MIN_VALUE;
            case 4 -> Long.MAX_VALUE;
            case 5 -> 0x80000000L;
            case 6 -> 0x7fffffffL;
            case 7 -> 0xffffffffL;
            case 8 -> random.nextInt(256) - 128;
            default -> random.nextLong();
        };
    }

    private static void prologue(List<Integer> code, long table) {
        code.add(Asm.CLREX);
        add(code, Asm.mov64(29, table));
        add(code, Asm.mov64(0, SCRATCH));
        add(code, Asm.mov64(1, table + SCRATCH_OFFSET));
        add(code, Asm.mov64(2, SCRATCH_BYTES / 8));
        code.add(Asm.ldrPost(3, 1, 8));
        code.add(Asm.strPost(3, 0, 8));
        code.add(Asm.subsImm(2, 2, 1));
        code.add(Asm.bne(-12));
        code.add(Asm.ldrX(0, 29, NZCV_OFFSET));
        code.add(Asm.msrNzcv(0));
        code.add(Asm.lsr32(0, 0));
        code.add(Asm.msrFpcr(0));
        code.add(Asm.msrFpsr(31));
        for (int v = 0; v < 32; v += 2) {
            code.add(Asm.ldpQ(v, v + 1, 29, V_OFFSET + 16 * v));
        }
        for (int r = 0; r < 28; r += 2) {
            code.add(Asm.ldpX(r, r + 1, 29, X_OFFSET + 8 * r));
        }
        code.add(Asm.ldrX(28, 29, X_OFFSET + 8 * 28));
    }

    private static void epilogue(List<Integer> code) {
        add(code, Asm.mov64(30, OUT));
        for (int r = 0; r < 28; r += 2) {
            code.add(Asm.stpX(r, r + 1, 30, X_OFFSET + 8 * r));
        }
        code.add(Asm.strX(28, 30, X_OFFSET + 8 * 28));
        code.add(Asm.mrsNzcv(0));
        code.add(Asm.mrsFpsr(1));
        code.add(Asm.orrLsl32(0, 0, 1));
        code.add(Asm.strX(0, 30, NZCV_OFFSET));
        for (int v = 0; v < 32; v += 2) {
            code.add(Asm.stpQ(v, v + 1, 30, V_OFFSET + 16 * v));
        }
        add(code, Asm.mov64(0, SCRATCH));
        add(code, Asm.mov64(1, OUT + SCRATCH_OFFSET));
        add(code, Asm.mov64(2, SCRATCH_BYTES / 8));
        code.add(Asm.ldrPost(3, 0, 8));
        code.add(Asm.strPost(3, 1, 8));
        code.add(Asm.subsImm(2, 2, 1));
        code.add(Asm.bne(-12));
        add(code, Asm.mov64(0, 1));
        add(code, Asm.mov64(1, OUT));
        add(code, Asm.mov64(2, DUMP_BYTES));
        add(code, Asm.mov64(8, 64));
        code.add(Asm.SVC0);
    }

    private static void add(List<Integer> code, int[] words) {
        for (int w : words) {
            code.add(w);
        }
    }

    private static List<EncodingInfo> candidates(Mix mix, String only) {
        List<EncodingInfo> list = new ArrayList<>();
        for (EncodingInfo e : A64.encodings()) {
            String n = e.name();
            boolean pauth = n.startsWith("PAC") || n.startsWith("AUT") || n.startsWith("XPAC") || n.startsWith("LDRAA") || n.startsWith("LDRAB");
            boolean dp = e.instructionClass() == InstructionClass.DATA_PROCESSING
                    || mix == Mix.SIMD_FP && e.instructionClass() == InstructionClass.SIMD_FP && (only == null || n.matches(only));
            boolean ls = e.instructionClass() == InstructionClass.LOAD_STORE;
            if ((dp || ls) && !pauth) {
                list.add(e);
            }
        }
        return list;
    }

    /** The words whose QEMU 7.2 result is not the Arm ARM's (see the class comment). */
    static boolean qemuDeparts(String encoding, int word) {
        return encoding.equals("FJCVTZS") || encoding.equals("FCVTZS_fix_scalar") && (word >>> 20 & 7) == 1;
    }

    /** Picks words one by one, tracking where X28 points so every access stays inside the scratch block. */
    private static final class SequenceBuilder {
        private final Random random;
        private final long x27;
        private final List<EncodingInfo> candidates;
        private long drift;
        /** Bytes armed by the last load-exclusive of this sequence; 0 when none (CLREX starts each sequence). */
        private int exclusiveBytes;

        SequenceBuilder(Random random, long x27, List<EncodingInfo> candidates) {
            this.random = random;
            this.x27 = x27;
            this.candidates = candidates;
        }

        int[] build(int length) {
            int[] words = new int[length];
            for (int i = 0; i < length; i++) {
                words[i] = next();
            }
            return words;
        }

        private int next() {
            while (true) {
                EncodingInfo e = candidates.get(random.nextInt(candidates.size()));
                int w = e.match() | (random.nextInt() & ~e.mask());
                boolean memory = e.instructionClass() == InstructionClass.LOAD_STORE;
                for (FieldInfo f : e.fields()) {
                    if (f.width() != 5 || !f.name().startsWith("R")) {
                        continue;
                    }
                    int value = (int) f.extract(w);
                    if (memory && f.name().equals("Rn")) {
                        value = 28;
                    } else if (memory && f.name().equals("Rm")) {
                        value = 27;
                    } else if (value >= 27) {
                        value = random.nextInt(27);
                    }
                    w = (w & ~(31 << f.lsb())) | value << f.lsb();
                }
                int id = A64.decode(w);
                if (id < 0 || !candidates.contains(A64.encodings().get(id)) || qemuDeparts(A64.encodings().get(id).name(), w)) {
                    continue;
                }
                if (A64.encodings().get(id).instructionClass() != InstructionClass.LOAD_STORE) {
                    return w;
                }
                MemoryAccess access = A64.memoryAccess(id, w).orElse(null);
                if (access != null && accept(access)) {
                    return w;
                }
            }
        }

        private boolean accept(MemoryAccess m) {
            if (m.baseRegister() != 28 || m.offset() == MemoryAccess.OffsetKind.LITERAL) {
                return false;
            }
            if (m.offsetRegister() >= 0 && m.offsetRegister() != 27) {
                return false;
            }
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            boolean general = m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W;
            for (int r : m.registers()) {
                // CASP's second registers (Rs+1, Rt+1) can reach the harness's X27/X28; a load into the
                // same register twice is CONSTRAINED UNPREDICTABLE (atomics legitimately name Rs = Rt).
                if (general && r >= 27 || !seen.add(r) && m.atomic() == MemoryAccess.AtomicOp.NONE) {
                    return false;
                }
            }
            if (m.statusRegister() >= 0 && (m.statusRegister() >= 27 || contains(m.registers(), m.statusRegister()))) {
                return false;
            }
            long offset = switch (m.offset()) {
                case IMMEDIATE -> m.immediate();
                case REGISTER -> registerOffset(m);
                default -> 0;
            };
            long start = SCRATCH_BYTES / 2 + drift + (m.writeback() == MemoryAccess.Writeback.POST ? 0 : offset);
            long end = start + Math.max(1, m.totalBytes());
            if (start < 0 || end > SCRATCH_BYTES) {
                return false;
            }
            boolean aligned = m.acquire() || m.release() || m.exclusive() || m.atomic() != MemoryAccess.AtomicOp.NONE;
            int alignment = m.atomic() != MemoryAccess.AtomicOp.NONE || m.exclusive() ? Math.max(1, m.totalBytes()) : m.elementBytes();
            if (aligned && Math.floorMod(start, alignment) != 0) {
                return false;
            }
            if (m.exclusive() && m.direction() == MemoryAccess.Direction.STORE && m.totalBytes() != exclusiveBytes) {
                // A store-exclusive whose size differs from the armed load-exclusive is CONSTRAINED UNPREDICTABLE.
                return false;
            }
            boolean writes = m.direction() == MemoryAccess.Direction.STORE || m.direction() == MemoryAccess.Direction.LOAD_STORE;
            if (exclusiveBytes != 0 && writes && !m.exclusive()) {
                // Whether a store by the same PE clears its armed local monitor is IMPLEMENTATION DEFINED
                // (Arm ARM B2.9 "Exclusive access instructions and Non-shareable memory locations").
                return false;
            }
            if (m.exclusive() && m.direction() == MemoryAccess.Direction.LOAD) {
                exclusiveBytes = m.totalBytes();
            }
            long newDrift = drift;
            if (m.writeback() == MemoryAccess.Writeback.PRE) {
                newDrift += offset;
            } else if (m.writeback() == MemoryAccess.Writeback.POST) {
                newDrift += m.offsetRegister() >= 0 ? x27 : m.immediate();
            }
            if (Math.abs(newDrift) > SCRATCH_BYTES / 4) {
                return false;
            }
            drift = newDrift;
            return true;
        }

        private long registerOffset(MemoryAccess m) {
            long value = switch (m.extend()) {
                case 2 -> x27 & 0xffffffffL;
                case 6 -> (int) x27;
                default -> x27;
            };
            return value << m.shift();
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
