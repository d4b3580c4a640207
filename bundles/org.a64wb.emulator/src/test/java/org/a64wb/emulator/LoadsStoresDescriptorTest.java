package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.MemoryAccess;
import org.a64wb.isa.api.MemoryAccess.Direction;
import org.a64wb.isa.api.MemoryAccess.OffsetKind;
import org.a64wb.isa.api.MemoryAccess.RegisterKind;
import org.a64wb.isa.api.MemoryAccess.Writeback;
import org.junit.jupiter.api.Test;

/**
 * Differential check of every encoding of loads-stores.a64 against its spec memory-access
 * descriptor ({@code mem(...)}, written independently of these semantics): random words of each
 * encoding run on random register values, and whenever the instruction completes, the bytes it
 * touched, the loaded or stored values and the written-back base must be what the descriptor says.
 * Guest behaviour may only surface as GuestException or MemoryAbort, never as another Java exception.
 */
class LoadsStoresDescriptorTest {

    static final A64InstructionSet A64 = new A64InstructionSet();
    static final long RAM = 0x400000;
    static final long RAM_SIZE = 0x400000;

    /** Records the span of bytes accessed through memory(). */
    static final class RecordingMemory implements Memory {
        final PhysicalMemory ram;
        long low;
        long high;
        int reads;
        int writes;

        RecordingMemory(PhysicalMemory ram) {
            this.ram = ram;
            clear();
        }

        void clear() {
            low = Long.MAX_VALUE;
            high = Long.MIN_VALUE;
            reads = 0;
            writes = 0;
        }

        void note(long address, int size, boolean write) {
            low = Math.min(low, address);
            high = Math.max(high, address + size);
            if (write) {
                writes++;
            } else {
                reads++;
            }
        }

        /** A store-exclusive's or CAS's conditional store: one atomic read-modify-write. */
        @Override
        public long compareAndExchange(long a, int size, long expected, long replacement) {
            note(a, size, false);
            note(a, size, true);
            return ram.compareAndExchange(a, size, expected, replacement);
        }

        @Override
        public byte read8(long a) {
            note(a, 1, false);
            return ram.read8(a);
        }

        @Override
        public short read16(long a) {
            note(a, 2, false);
            return ram.read16(a);
        }

        @Override
        public int read32(long a) {
            note(a, 4, false);
            return ram.read32(a);
        }

        @Override
        public long read64(long a) {
            note(a, 8, false);
            return ram.read64(a);
        }

        @Override
        public void write8(long a, byte v) {
            note(a, 1, true);
            ram.write8(a, v);
        }

        @Override
        public void write16(long a, short v) {
            note(a, 2, true);
            ram.write16(a, v);
        }

        @Override
        public void write32(long a, int v) {
            note(a, 4, true);
            ram.write32(a, v);
        }

        @Override
        public void write64(long a, long v) {
            note(a, 8, true);
            ram.write64(a, v);
        }

        @Override
        public boolean isRam(long a, int size) {
            return ram.isRam(a, size);
        }
    }

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
        final RecordingMemory recording = new RecordingMemory(memory);

        @Override
        public Memory memory() {
            return recording;
        }
    }

    static long extendReg(long value, int option, int shift) {
        long v = switch (option) {
            case 2 -> value & 0xffffffffL;
            case 6 -> (long) (int) value;
            default -> value;
        };
        return v << shift;
    }

    /** The value a register gets from {@code bytes} bytes at {@code address}, per the descriptor. */
    static long expectedLoad(H h, long address, MemoryAccess access) {
        int bytes = access.elementBytes();
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            v = v << 8 | (h.memory.read8(address + i) & 0xff);
        }
        if (access.signExtend()) {
            v = v << (64 - 8 * bytes) >> (64 - 8 * bytes);
        }
        return access.kind() == RegisterKind.W ? v & 0xffffffffL : v;
    }

    @Test
    void everyEncodingAgreesWithItsMemoryAccessDescriptor() {
        Random random = new Random(20261123);
        Map<String, Integer> completed = new TreeMap<>();
        int encodings = 0;
        H h = new H();
        h.memory.map(RAM, RAM_SIZE);
        for (EncodingInfo encoding : A64.encodings()) {
            if (!encoding.sourceFile().endsWith("loads-stores.a64")) {
                continue;
            }
            encodings++;
            completed.put(encoding.name(), 0);
            for (long a = RAM + RAM_SIZE / 2 - 0x10000; a < RAM + RAM_SIZE / 2 + 0x10000; a += 8) {
                h.memory.write64(a, random.nextLong());
            }
            for (int attempt = 0; attempt < 200; attempt++) {
                int word = encoding.match() | (random.nextInt() & ~encoding.mask());
                DecodedInstruction decoded = A64.decodeInstruction(word).orElse(null);
                if (decoded == null || !decoded.encoding().name().equals(encoding.name())) {
                    continue;
                }
                MemoryAccess access = decoded.memoryAccess().orElseThrow();
                h.recording.clear();
                h.cpu.exclusiveArmed = false;
                h.cpu.pc = RAM + RAM_SIZE / 2;
                for (int r = 0; r < 31; r++) {
                    h.cpu.x[r] = random.nextBoolean()
                            ? RAM + RAM_SIZE / 2 + 16 * (random.nextInt(4096) - 2048) + (random.nextInt(4) == 0 ? random.nextInt(16) : 0)
                            : random.nextInt(64) - 32;
                }
                h.cpu.spEl0 = RAM + RAM_SIZE / 2 + 16 * random.nextInt(1024);
                int base = access.baseRegister();
                long baseValue = base < 0 ? h.cpu.pc : h.cpu.xsp(base);
                long address = switch (access.offset()) {
                    case IMMEDIATE -> access.writeback() == Writeback.POST ? baseValue : baseValue + access.immediate();
                    case REGISTER -> baseValue + extendReg(h.cpu.x(access.offsetRegister()), access.extend(), access.shift());
                    case LITERAL -> h.cpu.pc + access.immediate();
                    case NONE -> baseValue;
                };
                boolean armed = access.exclusive() && random.nextBoolean();
                if (armed) {
                    h.cpu.exclusiveArmed = true;
                    h.cpu.exclusiveAddress = address;
                    h.cpu.exclusiveSize = access.totalBytes();
                    // As the load-exclusive that armed it would have read (the store compares against it).
                    int bytes = access.totalBytes();
                    if (h.recording.ram.isRam(address, bytes) && (address & (bytes - 1)) == 0) {
                        long mask = bytes >= 8 ? -1L : (1L << (8 * bytes)) - 1;
                        h.cpu.exclusiveValue = h.recording.ram.read64(address & ~7L) >>> (8 * (address & 7)) & mask;
                        if (bytes == 16) {
                            h.cpu.exclusiveValue2 = h.recording.ram.read64(address + 8);
                        }
                    }
                }
                long[] before = h.cpu.x.clone();
                try {
                    h.execute(word);
                } catch (GuestException | MemoryAbort expected) {
                    continue;
                } catch (RuntimeException e) {
                    fail(encoding.name() + " " + Integer.toHexString(word) + " threw " + e);
                }
                completed.merge(encoding.name(), 1, Integer::sum);
                String what = encoding.name() + " " + decoded.disassemble(0) + " (" + Integer.toHexString(word) + ")";
                RecordingMemory m = h.recording;
                if (access.direction() == Direction.PREFETCH) {
                    assertEquals(0, m.reads + m.writes, what + ": a prefetch accesses nothing");
                    continue;
                }
                if (access.statusRegister() >= 0) {
                    if (access.statusRegister() != 31) {
                        assertEquals(armed ? 0L : 1L, h.cpu.x[access.statusRegister()], what + ": status");
                    }
                    assertTrue(!h.cpu.exclusiveArmed, what + ": a store-exclusive clears the monitor");
                }
                if (access.statusRegister() >= 0 && !armed) {
                    assertEquals(0, m.reads + m.writes, what + ": a failed store-exclusive stores nothing");
                    continue;
                }
                assertEquals(address, m.low, what + ": address");
                assertEquals(access.totalBytes(), m.high - m.low, what + ": bytes");
                // A store-exclusive is a compare-and-exchange against what the load-exclusive read (the global monitor).
                assertEquals(access.direction() == Direction.STORE && access.statusRegister() < 0, m.reads == 0, what + ": reads");
                if (access.direction() == Direction.LOAD) {
                    assertEquals(0, m.writes, what + ": a load writes nothing");
                }
                int[] regs = access.registers();
                boolean baseIsTransfer = base == access.statusRegister() || Arrays.stream(regs).anyMatch(r -> r == base && r != 31);
                if (access.writeback() != Writeback.NONE && !baseIsTransfer) {
                    assertEquals(baseValue + access.immediate(), h.cpu.xsp(base), what + ": writeback");
                } else if (base >= 0 && base != 31 && !baseIsTransfer && access.direction() != Direction.LOAD_STORE) {
                    assertEquals(baseValue, h.cpu.x[base], what + ": base unchanged");
                }
                boolean distinct = Arrays.stream(regs).distinct().count() == regs.length;
                if (access.atomic() == MemoryAccess.AtomicOp.NONE && distinct && !baseIsTransfer) {
                    for (int i = 0; i < regs.length; i++) {
                        long elementAddress = address + (long) i * access.elementBytes();
                        if (access.direction() == Direction.LOAD && regs[i] != 31) {
                            assertEquals(expectedLoad(h, elementAddress, access), h.cpu.x[regs[i]], what + ": register " + regs[i]);
                        } else if (access.direction() == Direction.STORE) {
                            long stored = regs[i] == 31 ? 0 : before[regs[i]];
                            MemoryAccess raw = access;
                            long expected = raw.elementBytes() == 8 ? stored : stored & ((1L << (8 * raw.elementBytes())) - 1);
                            long actual = 0;
                            for (int b = raw.elementBytes() - 1; b >= 0; b--) {
                                actual = actual << 8 | (h.memory.read8(elementAddress + b) & 0xff);
                            }
                            assertEquals(expected, actual, what + ": stored register " + regs[i]);
                        }
                    }
                }
            }
        }
        assertEquals(207, encodings);
        for (Map.Entry<String, Integer> e : completed.entrySet()) {
            if (!e.getKey().startsWith("LDRA")) {
                assertTrue(e.getValue() > 0, e.getKey() + " never completed");
            }
        }
    }
}
