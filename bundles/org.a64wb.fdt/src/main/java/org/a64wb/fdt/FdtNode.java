package org.a64wb.fdt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One devicetree node: a name ({@code node-name[@unit-address]}), properties in insertion order and
 * child nodes. Names are checked against the Devicetree Specification v0.4, 2.2.1 (node names) and
 * 2.2.4 (property names); values are encoded as 2.2.4.1 says (big-endian cells, NUL-terminated strings).
 * A bad name, a duplicate node or property, or a string with a NUL is an {@link IllegalArgumentException}
 * naming the node path.
 */
public final class FdtNode {

    private static final int MAX_NAME = 31;

    private final String name;
    private final FdtNode parent;
    private final Map<String, byte[]> properties = new LinkedHashMap<>();
    private final Map<String, FdtNode> children = new LinkedHashMap<>();

    private FdtNode(String name, FdtNode parent) {
        this.name = name;
        this.parent = parent;
    }

    /** A new root node (its name is empty, spec 2.2.1). */
    public static FdtNode root() {
        return new FdtNode("", null);
    }

    public String name() {
        return name;
    }

    /** The full path, "/" for the root, "/cpus/cpu@0" below it. */
    public String path() {
        if (parent == null) {
            return "/";
        }
        String up = parent.path();
        return (up.equals("/") ? "" : up) + "/" + name;
    }

    /** Adds a child node; the name must be valid and unique among this node's children. */
    public synchronized FdtNode addNode(String childName) {
        checkNodeName(childName);
        if (children.containsKey(childName)) {
            throw new IllegalArgumentException(path() + ": duplicate node '" + childName + "'");
        }
        FdtNode child = new FdtNode(childName, this);
        children.put(childName, child);
        return child;
    }

    /** Adds a deep copy of {@code source} (a node built elsewhere, e.g. by a contribution) as a child. */
    public FdtNode addCopy(FdtNode source) {
        FdtNode copy = addNode(source.name());
        source.properties().forEach(copy::property);
        for (FdtNode child : source.children()) {
            copy.addCopy(child);
        }
        return copy;
    }

    /** The existing child of that name, or a new one. */
    public synchronized FdtNode node(String childName) {
        FdtNode existing = children.get(childName);
        return existing != null ? existing : addNode(childName);
    }

    public synchronized FdtNode child(String childName) {
        return children.get(childName);
    }

    /** A node by path relative to this one ("cpus/cpu@0"), or null. */
    public FdtNode find(String relativePath) {
        FdtNode node = this;
        for (String part : relativePath.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            node = node.child(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    public synchronized List<FdtNode> children() {
        return List.copyOf(children.values());
    }

    /** Property names in order. */
    public synchronized List<String> propertyNames() {
        return List.copyOf(properties.keySet());
    }

    public synchronized Map<String, byte[]> properties() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, v.clone()));
        return Collections.unmodifiableMap(copy);
    }

    public synchronized boolean has(String property) {
        return properties.containsKey(property);
    }

    /** The raw value, or null. */
    public synchronized byte[] get(String property) {
        byte[] value = properties.get(property);
        return value == null ? null : value.clone();
    }

    // ---- setting properties ----

    /** Sets a property to raw bytes; a property may be set once. */
    public synchronized FdtNode property(String propertyName, byte[] value) {
        checkPropertyName(propertyName);
        if (properties.containsKey(propertyName)) {
            throw new IllegalArgumentException(path() + ": duplicate property '" + propertyName + "'");
        }
        properties.put(propertyName, value.clone());
        return this;
    }

    /** An empty property (a boolean, spec 2.2.4.1 {@code <empty>}). */
    public FdtNode empty(String propertyName) {
        return property(propertyName, new byte[0]);
    }

    /** A {@code <string>} or {@code <stringlist>}: each string NUL-terminated. */
    public FdtNode string(String propertyName, String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException(path() + ": property '" + propertyName + "' needs at least one string");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String value : values) {
            if (value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(path() + ": property '" + propertyName + "' has a NUL inside a string");
            }
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return property(propertyName, out.toByteArray());
    }

    /** {@code <u32>} cells (a {@code <prop-encoded-array>} of 32-bit cells), big-endian. */
    public FdtNode u32(String propertyName, int... cells) {
        byte[] value = new byte[cells.length * 4];
        for (int i = 0; i < cells.length; i++) {
            putInt(value, i * 4, cells[i]);
        }
        return property(propertyName, value);
    }

    /** {@code <u64>} values, each two cells, big-endian. */
    public FdtNode u64(String propertyName, long... values) {
        byte[] value = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            putInt(value, i * 8, (int) (values[i] >>> 32));
            putInt(value, i * 8 + 4, (int) values[i]);
        }
        return property(propertyName, value);
    }

    /**
     * A {@code reg}-style list of (address, size) pairs in the given cell counts (spec 2.3.6 "reg", 2.3.5
     * "#address-cells and #size-cells"); a value that does not fit its cells is refused.
     */
    public FdtNode reg(String propertyName, int addressCells, int sizeCells, long... addressSizePairs) {
        if (addressSizePairs.length % 2 != 0) {
            throw new IllegalArgumentException(path() + ": '" + propertyName + "' needs (address, size) pairs");
        }
        if (addressCells < 0 || addressCells > 2 || sizeCells < 0 || sizeCells > 2) {
            throw new IllegalArgumentException(path() + ": '" + propertyName + "' cell counts must be 0..2");
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < addressSizePairs.length; i++) {
            int count = i % 2 == 0 ? addressCells : sizeCells;
            long v = addressSizePairs[i];
            if (count == 1 && (v >>> 32) != 0 || count == 0 && v != 0) {
                throw new IllegalArgumentException(String.format("%s: '%s' value 0x%x does not fit %d cell(s)", path(), propertyName, v, count));
            }
            if (count == 2) {
                cells.add((int) (v >>> 32));
            }
            if (count >= 1) {
                cells.add((int) v);
            }
        }
        return u32(propertyName, cells.stream().mapToInt(Integer::intValue).toArray());
    }

    // ---- reading properties ----

    /** The strings of a string/stringlist property, or an empty list when absent. */
    public List<String> strings(String propertyName) {
        byte[] value = get(propertyName);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == 0) {
                out.add(new String(value, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    /** The cells of a property. */
    public int[] cells(String propertyName) {
        byte[] value = get(propertyName);
        if (value == null) {
            throw new IllegalArgumentException(path() + ": no property '" + propertyName + "'");
        }
        if (value.length % 4 != 0) {
            throw new IllegalArgumentException(path() + ": '" + propertyName + "' is not a whole number of cells");
        }
        int[] cells = new int[value.length / 4];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = getInt(value, i * 4);
        }
        return cells;
    }

    // ---- names ----

    /** Spec 2.2.1: node-name 1..31 characters of Table 2.1, starting with a letter; unit-address of the same characters. */
    static void checkNodeName(String nodeName) {
        int at = nodeName.indexOf('@');
        String base = at < 0 ? nodeName : nodeName.substring(0, at);
        String unit = at < 0 ? null : nodeName.substring(at + 1);
        if (base.isEmpty() || base.length() > MAX_NAME) {
            throw new IllegalArgumentException("node name '" + nodeName + "' must have 1 to " + MAX_NAME + " characters before '@'");
        }
        if (!Character.isLetter(base.charAt(0)) || base.charAt(0) > 'z') {
            throw new IllegalArgumentException("node name '" + nodeName + "' must start with a letter");
        }
        for (char c : base.toCharArray()) {
            if (!nodeChar(c)) {
                throw new IllegalArgumentException("node name '" + nodeName + "' has the character '" + c + "' (allowed: 0-9 a-z A-Z , . _ + -)");
            }
        }
        if (unit != null) {
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("node name '" + nodeName + "' has an empty unit address");
            }
            for (char c : unit.toCharArray()) {
                if (!nodeChar(c)) {
                    throw new IllegalArgumentException("node name '" + nodeName + "' has the character '" + c + "' in its unit address");
                }
            }
        }
    }

    private static boolean nodeChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ',' || c == '.' || c == '_' || c == '+' || c == '-';
    }

    /** Spec 2.2.4 Table 2.2: 1..31 characters of 0-9 a-z A-Z , . _ + ? # -. */
    static void checkPropertyName(String propertyName) {
        if (propertyName.isEmpty() || propertyName.length() > MAX_NAME) {
            throw new IllegalArgumentException("property name '" + propertyName + "' must have 1 to " + MAX_NAME + " characters");
        }
        for (char c : propertyName.toCharArray()) {
            if (!(nodeChar(c) || c == '?' || c == '#')) {
                throw new IllegalArgumentException("property name '" + propertyName + "' has the character '" + c + "'");
            }
        }
    }

    static void putInt(byte[] b, int offset, int v) {
        b[offset] = (byte) (v >>> 24);
        b[offset + 1] = (byte) (v >>> 16);
        b[offset + 2] = (byte) (v >>> 8);
        b[offset + 3] = (byte) v;
    }

    static int getInt(byte[] b, int offset) {
        return (b[offset] & 0xff) << 24 | (b[offset + 1] & 0xff) << 16 | (b[offset + 2] & 0xff) << 8 | b[offset + 3] & 0xff;
    }

    @Override
    public String toString() {
        return path();
    }
}
