package org.a64wb.hypervisor.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A contributed handler for one kind of exit (extension point "trap handlers"). Register it as an OSGi
 * service with the {@link #EXCEPTION_CLASS} property (ESR EC, e.g. 0x16 for HVC) and optionally
 * {@link #IMMEDIATE} (HVC/SMC/BRK immediate), {@link #FUNCTION_IDS} (SMCCC function-id ranges
 * "0x84000000-0x8400001f,0xc4000000-0xc400001f" or a String[], matched against W0), {@link #SYSTEM_REGISTERS} (an op0:op1:CRn:CRm:op2
 * range "3:0:0:0:0-3:0:15:15:7", or generic names "S3_0_C0_C0_0-S3_0_C15_C15_7", as SysregEncoding parses them, for EC 0x18) and {@link #PRIORITY} (higher first). Handlers come and
 * go at run time; the first that does not decline handles the exit.
 */
@ConsumerType
public interface TrapHandler {

    String EXCEPTION_CLASS = "a64.trap.ec";
    String IMMEDIATE = "a64.trap.immediate";
    String FUNCTION_IDS = "a64.trap.function.ids";
    String SYSTEM_REGISTERS = "a64.trap.sysregs";
    String PRIORITY = "a64.trap.priority";
    String NAME = "a64.trap.name";

    Outcome handle(TrapContext context);
}
