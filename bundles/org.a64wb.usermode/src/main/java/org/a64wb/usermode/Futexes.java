package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.memory.RamSlot;

/**
 * futex(2): wait queues keyed by futex word (see Key). The value check and the enqueue happen under the
 * kernel lock, as do wakes, so a wake between a waiter's check and its sleep is never lost. Guest
 * memory is per address space, except MAP_SHARED memory, which forked processes share (see Key).
 */
final class Futexes {

    static final int FUTEX_WAIT = 0;
    static final int FUTEX_WAKE = 1;
    static final int FUTEX_REQUEUE = 3;
    static final int FUTEX_CMP_REQUEUE = 4;
    static final int FUTEX_WAKE_OP = 5;
    static final int FUTEX_WAIT_BITSET = 9;
    static final int FUTEX_WAKE_BITSET = 10;
    static final int FUTEX_PRIVATE_FLAG = 128;
    static final int FUTEX_CLOCK_REALTIME = 256;
    static final int FUTEX_BITSET_MATCH_ANY = -1;

    /**
     * A futex word: equal keys are the same word. A private futex (and any word outside shared memory) is
     * (address space, address); a shared one in MAP_SHARED memory is (the memory's slot, offset), as
     * Linux keys shared futexes by the page, so processes that map the same memory meet. The caller's
     * memory and address are kept beside the identity to read and write the word.
     */
    private static final class Key {
        final Object owner;
        final long offset;
        final PhysicalMemory memory;
        final long address;

        Key(AddressSpace space, long address, boolean isPrivate) {
            RamSlot slot = isPrivate ? null : space.sharedSlotAt(address);
            this.owner = slot != null ? slot : space.memory();
            this.offset = slot != null ? address - slot.base() : address;
            this.memory = space.memory();
            this.address = address;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.owner == owner && k.offset == offset;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + Long.hashCode(offset);
        }
    }

    private static final class Waiter {
        final int bitset;
        boolean woken;
        Key key;

        Waiter(Key key, int bitset) {
            this.key = key;
            this.bitset = bitset;
        }
    }

    private final Kernel kernel;
    private final Map<Key, List<Waiter>> queues = new HashMap<>();

    Futexes(Kernel kernel) {
        this.kernel = kernel;
    }

    long call(GuestThread thread, long uaddr, int op, int val, long timeoutOrVal2, long uaddr2, int val3) {
        int cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
        AddressSpace space = thread.process.space();
        boolean isPrivate = (op & FUTEX_PRIVATE_FLAG) != 0;
        if ((uaddr & 3) != 0) {
            return -EINVAL;
        }
        Key key = new Key(space, uaddr, isPrivate);
        return switch (cmd) {
            case FUTEX_WAIT -> wait(thread, key, val, readTimeout(thread, timeoutOrVal2, false, op), FUTEX_BITSET_MATCH_ANY);
            case FUTEX_WAIT_BITSET -> val3 == 0 ? -EINVAL
                    : wait(thread, key, val, readTimeout(thread, timeoutOrVal2, true, op), val3);
            case FUTEX_WAKE -> wake(key, val, FUTEX_BITSET_MATCH_ANY);
            case FUTEX_WAKE_BITSET -> val3 == 0 ? -EINVAL : wake(key, val, val3);
            case FUTEX_REQUEUE -> requeue(thread, key, new Key(space, uaddr2, isPrivate), val, (int) timeoutOrVal2, false, 0);
            case FUTEX_CMP_REQUEUE -> requeue(thread, key, new Key(space, uaddr2, isPrivate), val, (int) timeoutOrVal2, true, val3);
            case FUTEX_WAKE_OP -> wakeOp(thread, key, new Key(space, uaddr2, isPrivate), val, (int) timeoutOrVal2, val3);
            default -> -ENOSYS;
        };
    }

    /** Deadline in System.nanoTime() terms; Long.MAX_VALUE for none; Long.MIN_VALUE for a bad timespec. */
    private static long readTimeout(GuestThread thread, long timespec, boolean absolute, int op) {
        if (timespec == 0) {
            return Long.MAX_VALUE;
        }
        long[] ts = new long[2];
        long nanos = thread.process.space().readLongs(timespec, ts, 2) ? Clocks.timespec(ts[0], ts[1]) : -1;
        if (nanos < 0) {
            return Long.MIN_VALUE;
        }
        if (!absolute) {
            return System.nanoTime() + nanos;
        }
        long now = (op & FUTEX_CLOCK_REALTIME) != 0 ? Clocks.realtimeNanos() : System.nanoTime();
        return System.nanoTime() + (nanos - now);
    }

    private long wait(GuestThread thread, Key key, int expected, long deadline, int bitset) {
        if (deadline == Long.MIN_VALUE) {
            return -EINVAL;
        }
        kernel.lock.lock();
        try {
            int value;
            try {
                value = key.memory.read32(key.address);
            } catch (RuntimeException e) {
                return -EFAULT;
            }
            if (value != expected) {
                return -EAGAIN;
            }
            Waiter waiter = new Waiter(key, bitset);
            queues.computeIfAbsent(key, k -> new ArrayList<>()).add(waiter);
            try {
                while (!waiter.woken) {
                    if (thread.interrupted()) {
                        return thread.exiting() ? -EINTR : -ERESTARTSYS;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return -ETIMEDOUT;
                    }
                    kernel.changed.awaitNanos(Math.min(left, 1_000_000_000L));
                }
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -EINTR;
            } finally {
                if (!waiter.woken) {
                    List<Waiter> queue = queues.get(waiter.key);
                    if (queue != null) {
                        queue.remove(waiter);
                        if (queue.isEmpty()) {
                            queues.remove(waiter.key);
                        }
                    }
                }
            }
        } finally {
            kernel.lock.unlock();
        }
    }

    /** Wakes up to {@code count} waiters on the address; also used for CLONE_CHILD_CLEARTID. */
    long wake(Key key, int count, int bitset) {
        if (bitset == 0) {
            return -EINVAL;
        }
        kernel.lock.lock();
        try {
            int woken = 0;
            List<Waiter> queue = queues.get(key);
            if (queue != null) {
                for (Iterator<Waiter> it = queue.iterator(); it.hasNext() && woken < count;) {
                    Waiter w = it.next();
                    if ((w.bitset & bitset) != 0) {
                        w.woken = true;
                        it.remove();
                        woken++;
                    }
                }
                if (queue.isEmpty()) {
                    queues.remove(key);
                }
            }
            if (woken > 0) {
                kernel.changed.signalAll();
            }
            return woken;
        } finally {
            kernel.lock.unlock();
        }
    }

    void wake(AddressSpace space, long address, int count) {
        wake(new Key(space, address, false), count, FUTEX_BITSET_MATCH_ANY);
    }

    private long requeue(GuestThread thread, Key from, Key to, int wakeCount, int requeueCount, boolean compare, int expected) {
        if (wakeCount < 0 || requeueCount < 0) {
            return -EINVAL;
        }
        kernel.lock.lock();
        try {
            if (compare) {
                try {
                    if (from.memory.read32(from.address) != expected) {
                        return -EAGAIN;
                    }
                } catch (RuntimeException e) {
                    return -EFAULT;
                }
            }
            long woken = wake(from, wakeCount, FUTEX_BITSET_MATCH_ANY);
            List<Waiter> queue = queues.get(from);
            int moved = 0;
            if (queue != null) {
                List<Waiter> target = queues.computeIfAbsent(to, k -> new ArrayList<>());
                for (Iterator<Waiter> it = queue.iterator(); it.hasNext() && moved < requeueCount;) {
                    Waiter w = it.next();
                    it.remove();
                    w.key = to;
                    target.add(w);
                    moved++;
                }
                if (queue.isEmpty()) {
                    queues.remove(from);
                }
                if (target.isEmpty()) {
                    queues.remove(to);
                }
            }
            return woken + moved;
        } finally {
            kernel.lock.unlock();
        }
    }

    /** FUTEX_WAKE_OP: *uaddr2 = *uaddr2 OP oparg; wake uaddr; if (old CMP cmparg) also wake uaddr2. */
    private long wakeOp(GuestThread thread, Key first, Key second, int count, int count2, int encoded) {
        int op = (encoded >>> 28) & 7;
        boolean shift = ((encoded >>> 28) & 8) != 0;
        int cmp = (encoded >>> 24) & 15;
        int oparg = (encoded << 8) >> 20;
        int cmparg = (encoded << 20) >> 20;
        if (shift) {
            oparg = 1 << (oparg & 31);
        }
        kernel.lock.lock();
        try {
            int old;
            try {
                old = second.memory.read32(second.address);
                int result = switch (op) {
                    case 0 -> oparg;
                    case 1 -> old + oparg;
                    case 2 -> old | oparg;
                    case 3 -> old & ~oparg;
                    case 4 -> old ^ oparg;
                    default -> Integer.MIN_VALUE;
                };
                if (op > 4) {
                    return -ENOSYS;
                }
                second.memory.write32(second.address, result);
            } catch (RuntimeException e) {
                return -EFAULT;
            }
            long woken = wake(first, count, FUTEX_BITSET_MATCH_ANY);
            boolean condition = switch (cmp) {
                case 0 -> old == cmparg;
                case 1 -> old != cmparg;
                case 2 -> old < cmparg;
                case 3 -> old <= cmparg;
                case 4 -> old > cmparg;
                case 5 -> old >= cmparg;
                default -> false;
            };
            if (condition) {
                woken += wake(second, count2, FUTEX_BITSET_MATCH_ANY);
            }
            return woken;
        } finally {
            kernel.lock.unlock();
        }
    }
}
