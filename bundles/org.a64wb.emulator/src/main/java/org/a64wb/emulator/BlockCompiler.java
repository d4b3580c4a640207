package org.a64wb.emulator;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PendingAbort;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.a64.A64Operations;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.emulator.semantics.EmulatorPorts;
import org.a64wb.isa.access.AccessOp;
import org.a64wb.isa.access.LoadStoreExecutor;
import org.a64wb.isa.access.MemoryPort;
import org.a64wb.isa.access.RegisterPort;
import org.a64wb.isa.api.InstructionClass;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Translates a guest basic block into a hidden class (ASM): for each instruction, set PC, the
 * current word and the fall-through PC, call the executor's method for the encoding's operation with
 * its arguments (decoded fields, lets and the spec's constants) as constants, and count it. A load or
 * store calls the shared load/store executor's path for its shape with its prepared {@link AccessOp},
 * held in the hidden class's data and read into a static final field (a constant for the JIT; the path is
 * inlined, see {@link BlockInlining}); after it, a test of the CPU's pending abort leaves the block at a load or
 * store that no RAM backs (an MMIO access) without an exception. A block ends after any instruction that may change
 * the flow (branch, exception-generating, system, unallocated) or at the end of the page. This
 * removes the interpreter's per-instruction decode-cache lookup and two-level dispatch.
 *
 * <p>A block holds no virtual address: it reads PC once when it starts and derives each instruction's PC from
 * it, so the block of a physical page serves every VA that page is mapped at (the interpreter keys decoded
 * pages by physical address). Unprivileged loads and stores (LDTR, STTR ...) call the executor's
 * {@code memoryAccess}, which has the MMU check them as EL0 accesses.
 */
final class BlockCompiler {

    static final int MAX_INSTRUCTIONS = 64;
    /** Internal name of every block's hidden class (each gets a unique suffix). */
    static final String BLOCK_CLASS = "org/a64wb/emulator/Block";

    private static final A64InstructionSet A64 = new A64InstructionSet();
    private static final List<EncodingInfo> ENCODINGS = A64.encodings();
    private static final String EXECUTOR = Type.getInternalName(A64Executor.class);
    private static final String BASE = Type.getInternalName(ExecutionBase.class);
    private static final String CPU = Type.getInternalName(Cpu.class);
    private static final String BLOCK = Type.getInternalName(CompiledBlock.class);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String ACCESS_OP = Type.getDescriptor(AccessOp.class);
    private static final String PENDING_ABORT = Type.getDescriptor(PendingAbort.class);
    private static final String PATH_DESCRIPTOR = "(" + ACCESS_OP + Type.getDescriptor(RegisterPort.class) + Type.getDescriptor(MemoryPort.class) + ")V";

    static {
        BlockInlining.install(BLOCK_CLASS);
    }

    private BlockCompiler() {
    }

    private static void addCompleted(MethodVisitor run) {
        run.visitVarInsn(Opcodes.ALOAD, 2);
        run.visitInsn(Opcodes.DUP);
        run.visitFieldInsn(Opcodes.GETFIELD, CPU, "instructions", "J");
        run.visitVarInsn(Opcodes.ILOAD, 3);
        run.visitInsn(Opcodes.I2L);
        run.visitInsn(Opcodes.LADD);
        run.visitFieldInsn(Opcodes.PUTFIELD, CPU, "instructions", "J");
    }

    /**
     * After a load or store: leave the block at {@code aborted} when its access was recorded as a pending abort
     * (the executor then wrote no register; the instruction is not counted).
     */
    private static void exitIfAborted(MethodVisitor run, org.objectweb.asm.Label aborted) {
        run.visitVarInsn(Opcodes.ALOAD, 2);
        run.visitFieldInsn(Opcodes.GETFIELD, CPU, "pendingAbort", PENDING_ABORT);
        run.visitFieldInsn(Opcodes.GETFIELD, Type.getInternalName(PendingAbort.class), "pending", "Z");
        run.visitJumpInsn(Opcodes.IFNE, aborted);
    }

    /** Pushes the block's starting PC (local 4) plus {@code offset}. */
    private static void pcPlus(MethodVisitor run, long offset) {
        run.visitVarInsn(Opcodes.LLOAD, 4);
        if (offset != 0) {
            run.visitLdcInsn(offset);
            run.visitInsn(Opcodes.LADD);
        }
    }

    /**
     * Whether an instruction needs PC and its word set before it runs: everything that can raise an
     * exception or abort (loads and stores, unallocated words, PAuth forms that are UNDEFINED here)
     * and what reads PC (ADR, ADRP). Other data processing, integer or SIMD&FP, cannot fault.
     */
    static boolean needsState(int id) {
        if (id < 0) {
            return true;
        }
        EncodingInfo encoding = ENCODINGS.get(id);
        if (!computes(encoding.instructionClass())) {
            return true;
        }
        String name = encoding.name();
        return name.startsWith("ADR") || name.startsWith("PAC") || name.startsWith("AUT") || name.startsWith("XPAC");
    }

    /** Whether a block must end after this encoding (id < 0: unallocated). */
    static boolean endsBlock(int id) {
        if (id < 0) {
            return true;
        }
        InstructionClass c = ENCODINGS.get(id).instructionClass();
        return !computes(c) && c != InstructionClass.LOAD_STORE;
    }

    /** Integer and SIMD&FP data processing: no exceptions (FP exceptions are never trapped here), no PC. */
    private static boolean computes(InstructionClass c) {
        return c == InstructionClass.DATA_PROCESSING || c == InstructionClass.SIMD_FP;
    }

    /**
     * Compiles {@code count} instructions starting at {@code pc}, with their words and decoded ids.
     * The last one may end the block; the others must not.
     */
    static CompiledBlock compile(long pc, int[] words, int[] ids, int count) {
        long startNanos = System.nanoTime();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        String name = BLOCK_CLASS;
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, name, null, BLOCK, null);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitLdcInsn(count);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, BLOCK, "<init>", "(I)V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        String runDescriptor = "(" + Type.getDescriptor(A64Executor.class) + Type.getDescriptor(Cpu.class) + ")I";
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", runDescriptor, null, null);
        run.visitCode();
        // Local 3 counts completed instructions, so an exception part-way still leaves cpu.instructions exact.
        org.objectweb.asm.Label start = new org.objectweb.asm.Label();
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        org.objectweb.asm.Label handler = new org.objectweb.asm.Label();
        org.objectweb.asm.Label aborted = new org.objectweb.asm.Label();
        run.visitTryCatchBlock(start, end, handler, null);
        run.visitInsn(Opcodes.ICONST_0);
        run.visitVarInsn(Opcodes.ISTORE, 3);
        // Local 4 (a long): the PC the block starts at.
        run.visitVarInsn(Opcodes.ALOAD, 2);
        run.visitFieldInsn(Opcodes.GETFIELD, CPU, "pc", "J");
        run.visitVarInsn(Opcodes.LSTORE, 4);
        run.visitLabel(start);
        List<Object> constants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int word = words[i];
            int id = ids[i];
            boolean last = i == count - 1;
            // PC and the word are what exceptions report and what PC-relative semantics read; plain
            // data processing needs neither. The fall-through PC matters only to the block's last instruction.
            if (last || needsState(id)) {
                run.visitVarInsn(Opcodes.ALOAD, 2);
                pcPlus(run, 4L * i);
                run.visitFieldInsn(Opcodes.PUTFIELD, CPU, "pc", "J");
                run.visitVarInsn(Opcodes.ALOAD, 1);
                run.visitLdcInsn(word);
                run.visitFieldInsn(Opcodes.PUTFIELD, BASE, "word", "I");
            }
            if (last) {
                run.visitVarInsn(Opcodes.ALOAD, 2);
                pcPlus(run, 4L * i + 4);
                run.visitFieldInsn(Opcodes.PUTFIELD, CPU, "nextPc", "J");
            }
            AccessOp access = Interpreter.prepareAccess(id, word);
            if (id < 0) {
                run.visitVarInsn(Opcodes.ALOAD, 1);
                run.visitLdcInsn(word);
                run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, EXECUTOR, "unallocated", "(I)V", false);
                exitIfAborted(run, aborted);
            } else if (access != null && access.access().unprivileged()) {
                run.visitVarInsn(Opcodes.ALOAD, 1);
                run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, EXECUTOR, "memoryAccess", "()V", false);
                exitIfAborted(run, aborted);
            } else if (access != null) {
                // The prepared load/store is a constant of the block, passed to the shared executor's path for its
                // shape: inlined (BlockInlining), the JIT folds the constant's fields into straight-line code.
                String path = LoadStoreExecutor.path(access.shape());
                if (path != null) {
                    run.visitFieldInsn(Opcodes.GETSTATIC, name, "access" + constants.size(), ACCESS_OP);
                    constants.add(access);
                    run.visitVarInsn(Opcodes.ALOAD, 1);
                    run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, EXECUTOR, "ports", "()" + Type.getDescriptor(EmulatorPorts.class), false);
                    run.visitInsn(Opcodes.DUP);
                    run.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(LoadStoreExecutor.class), path, PATH_DESCRIPTOR, false);
                    exitIfAborted(run, aborted);
                }
            } else {
                run.visitVarInsn(Opcodes.ALOAD, 1);
                String descriptor = A64Operations.descriptor(id);
                long[] arguments = A64Operations.arguments(id, word);
                for (int a = 0; a < arguments.length; a++) {
                    if (descriptor.charAt(a + 1) == 'J') {
                        run.visitLdcInsn(arguments[a]);
                    } else {
                        run.visitLdcInsn((int) arguments[a]);
                    }
                }
                run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, EXECUTOR, A64Operations.method(id), descriptor, false);
            }
            run.visitIincInsn(3, 1);
        }
        run.visitLabel(end);
        // cpu.instructions += count; cpu.pc = cpu.nextPc (the last instruction may have branched)
        addCompleted(run);
        run.visitVarInsn(Opcodes.ALOAD, 2);
        run.visitVarInsn(Opcodes.ALOAD, 2);
        run.visitFieldInsn(Opcodes.GETFIELD, CPU, "nextPc", "J");
        run.visitFieldInsn(Opcodes.PUTFIELD, CPU, "pc", "J");
        run.visitLdcInsn(count);
        run.visitInsn(Opcodes.IRETURN);
        // At a pending abort: count what completed and return it; PC already addresses the aborted instruction.
        run.visitLabel(aborted);
        addCompleted(run);
        run.visitVarInsn(Opcodes.ILOAD, 3);
        run.visitInsn(Opcodes.IRETURN);
        // On an exception: count what completed and rethrow; PC already addresses the raising instruction.
        run.visitLabel(handler);
        addCompleted(run);
        run.visitInsn(Opcodes.ATHROW);
        run.visitMaxs(0, 0);
        run.visitEnd();
        if (!constants.isEmpty()) {
            // static final AccessOp accessN = (AccessOp) classData.get(N): constants the JIT folds (a hidden class's
            // class data, read once by its initializer).
            MethodVisitor clinit = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            clinit.visitCode();
            clinit.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            clinit.visitLdcInsn("_");
            clinit.visitLdcInsn(Type.getType(List.class));
            clinit.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            clinit.visitTypeInsn(Opcodes.CHECKCAST, "java/util/List");
            for (int c = 0; c < constants.size(); c++) {
                cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE, "access" + c, ACCESS_OP, null, null).visitEnd();
                clinit.visitInsn(Opcodes.DUP);
                clinit.visitLdcInsn(c);
                clinit.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
                clinit.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(AccessOp.class));
                clinit.visitFieldInsn(Opcodes.PUTSTATIC, name, "access" + c, ACCESS_OP);
            }
            clinit.visitInsn(Opcodes.POP);
            clinit.visitInsn(Opcodes.RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        }
        cw.visitEnd();
        try {
            byte[] bytes = cw.toByteArray();
            Class<?> type = LOOKUP.defineHiddenClassWithClassData(bytes, List.copyOf(constants), true).lookupClass();
            CompiledBlock block = (CompiledBlock) type.getDeclaredConstructor().newInstance();
            TranslationStatistics.BLOCKS.increment();
            TranslationStatistics.BLOCK_INSTRUCTIONS.add(count);
            TranslationStatistics.BYTECODE_BYTES.add(bytes.length);
            TranslationStatistics.TRANSLATION_NANOS.add(System.nanoTime() - startNanos);
            return block;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("block at 0x" + Long.toHexString(pc) + " did not compile", e);
        }
    }
}
