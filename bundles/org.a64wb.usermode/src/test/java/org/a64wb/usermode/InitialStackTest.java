package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.api.Test;

class InitialStackTest {

    private final PhysicalMemory memory = new PhysicalMemory();
    private final AddressSpace space = new AddressSpace(memory);
    private final Cpu cpu = new Cpu();
    private final ElfImage image = new ElfImage(0x400123, 0x400040, 56, 7, 0, 0x400000, 0x420000);
    private final byte[] random = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    private InitialStack.Layout build() {
        cpu.x[5] = 99;
        return InitialStack.build(space, cpu, image, "./prog", List.of("./prog", "one", "zwei"), List.of("A=1", "PATH=/bin"), random);
    }

    private String string(long address) {
        return space.readCString(address, 4096);
    }

    private Map<Long, Long> auxv(InitialStack.Layout layout) {
        Map<Long, Long> aux = new HashMap<>();
        for (long at = layout.auxv();; at += 16) {
            long type = memory.read64(at);
            aux.put(type, memory.read64(at + 8));
            if (type == InitialStack.AT_NULL) {
                return aux;
            }
        }
    }

    @Test
    void spIsSixteenByteAlignedAndPointsAtArgc() {
        InitialStack.Layout layout = build();
        assertEquals(0, layout.sp() & 15);
        assertEquals(layout.sp(), cpu.sp());
        assertEquals(3, memory.read64(layout.sp()));
    }

    @Test
    void registersStartAsLinuxLeavesThem() {
        build();
        assertEquals(0x400123, cpu.pc);
        assertEquals(0, cpu.x[0], "x0: no rtld_fini for static executables");
        assertEquals(0, cpu.x[5]);
        assertEquals(0, cpu.el);
        assertEquals(0, cpu.nzcv);
    }

    @Test
    void argvAndEnvpAreNullTerminatedPointerArrays() {
        InitialStack.Layout layout = build();
        assertEquals(layout.sp() + 8, layout.argv());
        assertEquals("./prog", string(memory.read64(layout.argv())));
        assertEquals("one", string(memory.read64(layout.argv() + 8)));
        assertEquals("zwei", string(memory.read64(layout.argv() + 16)));
        assertEquals(0, memory.read64(layout.argv() + 24));
        assertEquals(layout.argv() + 32, layout.envp());
        assertEquals("A=1", string(memory.read64(layout.envp())));
        assertEquals("PATH=/bin", string(memory.read64(layout.envp() + 8)));
        assertEquals(0, memory.read64(layout.envp() + 16));
        assertEquals(layout.envp() + 24, layout.auxv());
    }

    @Test
    void auxvDescribesTheImageAndTheMachine() {
        Map<Long, Long> aux = auxv(build());
        assertEquals(0x400040L, aux.get((long) InitialStack.AT_PHDR));
        assertEquals(56L, aux.get((long) InitialStack.AT_PHENT));
        assertEquals(7L, aux.get((long) InitialStack.AT_PHNUM));
        assertEquals(4096L, aux.get((long) InitialStack.AT_PAGESZ));
        assertEquals(0L, aux.get((long) InitialStack.AT_BASE));
        assertEquals(0L, aux.get((long) InitialStack.AT_FLAGS));
        assertEquals(0x400123L, aux.get((long) InitialStack.AT_ENTRY));
        assertEquals(0L, aux.get((long) InitialStack.AT_UID));
        assertEquals(0L, aux.get((long) InitialStack.AT_EGID));
        // Linux hwcap.h bits: FP 0, ASIMD 1, AES 3, PMULL 4, SHA1 5, SHA2 6, CRC32 7, ATOMICS 8, FPHP 9, ASIMDHP 10,
        // ASIMDRDM 12, JSCVT 13, FCMA 14, LRCPC 15, DCPOP 16, ASIMDDP 20, DIT 24, ILRCPC 26, FLAGM 27, SSBS 28, SB 29;
        // HWCAP2: FLAGM2 7, FRINT 8, DGH 15
        long hwcap = 1L | 1L << 1 | 1L << 3 | 1L << 4 | 1L << 5 | 1L << 6 | 1L << 7 | 1L << 8 | 1L << 9 | 1L << 10 | 1L << 12
                | 1L << 13 | 1L << 14 | 1L << 15 | 1L << 16 | 1L << 20 | 1L << 24 | 1L << 26 | 1L << 27 | 1L << 28 | 1L << 29;
        assertEquals(hwcap, aux.get((long) InitialStack.AT_HWCAP), "what the ID registers advertise, as Linux reports it");
        assertEquals(1L << 7 | 1L << 8 | 1L << 15, aux.get((long) InitialStack.AT_HWCAP2));
        assertEquals(100L, aux.get((long) InitialStack.AT_CLKTCK));
        assertEquals(0L, aux.get((long) InitialStack.AT_SECURE));
        assertEquals(19, aux.size(), "18 entries and AT_NULL");
    }

    @Test
    void randomExecfnAndPlatformPointIntoTheStack() {
        InitialStack.Layout layout = build();
        Map<Long, Long> aux = auxv(layout);
        long randomAt = aux.get((long) InitialStack.AT_RANDOM);
        assertEquals(layout.random(), randomAt);
        for (int i = 0; i < 16; i++) {
            assertEquals(i + 1, memory.read8(randomAt + i));
        }
        assertEquals("./prog", string(aux.get((long) InitialStack.AT_EXECFN)));
        assertNotEquals(memory.read64(layout.argv()), aux.get((long) InitialStack.AT_EXECFN), "execfn is its own copy");
        assertEquals("aarch64", string(aux.get((long) InitialStack.AT_PLATFORM)));
    }

    @Test
    void stackIsEightMebibytesBelowTheTop() {
        build();
        assertEquals(true, space.isMapped(AddressSpace.STACK_TOP - AddressSpace.STACK_SIZE, AddressSpace.STACK_SIZE));
        assertEquals(false, memory.isRam(AddressSpace.STACK_TOP, 1));
        assertEquals(0x0000_7fff_f000_0000L, AddressSpace.STACK_TOP);
    }
}
