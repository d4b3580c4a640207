package org.a64wb.gdbstub.target;

/**
 * A Z packet's subject: a breakpoint at an instruction address or a watchpoint over {@code length}
 * bytes (kind is gdb's Z type: 0 software, 1 hardware breakpoint, 2 write, 3 read, 4 access watchpoint).
 */
public record Breakpoint(Kind kind, long address, int length) {

    public enum Kind {
        SOFTWARE, HARDWARE, WRITE, READ, ACCESS;

        public boolean isWatchpoint() {
            return ordinal() >= 2;
        }

        /** Z packet type number to kind; null if out of range. */
        public static Kind ofType(int type) {
            return type >= 0 && type < values().length ? values()[type] : null;
        }

        /** Whether an access (write or read) triggers a watchpoint of this kind. */
        public boolean triggeredBy(boolean write) {
            return switch (this) {
                case WRITE -> write;
                case READ -> !write;
                case ACCESS -> true;
                default -> false;
            };
        }
    }

    /** Whether [address, address+size) overlaps the watched bytes. */
    public boolean overlaps(long start, int size) {
        return Long.compareUnsigned(start, address + length) < 0 && Long.compareUnsigned(address, start + size) < 0;
    }
}
