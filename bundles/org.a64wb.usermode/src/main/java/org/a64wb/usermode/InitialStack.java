package org.a64wb.usermode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.CpuFeature;

/**
 * Builds the process's initial stack as Linux's create_elf_tables() does (fs/binfmt_elf.c) and sets
 * the registers an arm64 process starts with: PC = entry, SP = &argc (16-byte aligned), every
 * general register zero (ELF_PLAT_INIT clears x0: no rtld_fini for static executables), EL0.
 *
 * <pre>
 * STACK_TOP:  execfn string, argv/envp strings, "aarch64", 16 AT_RANDOM bytes
 *             (16-byte alignment)
 * SP:         argc, argv[0..argc-1], NULL, envp[..], NULL, auxv pairs..., AT_NULL 0
 * </pre>
 */
public final class InitialStack {

    public static final int AT_NULL = 0;
    public static final int AT_PHDR = 3;
    public static final int AT_PHENT = 4;
    public static final int AT_PHNUM = 5;
    public static final int AT_PAGESZ = 6;
    public static final int AT_BASE = 7;
    public static final int AT_FLAGS = 8;
    public static final int AT_ENTRY = 9;
    public static final int AT_UID = 11;
    public static final int AT_EUID = 12;
    public static final int AT_GID = 13;
    public static final int AT_EGID = 14;
    public static final int AT_PLATFORM = 15;
    public static final int AT_HWCAP = 16;
    public static final int AT_CLKTCK = 17;
    public static final int AT_SECURE = 23;
    public static final int AT_RANDOM = 25;
    public static final int AT_HWCAP2 = 26;
    public static final int AT_EXECFN = 31;

    /**
     * What the engine implements, from the same feature table as the ID registers. Not CPUID (bit 11):
     * MRS of the ID registers at EL0 is not emulated as Linux does.
     */
    public static final long HWCAP = CpuFeature.hwcap(CpuFeature.IMPLEMENTED);
    public static final long HWCAP2 = CpuFeature.hwcap2(CpuFeature.IMPLEMENTED);
    /** sysconf(_SC_CLK_TCK) */
    public static final long CLOCK_TICKS = 100;

    private InitialStack() {
    }

    /** The initial stack's contents, for tests and the debugger: SP and the addresses of what it points to. */
    public record Layout(long sp, long argv, long envp, long auxv, long random, long execfn, long platform) {
    }

    /**
     * Maps the stack, writes argv/envp/auxv, and sets {@code cpu} to start the program.
     *
     * @param execfn the program's path as given (AT_EXECFN)
     * @param random 16 bytes for AT_RANDOM (the stack protector and pointer guard seed)
     */
    public static Layout build(AddressSpace space, Cpu cpu, ElfImage image, String execfn, List<String> argv, List<String> envp,
            byte[] random) {
        long bottom = AddressSpace.STACK_TOP - AddressSpace.STACK_SIZE;
        space.mapFixed(bottom, AddressSpace.STACK_SIZE);
        long p = AddressSpace.STACK_TOP - 16;
        p = pushString(space, p, execfn);
        long execfnAddress = p;
        List<Long> envAddresses = new ArrayList<>();
        for (int i = envp.size() - 1; i >= 0; i--) {
            p = pushString(space, p, envp.get(i));
            envAddresses.add(0, p);
        }
        List<Long> argAddresses = new ArrayList<>();
        for (int i = argv.size() - 1; i >= 0; i--) {
            p = pushString(space, p, argv.get(i));
            argAddresses.add(0, p);
        }
        p = pushString(space, p, "aarch64");
        long platform = p;
        p -= 16;
        space.write(p, random, 0, 16);
        long randomAddress = p;

        long[] aux = {
            AT_PHDR, image.phdr(),
            AT_PHENT, image.phent(),
            AT_PHNUM, image.phnum(),
            AT_PAGESZ, AddressSpace.PAGE,
            AT_BASE, 0,
            AT_FLAGS, 0,
            AT_ENTRY, image.entry(),
            AT_UID, 0,
            AT_EUID, 0,
            AT_GID, 0,
            AT_EGID, 0,
            AT_HWCAP, HWCAP,
            AT_HWCAP2, HWCAP2,
            AT_CLKTCK, CLOCK_TICKS,
            AT_RANDOM, randomAddress,
            AT_EXECFN, execfnAddress,
            AT_PLATFORM, platform,
            AT_SECURE, 0,
            AT_NULL, 0,
        };
        int words = 1 + argv.size() + 1 + envp.size() + 1 + aux.length;
        long sp = (p - 8L * words) & ~15L;
        long[] table = new long[words];
        int w = 0;
        table[w++] = argv.size();
        for (long a : argAddresses) {
            table[w++] = a;
        }
        table[w++] = 0;
        for (long e : envAddresses) {
            table[w++] = e;
        }
        table[w++] = 0;
        System.arraycopy(aux, 0, table, w, aux.length);
        space.writeLongs(sp, table);

        java.util.Arrays.fill(cpu.x, 0);
        java.util.Arrays.fill(cpu.v, 0);
        cpu.el = 0;
        cpu.spsel = 0;
        cpu.nzcv = 0;
        cpu.fpcr = 0;
        cpu.fpsr = 0;
        cpu.tpidrEl0 = 0;
        cpu.tpidrroEl0 = 0;
        cpu.exclusiveArmed = false;
        cpu.spEl0 = sp;
        cpu.pc = image.entry();
        cpu.nextPc = image.entry();
        long argvAddress = sp + 8;
        long envpAddress = argvAddress + 8L * (argv.size() + 1);
        long auxvAddress = envpAddress + 8L * (envp.size() + 1);
        return new Layout(sp, argvAddress, envpAddress, auxvAddress, randomAddress, execfnAddress, platform);
    }

    private static long pushString(AddressSpace space, long p, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        long at = p - bytes.length - 1;
        space.write(at, bytes, 0, bytes.length);
        space.write(at + bytes.length, new byte[1], 0, 1);
        return at;
    }
}
