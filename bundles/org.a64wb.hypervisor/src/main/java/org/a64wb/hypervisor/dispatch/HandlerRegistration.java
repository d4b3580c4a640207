package org.a64wb.hypervisor.dispatch;

import java.util.Map;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * A contributed handler with its parsed metadata (the extension point's "schema"). {@code statisticsKey} is the
 * name its exits are counted under ("EC 0x16 / psci-hvc"), made once here rather than on every exit.
 */
public record HandlerRegistration(TrapHandler handler, String name, int exceptionClass, long immediate, long[] functionRanges,
        int sysregLow, int sysregHigh, int priority, long order, String statisticsKey) {

    /** How statistics name an exception class ("EC 0x24"), by EC. */
    private static final String[] EXCEPTION_CLASS_KEYS = new String[64];

    static {
        for (int ec = 0; ec < EXCEPTION_CLASS_KEYS.length; ec++) {
            EXCEPTION_CLASS_KEYS[ec] = String.format("EC 0x%02x", ec);
        }
    }

    /** The statistics key of exception class {@code ec} (0 to 63). */
    public static String exceptionClassKey(int ec) {
        return EXCEPTION_CLASS_KEYS[ec & 0x3f];
    }

    /** Reads the service properties; a malformed contribution is an IllegalArgumentException naming the property. */
    public static HandlerRegistration of(TrapHandler handler, Map<String, ?> properties, long order) {
        Object named = properties.get(TrapHandler.NAME);
        String name = named == null ? handler.getClass().getName() : String.valueOf(named);
        Object ec = properties.get(TrapHandler.EXCEPTION_CLASS);
        if (ec == null) {
            throw new IllegalArgumentException(name + ": missing " + TrapHandler.EXCEPTION_CLASS);
        }
        long immediate = number(properties.get(TrapHandler.IMMEDIATE), -1, name, TrapHandler.IMMEDIATE);
        long[] functionRanges = functionRanges(properties.get(TrapHandler.FUNCTION_IDS), name);
        int sysLow = -1;
        int sysHigh = -1;
        Object sysregs = properties.get(TrapHandler.SYSTEM_REGISTERS);
        // An empty range is "any register" (TrapFilter's default).
        if (sysregs != null && !String.valueOf(sysregs).isBlank()) {
            String[] range = String.valueOf(sysregs).split("-");
            sysLow = sysregKey(range[0].trim(), name);
            sysHigh = range.length > 1 ? sysregKey(range[1].trim(), name) : sysLow;
        }
        int priority = (int) number(properties.get(TrapHandler.PRIORITY), 0, name, TrapHandler.PRIORITY);
        long exceptionClass = number(ec, -1, name, TrapHandler.EXCEPTION_CLASS);
        if (exceptionClass < 0 || exceptionClass > 0x3f) {
            throw new IllegalArgumentException(name + ": " + TrapHandler.EXCEPTION_CLASS + " = " + ec + " is not an exception class (0 to 0x3f)");
        }
        if (immediate > 0xffff) {
            throw new IllegalArgumentException(name + ": " + TrapHandler.IMMEDIATE + " = " + immediate + " does not fit the 16-bit immediate");
        }
        return new HandlerRegistration(handler, name, (int) exceptionClass, immediate, functionRanges, sysLow, sysHigh, priority, order,
                exceptionClassKey((int) exceptionClass) + " / " + name);
    }

    /** "LOW-HIGH" ranges, comma-separated or as a String[]; null when the property is absent. */
    private static long[] functionRanges(Object value, String name) {
        if (value == null) {
            return null;
        }
        String[] ranges = (value instanceof String[] array ? String.join(",", array) : String.valueOf(value)).split(",");
        // No ranges is "any function id" (TrapFilter's default).
        if (ranges.length == 0 || ranges.length == 1 && ranges[0].isBlank()) {
            return null;
        }
        long[] bounds = new long[2 * ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            String[] range = ranges[i].trim().split("-");
            bounds[2 * i] = number(range[0].trim(), -1, name, TrapHandler.FUNCTION_IDS);
            bounds[2 * i + 1] = range.length > 1 ? number(range[1].trim(), -1, name, TrapHandler.FUNCTION_IDS) : bounds[2 * i];
        }
        return bounds;
    }

    private static long number(Object value, long absent, String name, String property) {
        if (value == null) {
            return absent;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        String text = String.valueOf(value).trim();
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + property + " = '" + text + "' is not a number");
        }
    }

    /** "op0:op1:CRn:CRm:op2" (or the generic name S3_0_C1_C0_0) to the packed encoding. */
    private static int sysregKey(String text, String name) {
        try {
            return SysregEncoding.parse(text).pack();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + TrapHandler.SYSTEM_REGISTERS + " '" + text + "' is not op0:op1:CRn:CRm:op2");
        }
    }

    /** Whether this registration's filter accepts the exit ({@code x0} is the SMCCC function id for HVC/SMC). */
    public boolean matches(Exit exit, Syndrome syndrome, long x0) {
        return syndrome.ec() == exceptionClass && matchesWithinClass(syndrome, x0);
    }

    /** The filter's test beyond the exception class (which the registry's per-class table has already matched). */
    boolean matchesWithinClass(Syndrome syndrome, long x0) {
        if (immediate >= 0 && (syndrome.iss() & 0xffff) != immediate) {
            return false;
        }
        if (functionRanges != null) {
            long id = x0 & 0xffffffffL;
            boolean inside = false;
            for (int i = 0; i < functionRanges.length; i += 2) {
                inside |= id >= functionRanges[i] && id <= functionRanges[i + 1];
            }
            if (!inside) {
                return false;
            }
        }
        if (sysregLow >= 0) {
            int key = syndrome.sysreg().pack();
            if (key < sysregLow || key > sysregHigh) {
                return false;
            }
        }
        return true;
    }

    /** The contribution's metadata in one line, as `a64:handlers` lists it. */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format("%-20s EC 0x%02x priority %d", name, exceptionClass, priority));
        if (immediate >= 0) {
            out.append(String.format(" immediate 0x%x", immediate));
        }
        if (functionRanges != null) {
            for (int i = 0; i < functionRanges.length; i += 2) {
                out.append(String.format(" ids 0x%08x-0x%08x", functionRanges[i], functionRanges[i + 1]));
            }
        }
        if (sysregLow >= 0) {
            out.append(" sysregs ").append(SysregEncoding.unpack(sysregLow).fields()).append('-').append(SysregEncoding.unpack(sysregHigh).fields());
        }
        return out.toString();
    }
}
