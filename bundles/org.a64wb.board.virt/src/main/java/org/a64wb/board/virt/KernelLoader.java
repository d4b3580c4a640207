package org.a64wb.board.virt;

import org.a64wb.accel.api.VirtualMachine;

/**
 * Loads a guest kernel into RAM the way QEMU's arm boot code does (hw/arm/boot.c): an ELF64 AArch64
 * executable at its segments' physical addresses; a Linux arm64 Image (Documentation/arm64/booting.rst
 * header: text_offset at 8, image_size at 16, magic "ARM\x64" = 0x644d5241 at 56) at a 2 MiB aligned base
 * (RAM + 2 MiB, clear of QEMU's boot stub at the start of RAM) plus text_offset; anything else as a flat
 * binary at RAM + 0x80000 (QEMU's KERNEL64_LOAD_ADDR). Malformed files give an
 * {@link IllegalArgumentException} saying what is wrong.
 */
public final class KernelLoader {

    public static final int IMAGE_MAGIC = 0x644d5241;
    public static final long FLAT_OFFSET = 0x80000;
    public static final long IMAGE_BASE_OFFSET = 2L << 20;
    private static final long TWO_MIB = 2L << 20;

    public enum Format { ELF, IMAGE, FLAT }

    /** What was loaded: the format, the entry point and the RAM range the kernel occupies. */
    public record Loaded(Format format, long entry, long start, long end) {
    }

    private KernelLoader() {
    }

    public static Format detect(byte[] file) {
        if (file.length >= 4 && file[0] == 0x7f && file[1] == 'E' && file[2] == 'L' && file[3] == 'F') {
            return Format.ELF;
        }
        if (file.length >= 64 && le32(file, 56) == IMAGE_MAGIC) {
            return Format.IMAGE;
        }
        return Format.FLAT;
    }

    public static Loaded load(byte[] file, VirtualMachine vm, long ramBase, long ramSize) {
        if (file.length == 0) {
            throw new IllegalArgumentException("kernel file is empty");
        }
        return switch (detect(file)) {
            case ELF -> elf(file, vm);
            case IMAGE -> image(file, vm, ramBase, ramSize);
            case FLAT -> place(Format.FLAT, file, vm, ramBase + FLAT_OFFSET, file.length, ramBase, ramSize);
        };
    }

    private static Loaded image(byte[] file, VirtualMachine vm, long ramBase, long ramSize) {
        long textOffset = le64(file, 8);
        long imageSize = le64(file, 16);
        if (imageSize == 0) {
            // booting.rst: before v3.17 image_size is zero and text_offset must be taken as 0x80000.
            textOffset = 0x80000;
        }
        // Both fields are unsigned (booting.rst): a value with bit 63 set is not a huge negative but a broken header.
        if (Long.compareUnsigned(imageSize, ramSize) > 0) {
            throw new IllegalArgumentException(String.format("Image header image_size 0x%x is larger than RAM (0x%x bytes): a broken or foreign header",
                    imageSize, ramSize));
        }
        if (Long.compareUnsigned(textOffset, ramSize) >= 0) {
            throw new IllegalArgumentException(String.format("Image text_offset 0x%x does not fit in RAM", textOffset));
        }
        long base = (ramBase + IMAGE_BASE_OFFSET + TWO_MIB - 1) & -TWO_MIB;
        return place(Format.IMAGE, file, vm, base + textOffset, Math.max(imageSize, file.length), ramBase, ramSize);
    }

    private static Loaded place(Format format, byte[] file, VirtualMachine vm, long address, long size, long ramBase, long ramSize) {
        if (address < ramBase || address + size > ramBase + ramSize) {
            throw new IllegalArgumentException(String.format("%s kernel of %d bytes at 0x%x does not fit in RAM 0x%x-0x%x", format.name().toLowerCase(),
                    size, address, ramBase, ramBase + ramSize));
        }
        vm.writePhysical(address, file, 0, file.length);
        return new Loaded(format, address, address, address + size);
    }

    /** ELF64 (System V gABI): little-endian, EM_AARCH64 (183), ET_EXEC; PT_LOAD segments at p_paddr. */
    private static Loaded elf(byte[] file, VirtualMachine vm) {
        if (file.length < 64) {
            throw new IllegalArgumentException("ELF file of " + file.length + " bytes is shorter than its 64-byte header");
        }
        if (file[4] != 2) {
            throw new IllegalArgumentException("ELF file is not 64-bit (EI_CLASS " + file[4] + ")");
        }
        if (file[5] != 1) {
            throw new IllegalArgumentException("ELF file is not little-endian (EI_DATA " + file[5] + ")");
        }
        int type = le16(file, 16);
        int machine = le16(file, 18);
        if (machine != 183) {
            throw new IllegalArgumentException("ELF file is not for AArch64 (e_machine " + machine + ")");
        }
        if (type != 2) {
            throw new IllegalArgumentException("ELF file is not an executable (e_type " + type + "; ET_EXEC needed)");
        }
        long entry = le64(file, 24);
        long phoff = le64(file, 32);
        int phentsize = le16(file, 54);
        int phnum = le16(file, 56);
        if (phentsize < 56 || phoff < 0 || phoff + (long) phnum * phentsize > file.length) {
            throw new IllegalArgumentException("ELF program headers lie outside the file");
        }
        long low = Long.MAX_VALUE;
        long high = 0;
        boolean entryLoaded = false;
        for (int i = 0; i < phnum; i++) {
            int ph = (int) (phoff + (long) i * phentsize);
            if (le32(file, ph) != 1) {
                continue; // PT_LOAD only
            }
            long offset = le64(file, ph + 8);
            long paddr = le64(file, ph + 24);
            long filesz = le64(file, ph + 32);
            long memsz = le64(file, ph + 40);
            if (filesz < 0 || memsz < filesz || offset < 0 || offset + filesz > file.length) {
                throw new IllegalArgumentException(String.format("ELF segment %d: file range 0x%x+0x%x or sizes (filesz 0x%x, memsz 0x%x) invalid", i,
                        offset, filesz, filesz, memsz));
            }
            if (memsz == 0) {
                continue;
            }
            if (memsz > Integer.MAX_VALUE || !vm.isRam(paddr, (int) memsz)) {
                throw new IllegalArgumentException(String.format("ELF segment %d at 0x%x (+0x%x) is not in RAM", i, paddr, memsz));
            }
            vm.writePhysical(paddr, file, (int) offset, (int) filesz);
            if (memsz > filesz) {
                vm.writePhysical(paddr + filesz, new byte[(int) (memsz - filesz)], 0, (int) (memsz - filesz));
            }
            low = Math.min(low, paddr);
            high = Math.max(high, paddr + memsz);
            entryLoaded |= entry >= paddr && entry < paddr + memsz;
        }
        if (high == 0) {
            throw new IllegalArgumentException("ELF file has no loadable segment");
        }
        if (!entryLoaded) {
            throw new IllegalArgumentException(String.format("ELF entry 0x%x is not inside a loaded segment", entry));
        }
        return new Loaded(Format.ELF, entry, low, high);
    }

    static int le16(byte[] b, int o) {
        return b[o] & 0xff | (b[o + 1] & 0xff) << 8;
    }

    static int le32(byte[] b, int o) {
        return le16(b, o) | le16(b, o + 2) << 16;
    }

    static long le64(byte[] b, int o) {
        return le32(b, o) & 0xffffffffL | (long) le32(b, o + 4) << 32;
    }
}
