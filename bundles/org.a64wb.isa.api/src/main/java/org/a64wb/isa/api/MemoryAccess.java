package org.a64wb.isa.api;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * What a load or store does to memory, as the spec describes it: enough to emulate the access
 * (for example on an ISV=0 data abort) without looking at the instruction again.
 *
 * @param direction     load, store, both (atomics) or prefetch
 * @param kind          the register file and width of the transfer registers
 * @param elementBytes  bytes per element (per register for scalar forms)
 * @param registers     transfer registers in architectural order (for structures: the first and those after it)
 * @param signExtend    a load that sign-extends into the register
 * @param baseRegister  the base register (31 is SP); -1 for PC-relative literal loads
 * @param offset        how the address is formed from the base
 * @param immediate     byte offset for IMMEDIATE, PC-relative offset for LITERAL, post-index amount for POST with no register
 * @param offsetRegister index register for REGISTER offsets and register post-index; -1 when none
 * @param extend        extend option of a register offset (the Arm ARM's option field: 2 UXTW, 3 LSL/UXTX, 6 SXTW, 7 SXTX)
 * @param shift         left shift applied to the register offset
 * @param writeback     pre- or post-index update of the base register
 * @param acquire       load-acquire semantics (RCsc, or RCpc when {@code acquirePc})
 * @param acquirePc     the acquire is RCpc (LDAPR, LDAPUR): ordered only after earlier store-releases to the same address
 * @param release       store-release semantics
 * @param exclusive     load/store exclusive (uses the exclusive monitor)
 * @param statusRegister the register a store-exclusive writes its status to; -1 for other accesses
 * @param atomic        the read-modify-write operation of an atomic, NONE otherwise
 * @param structureElements elements per structure for LD1..LD4/ST1..ST4 (1 for plain accesses)
 * @param lane          the lane of a single-structure access, -1 for whole registers
 * @param replicate     LD1R..LD4R: one structure replicated to all lanes
 * @param vectorBytes   8 or 16 for vector-register structure accesses, 0 otherwise
 * @param unprivileged  LDTR/STTR: checked as EL0 access
 * @param nonTemporal   LDNP/STNP hint
 */
public record MemoryAccess(
        Direction direction,
        RegisterKind kind,
        int elementBytes,
        int[] registers,
        boolean signExtend,
        int baseRegister,
        OffsetKind offset,
        long immediate,
        int offsetRegister,
        int extend,
        int shift,
        Writeback writeback,
        boolean acquire,
        boolean acquirePc,
        boolean release,
        boolean exclusive,
        int statusRegister,
        AtomicOp atomic,
        int structureElements,
        int lane,
        boolean replicate,
        int vectorBytes,
        boolean unprivileged,
        boolean nonTemporal) {

    public enum Direction { LOAD, STORE, LOAD_STORE, PREFETCH }

    public enum RegisterKind { X, W, B, H, S, D, Q, V }

    public enum OffsetKind { NONE, IMMEDIATE, REGISTER, LITERAL }

    public enum Writeback { NONE, PRE, POST }

    public enum AtomicOp { NONE, ADD, CLR, EOR, SET, SMAX, SMIN, UMAX, UMIN, SWP, CAS }

    public MemoryAccess {
        registers = registers.clone();
    }

    @Override
    public int[] registers() {
        return registers.clone();
    }

    /**
     * Bytes of memory the access covers. Atomics list their comparison/source registers and their
     * destination registers ({@code [Rs, Rt]}, CASP {@code [Rs, Rs+1, Rt, Rt+1]}), both over the same bytes.
     */
    public int totalBytes() {
        if (kind == RegisterKind.V) {
            if (lane >= 0 || replicate) {
                return elementBytes * structureElements;
            }
            return vectorBytes * registers.length;
        }
        if (atomic != AtomicOp.NONE) {
            return elementBytes * Math.max(1, registers.length / 2);
        }
        return elementBytes * registers.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemoryAccess m && toString().equals(m.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(" ");
        text.add(direction.name().toLowerCase()).add(kind + "x" + elementBytes + "B").add("regs=" + Arrays.toString(registers));
        if (signExtend) {
            text.add("signed");
        }
        text.add(baseRegister < 0 ? "base=pc" : "base=" + (baseRegister == 31 ? "sp" : "x" + baseRegister));
        switch (offset) {
            case IMMEDIATE -> text.add("imm=" + immediate);
            case LITERAL -> text.add("literal=" + immediate);
            case REGISTER -> text.add("offreg=x" + offsetRegister).add("extend=" + extend).add("shift=" + shift);
            case NONE -> { }
        }
        if (writeback != Writeback.NONE) {
            text.add("writeback=" + writeback.name().toLowerCase());
            if (offset == OffsetKind.NONE && writeback == Writeback.POST) {
                text.add(offsetRegister >= 0 ? "by=x" + offsetRegister : "by=" + immediate);
            }
        }
        if (acquire) {
            text.add(acquirePc ? "acquire-pc" : "acquire");
        }
        if (release) {
            text.add("release");
        }
        if (exclusive) {
            text.add("exclusive");
        }
        if (statusRegister >= 0) {
            text.add("status=w" + statusRegister);
        }
        if (atomic != AtomicOp.NONE) {
            text.add("atomic=" + atomic.name().toLowerCase());
        }
        if (kind == RegisterKind.V) {
            text.add("elements=" + structureElements).add("vbytes=" + vectorBytes);
            if (lane >= 0) {
                text.add("lane=" + lane);
            }
            if (replicate) {
                text.add("replicate");
            }
        }
        if (unprivileged) {
            text.add("unprivileged");
        }
        if (nonTemporal) {
            text.add("nontemporal");
        }
        return text.toString();
    }

    public static Builder builder(Direction direction, RegisterKind kind, int elementBytes) {
        return new Builder(direction, kind, elementBytes);
    }

    /** Used by generated code; defaults describe a plain access with no offset. */
    public static final class Builder {
        private final Direction direction;
        private final RegisterKind kind;
        private final int elementBytes;
        private int[] registers = new int[0];
        private boolean signExtend;
        private int baseRegister = -1;
        private OffsetKind offset = OffsetKind.NONE;
        private long immediate;
        private int offsetRegister = -1;
        private int extend = 3;
        private int shift;
        private Writeback writeback = Writeback.NONE;
        private boolean acquire;
        private boolean acquirePc;
        private boolean release;
        private boolean exclusive;
        private int statusRegister = -1;
        private AtomicOp atomic = AtomicOp.NONE;
        private int structureElements = 1;
        private int lane = -1;
        private boolean replicate;
        private int vectorBytes;
        private boolean unprivileged;
        private boolean nonTemporal;

        private Builder(Direction direction, RegisterKind kind, int elementBytes) {
            this.direction = direction;
            this.kind = kind;
            this.elementBytes = elementBytes;
        }

        public Builder registers(long... numbers) {
            // A loop, not a stream: hypervisors describe the faulting instruction on every MMIO exit.
            registers = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                registers[i] = (int) numbers[i];
            }
            return this;
        }

        /** {@code count} consecutive registers from {@code first}, wrapping at 32 as the Arm ARM's lists do. */
        public Builder registerList(long first, long count) {
            registers = new int[(int) count];
            for (int i = 0; i < count; i++) {
                registers[i] = (int) ((first + i) % 32);
            }
            return this;
        }

        public Builder signExtend(boolean value) { signExtend = value; return this; }
        public Builder base(long register) { baseRegister = (int) register; return this; }
        public Builder immediate(long bytes) { offset = OffsetKind.IMMEDIATE; immediate = bytes; return this; }
        public Builder literal(long bytes) { offset = OffsetKind.LITERAL; immediate = bytes; baseRegister = -1; return this; }
        public Builder offsetRegister(long register) { offset = OffsetKind.REGISTER; offsetRegister = (int) register; return this; }
        public Builder extend(long option) { extend = (int) option; return this; }
        public Builder shift(long amount) { shift = (int) amount; return this; }

        /** Post-index by an immediate or a register: the access uses the unmodified base. */
        public Builder postIndexImmediate(long bytes) { writeback = Writeback.POST; offset = OffsetKind.NONE; immediate = bytes; return this; }
        public Builder postIndexRegister(long register) { writeback = Writeback.POST; offset = OffsetKind.NONE; offsetRegister = (int) register; return this; }
        public Builder writeback(Writeback value) { writeback = value; return this; }
        public Builder acquire(boolean value) { acquire = value; return this; }
        public Builder acquirePc(boolean value) { acquire |= value; acquirePc = value; return this; }
        public Builder statusRegister(long register) { statusRegister = (int) register; return this; }
        public Builder release(boolean value) { release = value; return this; }
        public Builder exclusive(boolean value) { exclusive = value; return this; }
        public Builder atomic(AtomicOp value) { atomic = value; return this; }
        public Builder structureElements(long value) { structureElements = (int) value; return this; }
        public Builder lane(long value) { lane = (int) value; return this; }
        public Builder replicate(boolean value) { replicate = value; return this; }
        public Builder vectorBytes(long value) { vectorBytes = (int) value; return this; }
        public Builder unprivileged(boolean value) { unprivileged = value; return this; }
        public Builder nonTemporal(boolean value) { nonTemporal = value; return this; }

        public MemoryAccess build() {
            return new MemoryAccess(direction, kind, elementBytes, registers, signExtend, baseRegister, offset, immediate,
                    offsetRegister, extend, shift, writeback, acquire, acquirePc, release, exclusive, statusRegister, atomic, structureElements, lane,
                    replicate, vectorBytes, unprivileged, nonTemporal);
        }
    }
}
