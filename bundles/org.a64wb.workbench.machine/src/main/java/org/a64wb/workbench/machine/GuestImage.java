package org.a64wb.workbench.machine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.a64wb.assembler.Assembler;
import org.a64wb.assembler.AssemblyException;
import org.a64wb.isa.api.InstructionSets;

/** A guest to boot: a kernel image as it is, or assembly source (.S, .s) assembled to a flat binary at the load address. */
public record GuestImage(String name, byte[] bytes, Map<String, Long> symbols) {

    /** Where the virt board loads a flat image (QEMU virt's RAM base + 0x80000, as a Linux Image). */
    public static final long LOAD_ADDRESS = 0x40080000L;

    /** The machine view's sample guest, shipped in this bundle. */
    public static final String SAMPLE = "guests/ticker.S";

    public static GuestImage load(Path file, InstructionSets isa) throws IOException, AssemblyException {
        String name = file.getFileName().toString();
        if (name.endsWith(".S") || name.endsWith(".s")) {
            return assemble(name, Files.readString(file, StandardCharsets.UTF_8), isa);
        }
        return new GuestImage(name, Files.readAllBytes(file), Map.of());
    }

    public static GuestImage sample(InstructionSets isa) throws IOException, AssemblyException {
        try (InputStream in = GuestImage.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException(SAMPLE + " is missing from the machine view's bundle");
            }
            return assemble("ticker.S", new String(in.readAllBytes(), StandardCharsets.UTF_8), isa);
        }
    }

    static GuestImage assemble(String name, String source, InstructionSets isa) throws AssemblyException {
        Assembler.Result result = new Assembler(isa.active()).assemble(name, source, Assembler.Options.flat(LOAD_ADDRESS));
        return new GuestImage(name, result.image(), result.symbols());
    }
}
