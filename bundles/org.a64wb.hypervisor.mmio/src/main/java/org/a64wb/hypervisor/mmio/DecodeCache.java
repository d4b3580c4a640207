package org.a64wb.hypervisor.mmio;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.a64wb.isa.access.AccessOp;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.MemoryAccess;

/**
 * Decoded instructions keyed by (guest physical address, word). Because the word is part of the
 * key, self-modifying code simply misses, so nothing is ever flushed (the seed's RFC flushed TLBs
 * and translation blocks on every trap). The size is bounded; when full it starts over.
 */
final class DecodeCache {

    static final int CAPACITY = 1 << 16;

    /** One word: its encoding and memory-access descriptor, and the allowlist verdict for the allowlist it was checked against. */
    static final class Decoded {
        final int id;
        final int word;
        final EncodingInfo encoding;
        final MemoryAccess access;
        /** The access prepared for the shared executor (null when it cannot be emulated). */
        final AccessOp op;
        final String whyNot;
        volatile Allowlist checked;
        volatile boolean allowed;

        Decoded(int id, int word, EncodingInfo encoding, MemoryAccess access, String whyNot) {
            this.id = id;
            this.word = word;
            this.encoding = encoding;
            this.access = access;
            this.whyNot = whyNot;
            this.op = whyNot == null ? AccessOp.of(access) : null;
        }

        boolean allowedBy(Allowlist allowlist) {
            if (checked != allowlist) {
                allowed = whyNot == null && allowlist.allows(encoding, access);
                checked = allowlist;
            }
            return allowed;
        }
    }

    private record Key(long address, int word) {
    }

    private final InstructionSet isa;
    private final ConcurrentHashMap<Key, Decoded> entries = new ConcurrentHashMap<>();
    private final LongAdder misses = new LongAdder();

    DecodeCache(InstructionSet isa) {
        this.isa = isa;
    }

    Decoded get(long address, int word) {
        Key key = new Key(address, word);
        Decoded d = entries.get(key);
        if (d == null) {
            misses.increment();
            int id = isa.decode(word);
            EncodingInfo encoding = id < 0 ? null : isa.encodings().get(id);
            MemoryAccess access = id < 0 ? null : isa.memoryAccess(id, word).orElse(null);
            String whyNot = id < 0 ? "unallocated encoding" : Emulatable.whyNot(encoding, access);
            d = new Decoded(id, word, encoding, access, whyNot);
            if (entries.size() >= CAPACITY) {
                entries.clear();
            }
            entries.put(key, d);
        }
        return d;
    }

    String disassemble(Decoded d, long pc) {
        return d.id < 0 ? "<undefined>" : isa.disassemble(d.id, d.word, pc);
    }

    long misses() {
        return misses.sum();
    }

    int size() {
        return entries.size();
    }
}
