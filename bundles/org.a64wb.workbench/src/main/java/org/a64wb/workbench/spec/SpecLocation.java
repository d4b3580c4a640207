package org.a64wb.workbench.spec;

/**
 * A position in a spec file, as {@link org.a64wb.isa.api.EncodingInfo#location()} gives it. Parts that show one
 * post it on {@link #OPEN_TOPIC} (the e4 event broker); the spec editor opens the file there.
 */
public record SpecLocation(String file, int line) {

    public static final String OPEN_TOPIC = "org/a64wb/workbench/spec/open";

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
