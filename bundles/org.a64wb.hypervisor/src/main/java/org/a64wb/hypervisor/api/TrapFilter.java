package org.a64wb.hypervisor.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The typed form of a {@link TrapHandler}'s service properties: put it on the handler's DS component class and
 * the build writes the {@code a64.trap.*} properties, so a filter that is not a number (an immediate of
 * {@code "0x47g1"}) is a compile error rather than a handler the runtime rejects. For example:
 *
 * <pre>
 * &#64;Component(service = TrapHandler.class)
 * &#64;TrapFilter(ec = 0x16, immediate = 0x4711, name = "my-hypercall", priority = 10)
 * public final class MyHypercall implements TrapHandler { ... }
 * </pre>
 *
 * SMCCC function-id ranges and system-register ranges stay text (they are ranges of numbers or register names);
 * the registry checks them when the handler arrives and reports a malformed one by name.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TrapFilter {

    /** Property names are {@code a64.trap.} plus the element name ({@code function_ids} becomes {@code function.ids}). */
    String PREFIX_ = "a64.trap.";

    /** {@link TrapHandler#EXCEPTION_CLASS}: the ESR exception class, e.g. 0x16 for HVC, 0x18 for MSR/MRS, 0x24 for a data abort. */
    int ec();

    /** {@link TrapHandler#IMMEDIATE}: the HVC/SMC/BRK immediate to match; -1 (the default) for any. */
    int immediate() default -1;

    /** {@link TrapHandler#FUNCTION_IDS}: SMCCC function-id ranges "LOW-HIGH" matched against W0; empty for any. */
    String[] function_ids() default {};

    /** {@link TrapHandler#SYSTEM_REGISTERS}: one op0:op1:CRn:CRm:op2 (or S3_0_C1_C0_0) range for EC 0x18; empty for any. */
    String sysregs() default "";

    /** {@link TrapHandler#PRIORITY}: higher goes first. */
    int priority() default 0;

    /** {@link TrapHandler#NAME}: how statistics and {@code a64:handlers} show the handler. */
    String name();
}
