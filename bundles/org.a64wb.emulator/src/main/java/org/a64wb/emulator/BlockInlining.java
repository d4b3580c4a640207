package org.a64wb.emulator;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.management.ObjectName;

/**
 * Asks HotSpot to inline the shared load/store executor's straight-line paths (general-purpose and whole
 * SIMD&FP registers), and the memory they
 * reach, into compiled blocks.
 *
 * <p>Why: every block calls the same few executor methods, so HotSpot compiles each of them on its own
 * long before any one block is hot; once a method's own compiled code is larger than InlineSmallCode
 * (2,500 bytes), C2 no longer inlines it ("already compiled into a big method") and the block pays a call
 * in which nothing of its constant {@link org.a64wb.isa.access.AccessOp} folds. Inlined, a load is a few
 * instructions. The guest benchmark runs 10-15% slower without this (bench/results/guest.txt).
 *
 * <p>How: a compiler directive (JEP 165) for the blocks' {@code run} methods, added at run time through the
 * DiagnosticCommand MBean as {@code jcmd Compiler.directives_add} would. Once per JVM; on a JVM without the
 * command nothing changes but speed. {@code -Da64.jit.inlining=false} leaves the JIT's heuristics alone.
 */
final class BlockInlining {

    private static final String INSTALLED = "a64.jit.inlining.installed";

    /** Shared code that a block's load or store runs, as directive method patterns (class/method). */
    private static final List<String> INLINE = List.of(
            "org/a64wb/isa/access/LoadStoreExecutor.load",
            "org/a64wb/isa/access/LoadStoreExecutor.store",
            "org/a64wb/isa/access/LoadStoreExecutor.loadPair",
            "org/a64wb/isa/access/LoadStoreExecutor.storePair",
            "org/a64wb/isa/access/LoadStoreExecutor.loadSimdFp",
            "org/a64wb/isa/access/LoadStoreExecutor.storeSimdFp",
            "org/a64wb/isa/access/LoadStoreExecutor.storeSimdFpRegister",
            "org/a64wb/isa/access/LoadStoreExecutor.base",
            "org/a64wb/isa/access/LoadStoreExecutor.address",
            "org/a64wb/isa/access/LoadStoreExecutor.newBase",
            "org/a64wb/isa/access/LoadStoreExecutor.writeBack",
            "org/a64wb/isa/access/LoadStoreExecutor.setBase",
            "org/a64wb/isa/access/LoadStoreExecutor.result",
            "org/a64wb/isa/access/LoadStoreExecutor.extendReg",
            "org/a64wb/emulator/semantics/EmulatorPorts.*",
            "org/a64wb/emulator/memory/PhysicalMemory.read",
            "org/a64wb/emulator/memory/PhysicalMemory.write",
            "org/a64wb/emulator/memory/PhysicalMemory.readSlot",
            "org/a64wb/emulator/memory/PhysicalMemory.writeSlot",
            "org/a64wb/emulator/mmu/Mmu.read",
            "org/a64wb/emulator/mmu/Mmu.write");

    private BlockInlining() {
    }

    /** Installs the directive for the blocks named {@code blockClass}* (internal name), once per JVM. */
    static synchronized void install(String blockClass) {
        if (!Boolean.parseBoolean(System.getProperty("a64.jit.inlining", "true")) || System.getProperty(INSTALLED) != null) {
            return;
        }
        System.setProperty(INSTALLED, "true");
        // For C1 too: tier-3 blocks that inline the paths never make them hot on their own.
        String directive = "[{ match: \"" + blockClass + "*.run\", inline: ["
                + INLINE.stream().map(m -> "\"+" + m + "\"").collect(Collectors.joining(", ")) + "] }]";
        try {
            Path file = Files.createTempFile("a64-block-inlining", ".json");
            try {
                Files.writeString(file, directive);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // Not HotSpot, or no jdk.management: the blocks run the same semantics, only slower.
        }
    }
}
