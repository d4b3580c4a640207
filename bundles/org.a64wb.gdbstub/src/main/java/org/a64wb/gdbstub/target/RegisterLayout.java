package org.a64wb.gdbstub.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The registers a target exposes, by gdb register number, and the target description XML (GDB
 * manual, "Target Descriptions") that tells gdb their names, sizes and types. The numbering and the
 * first two features are gdb's own for AArch64 (gdb/features/aarch64-core.xml and aarch64-fpu.xml:
 * x0-x30 0-30, sp 31, pc 32, cpsr 33, v0-v31 34-65, fpsr 66, fpcr 67); further registers (system
 * registers in system mode) follow from 68 in a feature of their own. {@code g} transfers the core
 * and FP/SIMD registers; the rest are read one by one with {@code p}.
 */
public final class RegisterLayout {

    public static final int SP = 31;
    public static final int PC = 32;
    public static final int CPSR = 33;
    public static final int V0 = 34;
    public static final int FPSR = 66;
    public static final int FPCR = 67;
    /** Registers in the {@code g} packet. */
    public static final int G_REGISTERS = 68;

    /** A system register: name and the 64-bit value's meaning is the target's business. */
    public record Extra(String name, String group) {
    }

    private final List<Extra> extras;
    private final String extraFeature;

    private RegisterLayout(List<Extra> extras, String extraFeature) {
        this.extras = List.copyOf(extras);
        this.extraFeature = extraFeature;
    }

    /** Core and FP/SIMD only (user mode). */
    public static RegisterLayout aarch64() {
        return new RegisterLayout(Collections.emptyList(), null);
    }

    /** Core, FP/SIMD and 64-bit {@code extras} from register 68 in feature {@code feature}. */
    public static RegisterLayout aarch64(String feature, List<Extra> extras) {
        return new RegisterLayout(extras, feature);
    }

    public int count() {
        return G_REGISTERS + extras.size();
    }

    /** Size in bytes of register {@code regnum}, 0 if there is none. */
    public int bytes(int regnum) {
        if (regnum < 0 || regnum >= count()) {
            return 0;
        }
        if (regnum < CPSR) {
            return 8;
        }
        if (regnum == CPSR || regnum == FPSR || regnum == FPCR) {
            return 4;
        }
        return regnum < FPSR ? 16 : 8;
    }

    /** The system register at {@code regnum} (68 and up), or null. */
    public Extra extra(int regnum) {
        int i = regnum - G_REGISTERS;
        return i >= 0 && i < extras.size() ? extras.get(i) : null;
    }

    /** target.xml: everything in one document, so gdb needs no further qXfer round trips. */
    public String targetXml() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target>\n");
        x.append("<architecture>aarch64</architecture>\n");
        x.append("<feature name=\"org.gnu.gdb.aarch64.core\">\n");
        for (int r = 0; r <= 30; r++) {
            x.append("<reg name=\"x").append(r).append("\" bitsize=\"64\" regnum=\"").append(r).append("\"/>\n");
        }
        x.append("<reg name=\"sp\" bitsize=\"64\" type=\"data_ptr\"/>\n");
        x.append("<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\"/>\n");
        // Plain int as QEMU describes it, so gdb prints cpsr the same way for both stubs.
        x.append("<reg name=\"cpsr\" bitsize=\"32\"/>\n");
        x.append("</feature>\n");
        x.append("<feature name=\"org.gnu.gdb.aarch64.fpu\">\n");
        x.append("""
                <vector id="v2d" type="ieee_double" count="2"/>
                <vector id="v2u" type="uint64" count="2"/>
                <vector id="v2i" type="int64" count="2"/>
                <vector id="v4f" type="ieee_single" count="4"/>
                <vector id="v4u" type="uint32" count="4"/>
                <vector id="v4i" type="int32" count="4"/>
                <vector id="v8u" type="uint16" count="8"/>
                <vector id="v8i" type="int16" count="8"/>
                <vector id="v16u" type="uint8" count="16"/>
                <vector id="v16i" type="int8" count="16"/>
                <vector id="v1u" type="uint128" count="1"/>
                <vector id="v1i" type="int128" count="1"/>
                <union id="vnd"><field name="f" type="v2d"/><field name="u" type="v2u"/><field name="s" type="v2i"/></union>
                <union id="vns"><field name="f" type="v4f"/><field name="u" type="v4u"/><field name="s" type="v4i"/></union>
                <union id="vnh"><field name="u" type="v8u"/><field name="s" type="v8i"/></union>
                <union id="vnb"><field name="u" type="v16u"/><field name="s" type="v16i"/></union>
                <union id="vnq"><field name="u" type="v1u"/><field name="s" type="v1i"/></union>
                <union id="aarch64v"><field name="d" type="vnd"/><field name="s" type="vns"/><field name="h" type="vnh"/><field name="b" type="vnb"/><field name="q" type="vnq"/></union>
                """);
        for (int v = 0; v < 32; v++) {
            x.append("<reg name=\"v").append(v).append("\" bitsize=\"128\" type=\"aarch64v\" regnum=\"").append(V0 + v).append("\"/>\n");
        }
        x.append("<reg name=\"fpsr\" bitsize=\"32\"/>\n<reg name=\"fpcr\" bitsize=\"32\"/>\n");
        x.append("</feature>\n");
        if (!extras.isEmpty()) {
            x.append("<feature name=\"").append(extraFeature).append("\">\n");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < extras.size(); i++) {
                Extra e = extras.get(i);
                lines.add("<reg name=\"" + e.name() + "\" bitsize=\"64\" regnum=\"" + (G_REGISTERS + i) + "\" group=\"" + e.group() + "\"/>\n");
            }
            lines.forEach(x::append);
            x.append("</feature>\n");
        }
        x.append("</target>\n");
        return x.toString();
    }
}
