package org.a64wb.example.guests;

import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;

/**
 * TEST ONLY, a stand-in for the real PSCI handler another part of the project provides: PSCI 1.0 over
 * HVC (DEN0022 5.1) for PSCI_VERSION, PSCI_FEATURES, CPU_ON, CPU_OFF, AFFINITY_INFO, SYSTEM_OFF;
 * anything else returns NOT_SUPPORTED (-1).
 */
final class TestOnlyPsciHandler implements TrapHandler {

    static final int SUCCESS = 0;
    static final int NOT_SUPPORTED = -1;
    static final int INVALID_PARAMETERS = -2;
    static final int ALREADY_ON = -4;

    @Override
    public Outcome handle(TrapContext c) {
        long fn = c.registers().x(0) & 0xffffffffL;
        Machine m = c.machine();
        long result;
        switch ((int) fn) {
            case 0x84000000 -> result = 0x10000; // PSCI_VERSION 1.0
            case 0x8400000a -> {
                long q = c.registers().x(1) & 0xffffffffL;
                result = q == 0x84000000L || q == 0xc4000003L || q == 0x84000002L || q == 0xc4000004L || q == 0x84000008L
                        || q == 0x8400000aL ? SUCCESS : NOT_SUPPORTED;
            }
            case 0xc4000003 -> {
                int target = m.vcpuByMpidr(c.registers().x(1));
                if (target < 0) {
                    result = INVALID_PARAMETERS;
                } else if (m.powerState(target) != Machine.PowerState.OFF) {
                    result = ALREADY_ON;
                } else {
                    m.startVcpu(target, c.registers().x(2), c.registers().x(3));
                    result = SUCCESS;
                }
            }
            case 0x84000002 -> {
                return Outcome.STOP_VCPU;
            }
            case 0xc4000004 -> {
                int target = m.vcpuByMpidr(c.registers().x(1));
                result = target < 0 ? INVALID_PARAMETERS : switch (m.powerState(target)) {
                    case ON -> 0;
                    case OFF -> 1;
                    case ON_PENDING -> 2;
                };
            }
            case 0x84000008 -> {
                return Outcome.POWER_OFF;
            }
            default -> result = NOT_SUPPORTED;
        }
        c.registers().setX(0, result);
        return Outcome.RESUME;
    }
}
