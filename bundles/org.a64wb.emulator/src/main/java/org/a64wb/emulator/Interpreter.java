package org.a64wb.emulator;

import java.util.Map;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PendingAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.mmu.Mmu;
import org.a64wb.isa.a64.A64Decoder;
import org.a64wb.isa.a64.A64Dispatcher;
import org.a64wb.isa.a64.A64MemoryAccesses;
import org.a64wb.isa.a64.A64Operations;
import org.a64wb.isa.a64.A64Semantics;
import org.a64wb.isa.access.AccessOp;

/**
 * Executes A64 code, decoding each instruction once: decoded words are cached per 4 KiB guest page,
 * and a write to a cached page drops that page (self-modifying code is legal, Arm ARM B2.2.5 only
 * asks software for the cache maintenance a real core needs; here invalidation is immediate).
 *
 * <p>Decoded pages and their compiled blocks are keyed by PHYSICAL page: with the MMU on, the VA of a new
 * code page is translated once (an instruction TLB lookup) when execution enters it, so one page mapped at
 * several VAs is decoded once, and the same VA in two address spaces (ASIDs) finds each its own code. Nothing
 * decoded depends on the VA: compiled blocks take PC from the CPU when they start (see BlockCompiler).
 *
 * <p>{@link #run} stops after {@code limit} instructions or when an instruction raises a
 * {@link GuestException} or {@link MemoryAbort}; PC then still addresses that instruction and no
 * register has been changed by it. A load or store that no RAM backs records its abort in the CPU's
 * {@link PendingAbort} rather than throwing: the instruction completes nothing, {@code run} stops there and
 * throws it as a {@link MemoryAbort}, or, after {@link #leaveAbortsPending}, returns with it pending.
 */
public final class Interpreter<E extends ExecutionBase & A64Semantics> {

    private static final int NOT_DECODED = Integer.MIN_VALUE;
    private static final int WORDS_PER_PAGE = (int) (PhysicalMemory.PAGE_SIZE / 4);

    /**
     * Executions of an address in the interpreter before the block starting there is compiled
     * ({@code -Da64.jit.threshold}, 0 = never compile).
     */
    static final int JIT_THRESHOLD = Integer.getInteger("a64.jit.threshold", 40);

    /** Decoded words of one guest page, and the blocks compiled from it. */
    private static final class DecodedPage {
        final int[] words = new int[WORDS_PER_PAGE];
        final int[] ids = new int[WORDS_PER_PAGE];
        /** The prepared load/store of each decoded word that executes the memoryAccess operation. */
        final AccessOp[] accesses = new AccessOp[WORDS_PER_PAGE];
        CompiledBlock[] blocks;
        short[] heat;

        DecodedPage() {
            java.util.Arrays.fill(ids, NOT_DECODED);
        }
    }

    private static final int ENCODINGS = new org.a64wb.isa.a64.A64InstructionSet().encodings().size();

    /** Encodings (by id) after which a basic block ends (BlockCompiler.endsBlock). */
    private static final boolean[] ENDS_BLOCK = endsBlockIds();

    private static boolean[] endsBlockIds() {
        boolean[] ends = new boolean[ENCODINGS];
        for (int id = 0; id < ends.length; id++) {
            ends[id] = BlockCompiler.endsBlock(id);
        }
        return ends;
    }

    /** Encodings (by id) whose semantics are the shared load/store executor's memoryAccess operation. */
    private static final boolean[] MEMORY_ACCESS = memoryAccessIds();

    private static boolean[] memoryAccessIds() {
        boolean[] ids = new boolean[ENCODINGS];
        for (int id = 0; id < ENCODINGS; id++) {
            ids[id] = "memoryAccess".equals(A64Operations.method(id));
        }
        return ids;
    }

    /** The prepared load/store of a word decoded to {@code id}, or null when it is none. */
    static AccessOp prepareAccess(int id, int word) {
        return id >= 0 && MEMORY_ACCESS[id] ? AccessOp.of(A64MemoryAccesses.describe(id, word)) : null;
    }

    private final Cpu cpu;
    private final PhysicalMemory memory;
    private final E executor;
    /** The executor as compiled blocks call it; null (no compilation) for other executors. */
    private final A64Executor blockExecutor;
    /**
     * Concurrent: another vCPU's store may drop a page while this one runs. The flag is deliberately
     * not volatile (it is read on every instruction): another vCPU's code change becomes visible to
     * this one at its next page change or run(), which is as much as the architecture promises
     * cross-modifying code before the context synchronisation it requires.
     */
    private final Map<Long, DecodedPage> pages = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RECENT_PAGES = 256;
    private final long[] recentAddresses = new long[RECENT_PAGES];
    private final DecodedPage[] recentPages = new DecodedPage[RECENT_PAGES];
    /** Counts code-page writes (from any vCPU's thread); the recent pages are valid while it equals {@link #recentWrites}. */
    private volatile int codeWrites;
    private int recentWrites;
    /** Also set when the MMU's translations or the EL change: the current page's translation is then looked up again. */
    private boolean pagesChanged;
    private boolean[] trapped;
    private final PendingAbort abort;
    private boolean leaveAbortsPending;

    public Interpreter(Cpu cpu, PhysicalMemory memory, E executor) {
        this.cpu = cpu;
        this.memory = memory;
        this.executor = executor;
        this.blockExecutor = executor instanceof A64Executor a64 ? a64 : null;
        this.abort = cpu.pendingAbort;
        memory.addCodeWriteListener(page -> {
            if (pages.remove(page) != null) {
                TranslationStatistics.PAGES_INVALIDATED.increment();
            }
            codeWrites++;
            pagesChanged = true;
        });
        if (cpu.mmu != null) {
            cpu.mmu.setListener(() -> pagesChanged = true);
        }
    }

    public Cpu cpu() {
        return cpu;
    }

    public PhysicalMemory memory() {
        return memory;
    }

    public E executor() {
        return executor;
    }

    /**
     * Encodings (by id) that stop the interpreter before they execute, with a {@link GuestException.Kind#TRAPPED}
     * exception whose immediate is the id; null for none. This is how an accelerator forwards, say,
     * every MSR/MRS to its VMM.
     */
    public void trapEncodings(boolean[] trappedIds) {
        this.trapped = trappedIds;
        // Compiled blocks do not check traps: drop them, they are rebuilt (without trapped encodings) on demand.
        pages.clear();
        codeWrites++;
        pagesChanged = true;
    }

    /**
     * From now on {@link #run} returns normally at a data access that no RAM backs, leaving the abort pending
     * in the CPU ({@code cpu.pendingAbort.pending}) for the caller to take, instead of throwing it: a
     * hypervisor makes an MMIO exit of it, and a Java exception unwinding through the compiled blocks
     * dominated that exit's cost.
     */
    public void leaveAbortsPending() {
        this.leaveAbortsPending = true;
    }

    /** Executes one instruction. */
    public void step() {
        run(1);
    }

    /** Executes up to {@code limit} instructions; returns how many completed (see the class comment for aborts). */
    public long run(long limit) {
        long executed = 0;
        // Counted in locals and added to the statistics once per call, also when an exception ends it.
        long blockRuns = 0;
        long compiled = 0;
        // Whether the next instruction starts a basic block (where execution can enter): only those count towards
        // compiling, so the instructions inside a hot block do not each get a block of their own.
        boolean blockStart = true;
        try {
            long pageAddress = -1;
            long physicalPage = -1;
            DecodedPage page = null;
            if (cpu.mmu != null) {
                cpu.mmu.sync();
            }
            while (executed < limit) {
                // Asynchronous exceptions between blocks: a plain test of one volatile field when nothing is asserted.
                if (cpu.interruptLines != 0) {
                    ExceptionEntry.takeInterrupt(cpu);
                }
                boolean debugged = cpu.debugArmed;
                if (debugged) {
                    SelfHostedDebug.checkStep(cpu);
                }
                long pc = cpu.pc;
                long address = pc & ~(PhysicalMemory.PAGE_SIZE - 1);
                if (address != pageAddress || pagesChanged) {
                    if ((pc & 3) != 0) {
                        throw new GuestException(GuestException.Kind.PC_ALIGNMENT, pc, 0, 0, pc, pc, "PC is not 4-byte aligned");
                    }
                    pagesChanged = false;
                    pageAddress = -1;
                    Mmu mmu = cpu.translation;
                    physicalPage = mmu == null ? address : mmu.fetchPage(address);
                    page = decodedPage(physicalPage);
                    pageAddress = address;
                }
                int index = (int) ((pc & (PhysicalMemory.PAGE_SIZE - 1)) >>> 2);
                CompiledBlock[] blocks = page.blocks;
                if (blocks != null && !debugged) {
                    CompiledBlock block = blocks[index];
                    if (block != null && block.length <= limit - executed) {
                        int done = block.run(blockExecutor, cpu);
                        executed += done;
                        blockRuns++;
                        compiled += done;
                        blockStart = true;
                        if (abort.pending) {
                            return aborted(executed);
                        }
                        continue;
                    }
                }
                int id = page.ids[index];
                int word;
                if (id == NOT_DECODED) {
                    word = fetch(pc, physicalPage | pc & (PhysicalMemory.PAGE_SIZE - 1));
                    id = A64Decoder.decode(word);
                    page.words[index] = word;
                    page.accesses[index] = prepareAccess(id, word);
                    page.ids[index] = id;
                } else {
                    word = page.words[index];
                }
                if (debugged) {
                    SelfHostedDebug.checkBreakpoints(cpu, word);
                }
                if (trapped != null && id >= 0 && trapped[id]) {
                    throw new GuestException(GuestException.Kind.TRAPPED, pc, word, id, 0, pc, null);
                }
                executor.word = word;
                executor.access = page.accesses[index];
                executor.accessWord = word;
                cpu.nextPc = pc + 4;
                if (debugged) {
                    dispatchStepped(id, word, page.accesses[index]);
                } else {
                    A64Dispatcher.dispatch(id, word, executor);
                }
                if (abort.pending) {
                    return aborted(executed);
                }
                cpu.pc = cpu.nextPc;
                cpu.instructions++;
                executed++;
                if (JIT_THRESHOLD > 0 && blockExecutor != null && !pagesChanged && !debugged && blockStart) {
                    heat(page, index, pc, physicalPage);
                }
                blockStart = id < 0 || ENDS_BLOCK[id];
            }
            return executed;
        } finally {
            TranslationStatistics.BLOCK_RUNS.add(blockRuns);
            TranslationStatistics.COMPILED.add(compiled);
            TranslationStatistics.INTERPRETED.add(executed - compiled);
        }
    }

    /** Ends a run at an instruction whose access no RAM backs (PC on it, not counted). */
    private long aborted(long executed) {
        if (!leaveAbortsPending) {
            throw abort.take();
        }
        return executed;
    }

    /**
     * Executes one instruction while debug exceptions are armed. A stepped instruction (PSTATE.SS = 1) leaves
     * PSTATE.SS = 0 when it completes, including by SVC, HVC, SMC or WFI/WFE (Arm ARM D2.12.6: the step of an
     * exception-generating instruction completes with the exception); when it faults, traps, or exits to a VMM
     * that will complete it, PSTATE.SS is 1 again (SPSR.SS = 1: the instruction is stepped again after the return).
     */
    private void dispatchStepped(int id, int word, AccessOp access) {
        boolean stepping = cpu.softwareStep;
        if (stepping) {
            SelfHostedDebug.completed(cpu, access != null && access.shape() == AccessOp.LOAD_EXCLUSIVE);
        }
        try {
            A64Dispatcher.dispatch(id, word, executor);
            if (stepping && abort.pending) {
                cpu.softwareStep = true;
            }
        } catch (GuestException e) {
            if (stepping && !completesStep(e.kind())) {
                cpu.softwareStep = true;
            }
            throw e;
        } catch (RuntimeException e) {
            if (stepping) {
                cpu.softwareStep = true;
            }
            throw e;
        }
    }

    private static boolean completesStep(GuestException.Kind kind) {
        return switch (kind) {
            case SUPERVISOR_CALL, HYPERVISOR_CALL, SECURE_MONITOR_CALL, WAIT_FOR_INTERRUPT, WAIT_FOR_EVENT -> true;
            default -> false;
        };
    }

    /**
     * The decoded page at {@code physicalPage}, created (and its RAM watched for writes) on first use. A small
     * direct-mapped cache in front of the map saves boxing and hashing on every change of code page (kernel code
     * calls across pages all the time); it is dropped whenever a code page is written, which the map learns first.
     */
    private DecodedPage decodedPage(long physicalPage) {
        int slot = (int) (physicalPage >>> PhysicalMemory.PAGE_SHIFT) & RECENT_PAGES - 1;
        int written = codeWrites;
        if (written != recentWrites) {
            java.util.Arrays.fill(recentPages, null);
            recentWrites = written;
        } else if (recentAddresses[slot] == physicalPage && recentPages[slot] != null) {
            return recentPages[slot];
        }
        DecodedPage page = pages.get(physicalPage);
        if (page == null) {
            page = new DecodedPage();
            pages.put(physicalPage, page);
            TranslationStatistics.PAGES_DECODED.increment();
            memory.watchCode(physicalPage);
        }
        recentAddresses[slot] = physicalPage;
        recentPages[slot] = page;
        return page;
    }

    /** Counts an interpreted execution at {@code pc}; at the threshold, compiles the block starting there. */
    private void heat(DecodedPage page, int index, long pc, long physicalPage) {
        if (page.heat == null) {
            page.heat = new short[WORDS_PER_PAGE];
        }
        if (++page.heat[index] != JIT_THRESHOLD) {
            return;
        }
        int[] words = new int[BlockCompiler.MAX_INSTRUCTIONS];
        int[] ids = new int[BlockCompiler.MAX_INSTRUCTIONS];
        int count = 0;
        for (int i = index; i < WORDS_PER_PAGE && count < BlockCompiler.MAX_INSTRUCTIONS; i++) {
            int id = page.ids[i];
            if (id == NOT_DECODED) {
                long address = physicalPage + 4L * i;
                if (!memory.isRam(address, 4)) {
                    break;
                }
                page.words[i] = memory.read32(address);
                id = A64Decoder.decode(page.words[i]);
                page.accesses[i] = prepareAccess(id, page.words[i]);
                page.ids[i] = id;
            }
            if (trapped != null && id >= 0 && trapped[id]) {
                break;
            }
            words[count] = page.words[i];
            ids[count] = id;
            count++;
            if (BlockCompiler.endsBlock(id)) {
                break;
            }
        }
        if (count == 0) {
            return;
        }
        if (page.blocks == null) {
            page.blocks = new CompiledBlock[WORDS_PER_PAGE];
        }
        page.blocks[index] = BlockCompiler.compile(pc, words, ids, count);
    }

    /** The word at {@code pc}, which is {@code physical}; an instruction abort (synchronous external abort, IFSC 0x10) outside RAM. */
    private int fetch(long pc, long physical) {
        if ((pc & 3) != 0) {
            throw new GuestException(GuestException.Kind.PC_ALIGNMENT, pc, 0, 0, pc, pc, "PC is not 4-byte aligned");
        }
        try {
            return memory.read32(physical);
        } catch (MemoryAbort abort) {
            throw new GuestException(GuestException.Kind.INSTRUCTION_ABORT, pc, 0, EXTERNAL_ABORT, pc, pc, "instruction fetch outside RAM");
        }
    }

    /** IFSC of a synchronous external abort not on a table walk (the immediate of the fetch's INSTRUCTION_ABORT). */
    private static final int EXTERNAL_ABORT = 0x10;

    /** Whether a compiled block starts at {@code physicalAddress} (for tests). */
    boolean compiledAt(long physicalAddress) {
        DecodedPage page = pages.get(physicalAddress & ~(PhysicalMemory.PAGE_SIZE - 1));
        return page != null && page.blocks != null && page.blocks[(int) ((physicalAddress & (PhysicalMemory.PAGE_SIZE - 1)) >>> 2)] != null;
    }

    /** Number of guest pages with decoded code (for tests and statistics). */
    public int cachedPages() {
        return pages.size();
    }
}
