package org.a64wb.hypervisor.boot;

/**
 * What a file given as a guest kernel is, from its first bytes, so that a board can refuse what it cannot
 * boot before building a machine: QEMU's hw/arm/boot.c takes an AArch64 ELF, a Linux arm64 Image
 * (Documentation/arm64/booting.rst: magic "ARM\x64" at offset 56) or else a flat binary, and would run
 * assembly source or a compressed kernel as if it were code. {@link #problem} says what the file is and
 * what to do instead.
 */
public enum KernelImageKind {
    /** No bytes at all. */
    EMPTY,
    /** ELF64, little-endian, e_machine EM_AARCH64 (183). */
    ELF_AARCH64,
    /** An ELF file for another machine, class or byte order. */
    ELF_OTHER,
    /** A Linux arm64 Image (booting.rst header). */
    LINUX_IMAGE,
    /** gzip data (1f 8b), such as Debian's arm64 vmlinuz, which is a compressed Image. */
    GZIP,
    /** A Linux EFI zboot image ("MZ", then "zimg" at offset 4): a compressed Image behind an EFI stub. */
    EFI_ZBOOT,
    /** A U-Boot legacy image (magic 0x27051956, big-endian): a 64-byte header before the kernel. */
    U_BOOT,
    /** Text, such as assembly source: printable UTF-8 with line breaks and no NUL. */
    TEXT,
    /** Anything else: loaded as a flat binary and entered at its first byte. */
    FLAT;

    /** ELF's e_machine for AArch64 (System V ABI AArch64 supplement). */
    public static final int EM_AARCH64 = 183;
    /** booting.rst: "ARM\x64" read little-endian at offset 56. */
    public static final int LINUX_IMAGE_MAGIC = 0x644d5241;
    /** How much of a file the text test reads. */
    static final int TEXT_SAMPLE = 4096;

    public static KernelImageKind probe(byte[] file) {
        if (file.length == 0) {
            return EMPTY;
        }
        if (file.length >= 4 && file[0] == 0x7f && file[1] == 'E' && file[2] == 'L' && file[3] == 'F') {
            boolean aarch64 = file.length >= 20 && file[4] == 2 && file[5] == 1 && (file[18] & 0xff | (file[19] & 0xff) << 8) == EM_AARCH64;
            return aarch64 ? ELF_AARCH64 : ELF_OTHER;
        }
        if (file.length >= 64 && le32(file, 56) == LINUX_IMAGE_MAGIC) {
            return LINUX_IMAGE;
        }
        if (file.length >= 2 && (file[0] & 0xff) == 0x1f && (file[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (file.length >= 8 && file[0] == 'M' && file[1] == 'Z' && file[4] == 'z' && file[5] == 'i' && file[6] == 'm' && file[7] == 'g') {
            return EFI_ZBOOT;
        }
        if (file.length >= 64 && be32(file, 0) == 0x27051956) {
            return U_BOOT;
        }
        return isText(file) ? TEXT : FLAT;
    }

    /** True for the kinds a board loads as they are. */
    public boolean bootable() {
        return this == ELF_AARCH64 || this == LINUX_IMAGE || this == FLAT;
    }

    /** Why {@code file} (the name the user gave) cannot be booted and what to do; null when it can. */
    public String problem(String file) {
        return switch (this) {
            case ELF_AARCH64, LINUX_IMAGE, FLAT -> null;
            case EMPTY -> file + ": the kernel file is empty";
            case ELF_OTHER -> file + ": an ELF file, but not a little-endian ELF64 for AArch64 (e_machine " + EM_AARCH64 + ")";
            case GZIP -> file + ": gzip-compressed (a vmlinuz?); decompress it first: zcat " + file + " > Image";
            case EFI_ZBOOT -> file + ": an EFI zboot image (compressed kernel behind an EFI stub); boot the uncompressed Image (arch/arm64/boot/Image)";
            case U_BOOT -> file + ": a U-Boot uImage; strip its 64-byte header first: dd if=" + file + " of=Image bs=64 skip=1";
            case TEXT -> file + ": text, not a kernel (assembly source?); assemble it first: a64 asm " + file
                    + " --flat --base 0x40080000 -o kernel.bin";
        };
    }

    /**
     * The first {@value #TEXT_SAMPLE} bytes decode as UTF-8 (a sequence cut at the end of the sample
     * counts), hold no control character but tab, line feed, carriage return and form feed, and at least
     * one line feed. A64 code is not text: its words carry control bytes and bytes that are not UTF-8.
     */
    static boolean isText(byte[] file) {
        int end = Math.min(file.length, TEXT_SAMPLE);
        boolean lineFeed = false;
        int i = 0;
        while (i < end) {
            int b = file[i] & 0xff;
            if (b < 0x80) {
                if (b == '\n') {
                    lineFeed = true;
                } else if (b < 0x20 && b != '\t' && b != '\r' && b != '\f' || b == 0x7f) {
                    return false;
                }
                i++;
                continue;
            }
            int length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (length == 0) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= end) {
                    return lineFeed;
                }
                if ((file[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return lineFeed;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
