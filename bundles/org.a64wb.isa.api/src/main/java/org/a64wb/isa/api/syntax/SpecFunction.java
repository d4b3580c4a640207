package org.a64wb.isa.api.syntax;

/** A spec function bound to its Java method; returns a Long, a Boolean or a String. */
@FunctionalInterface
public interface SpecFunction {
    Object apply(long[] args);
}
