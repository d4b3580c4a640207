package org.a64wb.fdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dtc (device-tree-compiler, not written here) decompiles what we write; skipped when dtc is absent. */
class DtcReadBackTest {

    static boolean dtcPresent() {
        try {
            Process p = new ProcessBuilder("dtc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void dtcDecompilesOurBlobWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(dtcPresent(), "dtc not installed (apt-get install device-tree-compiler)");
        DeviceTree tree = new DeviceTree();
        FdtNode root = tree.root();
        root.u32("#address-cells", 2).u32("#size-cells", 2).string("compatible", "linux,dummy-virt");
        FdtNode clock = root.addNode("apb-pclk").string("compatible", "fixed-clock").u32("#clock-cells", 0).u32("clock-frequency", 24000000);
        int pclk = tree.phandle(clock);
        root.addNode("pl011@9000000").string("compatible", "arm,pl011", "arm,primecell").reg("reg", 2, 2, 0x09000000L, 0x1000)
                .u32("clocks", pclk, pclk).string("clock-names", "uartclk", "apb_pclk");
        root.addNode("chosen").string("bootargs", "console=ttyAMA0").string("stdout-path", "/pl011@9000000");
        tree.reserve(0x40000000L, 0x10000);
        Path dtb = dir.resolve("t.dtb");
        Files.write(dtb, tree.toDtb());
        Process p = new ProcessBuilder("dtc", "-I", "dtb", "-O", "dts", dtb.toString()).start();
        String dts = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertTrue(dts.contains("/memreserve/\t0x0000000040000000 0x0000000000010000;"), dts);
        // dtc 1.6 prints a stringlist as "a\0b", later versions as "a", "b".
        assertTrue(dts.contains("compatible = \"arm,pl011\\0arm,primecell\";") || dts.contains("compatible = \"arm,pl011\", \"arm,primecell\";"), dts);
        assertTrue(dts.contains("reg = <0x00 0x9000000 0x00 0x1000>;"), dts);
        assertTrue(dts.contains("clock-names = \"uartclk\\0apb_pclk\";") || dts.contains("clock-names = \"uartclk\", \"apb_pclk\";"), dts);
        assertTrue(dts.contains("stdout-path = \"/pl011@9000000\";"), dts);
        assertTrue(dts.contains("clock-frequency = <0x16e3600>;"), dts);
        assertEquals("", err.strip(), "dtc warnings");
    }
}
