package org.a64wb.hypervisor.psci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Machine.PowerState;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each PSCI 1.1 (DEN0022D) / SMCCC 1.1 (DEN0028) function and error code, dispatched through the
 * bundle's real contributions (component properties from the generated OSGI-INF descriptions) with a
 * fake machine and context.
 */
class PsciFirmwareTest {

    static final long RAM = 0x4000_0000L;
    static final long ENTRY = RAM + 0x2000;

    private final FakeMachine machine = new FakeMachine(4);
    private final TrapHandlerRegistry registry = Contributions.registry();

    /** Guest RAM [0x40000000, +1 MiB) for the entry-point checks; nothing else is used. */
    static final VirtualMachine VM = new VirtualMachine() {
        @Override
        public void mapRam(long base, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isRam(long address, int size) {
            return address >= RAM && address + size <= RAM + 0x10_0000 && address + size > address;
        }

        @Override
        public void readPhysical(long address, byte[] into, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writePhysical(long address, byte[] from, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VirtualCpu createVcpu(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrapPolicy trapPolicy() {
            return TrapPolicy.DEFAULT;
        }

        @Override
        public void setTrapPolicy(TrapPolicy policy) {
        }

        @Override
        public void close() {
        }
    };

    private FakeContext hvc(long... x) {
        return FakeContext.hvc(0, machine, VM, x);
    }

    private FakeContext smc(long... x) {
        return FakeContext.smc(0, machine, VM, x);
    }

    private Outcome dispatch(TrapContext context) {
        return Contributions.dispatch(registry, context);
    }

    /** Calls on the HVC conduit and returns X0 after a RESUME. */
    private long call(long... x) {
        FakeContext c = hvc(x);
        assertEquals(Outcome.RESUME, dispatch(c));
        return c.registers.x(0);
    }

    private static long fn(int id) {
        return id & 0xFFFF_FFFFL;
    }

    // ---- contributions ----

    @Test
    void contributionsRegisterWithoutProblems() {
        List<String> problems = new ArrayList<>();
        TrapHandlerRegistry r = Contributions.registry(problems);
        assertEquals(List.of(), problems);
        assertEquals(4, r.all().size());
    }

    @Test
    void psciHandlersDeclareTheirExceptionClassAndFunctionRange() {
        Map<String, Object> hvc = Contributions.properties(Contributions.COMPONENTS.get(0));
        Map<String, Object> smc = Contributions.properties(Contributions.COMPONENTS.get(1));
        assertEquals(0x16, hvc.get(TrapHandler.EXCEPTION_CLASS));
        assertEquals(0x17, smc.get(TrapHandler.EXCEPTION_CLASS));
        String[] served = {"0x80000000-0x8000FFFF,0x84000000-0x8400001F,0xC4000000-0xC400001F"};
        assertArrayEquals(served, (String[]) hvc.get(TrapHandler.FUNCTION_IDS));
        assertArrayEquals(served, (String[]) smc.get(TrapHandler.FUNCTION_IDS));
        assertEquals(0, hvc.get(TrapHandler.IMMEDIATE));
    }

    @Test
    void fallbacksHaveNoFunctionFilterAndTheLowestPriority() {
        for (String fallback : Contributions.COMPONENTS.subList(2, 4)) {
            Map<String, Object> p = Contributions.properties(fallback);
            assertFalse(p.containsKey(TrapHandler.FUNCTION_IDS), fallback);
            assertTrue((Integer) p.get(TrapHandler.PRIORITY) < -1000, fallback);
        }
    }

    @Test
    void aHigherPriorityContributionTakesItsOwnIdsAndPsciKeepsTheRest() {
        registry.add(c -> {
            c.registers().setX(0, 0x5EED);
            return Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.FUNCTION_IDS, "0x86000000-0x8600FFFF", TrapHandler.PRIORITY, 10));
        assertEquals(0x5EED, call(0x8600_0001L));
        assertEquals(Psci.VERSION_1_1, call(fn(Psci.PSCI_VERSION)));
    }

    // ---- PSCI_VERSION, PSCI_FEATURES, SMCCC ----

    @Test
    void psciVersionIs1Point1() {
        assertEquals(0x10001, call(fn(Psci.PSCI_VERSION)));
    }

    @Test
    void upperHalfOfX0IsIgnoredInTheFunctionId() {
        assertEquals(0x10001, call(0xFFFF_FFFF_0000_0000L | fn(Psci.PSCI_VERSION)));
    }

    @Test
    void resultsLeaveX1ToX3AndEveryOtherRegisterAlone() {
        FakeContext c = hvc(fn(Psci.PSCI_VERSION));
        dispatch(c);
        assertEquals(Map.of(RegisterId.x(0), 0x10001L), c.registers.written);
        assertEquals(0x1001L, c.registers.x(1));
        assertEquals(0x1003L, c.registers.x(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {Psci.PSCI_VERSION, Psci.CPU_SUSPEND_32, Psci.CPU_SUSPEND_64, Psci.CPU_OFF, Psci.CPU_ON_32, Psci.CPU_ON_64,
            Psci.AFFINITY_INFO_32, Psci.AFFINITY_INFO_64, Psci.MIGRATE_INFO_TYPE, Psci.SYSTEM_OFF, Psci.SYSTEM_RESET, Psci.PSCI_FEATURES})
    void psciFeaturesReportsEachImplementedFunctionAsSupported(int function) {
        assertEquals(Psci.SUCCESS, call(fn(Psci.PSCI_FEATURES), fn(function)));
    }

    @ParameterizedTest
    @ValueSource(ints = {Psci.MIGRATE_32, Psci.MIGRATE_64, Psci.MIGRATE_INFO_UP_CPU_32, Psci.SYSTEM_RESET2_32, 0x8400_000B,
            0xC400_0000, 0xC400_0002, 0x8400_001F, Smccc.ARCH_WORKAROUND_1, 0x1234})
    void psciFeaturesReportsOtherFunctionsAsNotSupported(int function) {
        assertEquals(-1L, call(fn(Psci.PSCI_FEATURES), fn(function)));
    }

    @Test
    void psciFeaturesOfCpuSuspendSaysOriginalFormatAndPlatformCoordinated() {
        // bit 1 = 0: original power_state format; bit 0 = 0: no OS-initiated mode.
        assertEquals(0, call(fn(Psci.PSCI_FEATURES), fn(Psci.CPU_SUSPEND_64)));
    }

    @Test
    void psciFeaturesDiscoversSmcccVersion() {
        assertEquals(Psci.SUCCESS, call(fn(Psci.PSCI_FEATURES), fn(Smccc.VERSION)));
    }

    @Test
    void psciFeaturesReadsOnlyW1() {
        assertEquals(Psci.SUCCESS, call(fn(Psci.PSCI_FEATURES), 0xDEAD_BEEF_0000_0000L | fn(Psci.CPU_OFF)));
    }

    @Test
    void smcccVersionIs1Point1() {
        assertEquals(0x10001, call(fn(Smccc.VERSION)));
    }

    @Test
    void smcccArchFeaturesReportsVersionAndItselfAsImplemented() {
        assertEquals(0, call(fn(Smccc.ARCH_FEATURES), fn(Smccc.VERSION)));
        assertEquals(0, call(fn(Smccc.ARCH_FEATURES), fn(Smccc.ARCH_FEATURES)));
    }

    @Test
    void smcccArchFeaturesReportsWorkaroundsAsNotSupported() {
        assertEquals(-1L, call(fn(Smccc.ARCH_FEATURES), fn(Smccc.ARCH_WORKAROUND_1)));
        assertEquals(-1L, call(fn(Smccc.ARCH_FEATURES), fn(Smccc.ARCH_WORKAROUND_2)));
        assertEquals(-1L, call(fn(Smccc.ARCH_FEATURES), 0x8000_0002L));
    }

    @Test
    void calledWorkaroundIsAnUnknownFunction() {
        assertEquals(-1L, call(fn(Smccc.ARCH_WORKAROUND_1)));
    }

    // ---- unknown ids ----

    @ParameterizedTest
    @ValueSource(longs = {0x8400_001FL, 0x8400_0005L, 0xC400_0000L, 0x8600_0000L, 0xC500_0000L, 0x0400_0000L, 0x0L, 0xFFFF_FFFFL})
    void unknownFunctionIdOnTheConduitReturnsNotSupported(long id) {
        assertEquals(-1L, call(id));
    }

    @Test
    void notSupportedIsSignExtendedToX0() {
        assertEquals(0xFFFF_FFFF_FFFF_FFFFL, call(0x8400_001FL));
    }

    @Test
    void hvcWithNonZeroImmediateIsNotAnSmcccCall() {
        FakeContext c = FakeContext.hvc(1, machine, VM, fn(Psci.PSCI_VERSION));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertEquals(-1L, c.registers.x(0));
    }

    // ---- CPU_ON ----

    @Test
    void cpuOn64StartsTheTargetAtTheEntryWithTheContextId() {
        assertEquals(Psci.SUCCESS, call(fn(Psci.CPU_ON_64), 2, ENTRY, 0xC0FFEE_0000_1234L));
        assertEquals(List.of(new FakeMachine.Start(2, ENTRY, 0xC0FFEE_0000_1234L)), machine.starts);
    }

    @Test
    void cpuOn32UsesOnlyTheLowHalvesOfItsArguments() {
        assertEquals(Psci.SUCCESS, call(fn(Psci.CPU_ON_32), 0xFFFF_FFFF_0000_0001L, 0x1111_1111_0000_0000L | ENTRY, 0xAAAA_AAAA_5555_5555L));
        assertEquals(List.of(new FakeMachine.Start(1, ENTRY, 0x5555_5555L)), machine.starts);
    }

    @Test
    void cpuOnOfARunningCoreIsAlreadyOn() {
        machine.states[1] = PowerState.ON;
        assertEquals(Psci.ALREADY_ON, call(fn(Psci.CPU_ON_64), 1, ENTRY, 0));
        assertTrue(machine.starts.isEmpty());
    }

    @Test
    void cpuOnOfTheCallerItselfIsAlreadyOn() {
        assertEquals(Psci.ALREADY_ON, call(fn(Psci.CPU_ON_64), 0, ENTRY, 0));
    }

    @Test
    void cpuOnOfACoreBeingTurnedOnIsOnPending() {
        machine.states[3] = PowerState.ON_PENDING;
        assertEquals(Psci.ON_PENDING, call(fn(Psci.CPU_ON_64), 3, ENTRY, 0));
    }

    @Test
    void cpuOnOfAnMpidrNamingNoCoreIsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_ON_64), 4, ENTRY, 0));
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_ON_64), 0x100, ENTRY, 0));
    }

    @Test
    void cpuOnWithReservedMpidrBitsIsInvalidParameters() {
        // Bit 31 (RES1 in MPIDR_EL1 itself) and U bit 30 are not affinity fields: target_cpu must not carry them.
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_ON_64), 0x8000_0001L, ENTRY, 0));
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_ON_64), 1L << 40 | 1, ENTRY, 0));
    }

    @Test
    void cpuOnWithAnEntryOutsideRamIsInvalidAddress() {
        assertEquals(Psci.INVALID_ADDRESS, call(fn(Psci.CPU_ON_64), 1, 0x0900_0000L, 0));
        assertEquals(Psci.INVALID_ADDRESS, call(fn(Psci.CPU_ON_64), 1, RAM + 0x10_0000, 0));
        assertTrue(machine.starts.isEmpty());
    }

    @Test
    void cpuOnWithAMisalignedEntryIsInvalidAddress() {
        assertEquals(Psci.INVALID_ADDRESS, call(fn(Psci.CPU_ON_64), 1, ENTRY + 2, 0));
    }

    @Test
    void cpuOnChecksTheTargetBeforeTheAddress() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_ON_64), 9, 0x10, 0));
    }

    @Test
    void cpuOnThatLosesARaceReportsTheWinnersState() {
        machine.raceTo = PowerState.ON_PENDING;
        assertEquals(Psci.ON_PENDING, call(fn(Psci.CPU_ON_64), 1, ENTRY, 0));
        assertTrue(machine.starts.isEmpty());
    }

    @Test
    void cpuOnThatTheMachineCannotPerformIsInternalFailure() {
        machine.startFailure = new IllegalArgumentException("cannot start vCPU 1: PC rejected");
        assertEquals(Psci.INTERNAL_FAILURE, call(fn(Psci.CPU_ON_64), 1, ENTRY, 0));
    }

    // ---- CPU_OFF ----

    @Test
    void cpuOffStopsTheVcpuWithoutReturning() {
        FakeContext c = hvc(fn(Psci.CPU_OFF));
        assertEquals(Outcome.STOP_VCPU, dispatch(c));
        assertTrue(c.registers.written.isEmpty());
    }

    @Test
    void cpuOffOfTheLastCoreOnIsNotDenied() {
        // DENIED is only for a resident Trusted OS that cannot migrate; there is none (MIGRATE_INFO_TYPE = 2).
        FakeMachine single = new FakeMachine(1);
        FakeContext c = FakeContext.hvc(0, single, VM, fn(Psci.CPU_OFF));
        assertEquals(Outcome.STOP_VCPU, dispatch(c));
    }

    // ---- CPU_SUSPEND ----

    @Test
    void cpuSuspendToStandbyReturnsSuccessLikeWfi() {
        FakeContext c = hvc(fn(Psci.CPU_SUSPEND_32), 0x0000_0000L, 0, 0);
        assertEquals(Outcome.RESUME, dispatch(c));
        assertEquals(0L, c.registers.x(0));
        assertEquals(FakeContext.CALL_PC + 4, c.registers.pc());
    }

    @Test
    void cpuSuspendToCorePowerDownReturnsSuccessWithContextKept() {
        FakeContext c = hvc(fn(Psci.CPU_SUSPEND_64), 0x0001_0000L, ENTRY, 0x42);
        assertEquals(Outcome.RESUME, dispatch(c));
        assertEquals(0L, c.registers.x(0));
        assertEquals(0x1005L, c.registers.x(5));
    }

    @Test
    void cpuSuspendToPowerDownWithAnEntryOutsideRamIsInvalidAddress() {
        assertEquals(Psci.INVALID_ADDRESS, call(fn(Psci.CPU_SUSPEND_64), 0x0001_0000L, 0x10L, 0));
    }

    @Test
    void cpuSuspendToStandbyIgnoresTheEntryPoint() {
        assertEquals(Psci.SUCCESS, call(fn(Psci.CPU_SUSPEND_64), 0x0000_0000L, 0x10L, 0));
    }

    @ParameterizedTest
    @ValueSource(longs = {0x0002_0000L, 0x0400_0000L, 0x8000_0000L, 0x0080_0000L})
    void cpuSuspendWithReservedPowerStateBitsIsInvalidParameters(long powerState) {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_SUSPEND_32), powerState, ENTRY, 0));
    }

    @Test
    void cpuSuspendToAnUnknownStateIdIsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_SUSPEND_32), 0x0000_0001L, ENTRY, 0));
    }

    @Test
    void cpuSuspendAboveCoreLevelIsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.CPU_SUSPEND_32), 0x0101_0000L, ENTRY, 0));
    }

    // ---- AFFINITY_INFO ----

    @Test
    void affinityInfoReportsOnOffAndOnPendingAtLevel0() {
        machine.states[2] = PowerState.ON_PENDING;
        assertEquals(Psci.AFFINITY_ON, call(fn(Psci.AFFINITY_INFO_64), 0, 0));
        assertEquals(Psci.AFFINITY_OFF, call(fn(Psci.AFFINITY_INFO_64), 1, 0));
        assertEquals(Psci.AFFINITY_ON_PENDING, call(fn(Psci.AFFINITY_INFO_32), 2, 0));
    }

    @Test
    void affinityInfoOfAnMpidrNamingNoCoreIsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.AFFINITY_INFO_64), 7, 0));
    }

    @Test
    void affinityInfoWithReservedBitsIsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.AFFINITY_INFO_64), 0x4000_0001L, 0));
    }

    @Test
    void affinityInfoAboveLevel3IsInvalidParameters() {
        assertEquals(Psci.INVALID_PARAMETERS, call(fn(Psci.AFFINITY_INFO_64), 0, 4));
    }

    @Test
    void affinityInfoAtLevel1IsOnWhenAnyCoreOfTheClusterIsOn() {
        // Two clusters of two: MPIDR = Aff1 << 8 | Aff0.
        machine.mpidrOf = i -> (i / 2) << 8 | (i % 2);
        machine.states[0] = PowerState.OFF;
        machine.states[1] = PowerState.ON;
        assertEquals(Psci.AFFINITY_ON, call(fn(Psci.AFFINITY_INFO_64), 0x000, 1));
        assertEquals(Psci.AFFINITY_OFF, call(fn(Psci.AFFINITY_INFO_64), 0x100, 1));
        assertEquals(Psci.AFFINITY_OFF, call(fn(Psci.AFFINITY_INFO_64), 0x1FF, 1), "Aff0 is ignored at level 1");
    }

    // ---- MIGRATE_INFO_TYPE, SYSTEM_OFF, SYSTEM_RESET ----

    @Test
    void migrateInfoTypeSaysNoTrustedOsNeedsMigration() {
        assertEquals(2, call(fn(Psci.MIGRATE_INFO_TYPE)));
    }

    @Test
    void migrateIsNotSupported() {
        assertEquals(-1L, call(fn(Psci.MIGRATE_64), 1));
    }

    @Test
    void systemOffPowersOffWithoutReturningToTheCaller() {
        FakeContext c = hvc(fn(Psci.SYSTEM_OFF));
        assertEquals(Outcome.POWER_OFF, dispatch(c));
        assertTrue(c.registers.written.isEmpty());
    }

    @Test
    void systemResetResetsWithoutReturningToTheCaller() {
        FakeContext c = hvc(fn(Psci.SYSTEM_RESET));
        assertEquals(Outcome.RESET, dispatch(c));
        assertTrue(c.registers.written.isEmpty());
    }

    // ---- conduits ----

    @Test
    void hvcOnTheHvcConduitLeavesPcAlone() {
        FakeContext c = hvc(fn(Psci.PSCI_VERSION));
        dispatch(c);
        assertFalse(c.registers.written.containsKey(RegisterId.PC));
    }

    @Test
    void smcOnTheSmcConduitAnswersAndAdvancesPc() {
        machine.conduit = Machine.Conduit.SMC;
        FakeContext c = smc(fn(Psci.PSCI_VERSION));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertEquals(0x10001L, c.registers.x(0));
        assertEquals(FakeContext.CALL_PC + 4, c.registers.pc());
    }

    @Test
    void unknownIdOnTheSmcConduitAdvancesPc() {
        machine.conduit = Machine.Conduit.SMC;
        FakeContext c = smc(0x8600_0000L);
        dispatch(c);
        assertEquals(-1L, c.registers.x(0));
        assertEquals(FakeContext.CALL_PC + 4, c.registers.pc());
    }

    @Test
    void smcOffTheConduitWithNoEl3IsUndefined() {
        FakeContext c = smc(fn(Psci.PSCI_VERSION));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertTrue(c.undefinedInjected);
        assertEquals(fn(Psci.PSCI_VERSION), c.registers.x(0));
        assertEquals(FakeContext.CALL_PC, c.registers.pc());
    }

    @Test
    void smcOffTheConduitIsUndefinedWhateverTheFunctionId() {
        FakeContext c = smc(0x1234L);
        assertEquals(Outcome.RESUME, dispatch(c));
        assertTrue(c.undefinedInjected);
    }

    @Test
    void smcOffTheConduitUnderKvmPolicyReturnsNotSupportedAndSkipsTheSmc() {
        machine.smcPolicy = Machine.SmcPolicy.KVM_NOT_SUPPORTED;
        FakeContext c = smc(fn(Psci.PSCI_VERSION));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertFalse(c.undefinedInjected);
        assertEquals(-1L, c.registers.x(0));
        assertEquals(FakeContext.CALL_PC + 4, c.registers.pc());
    }

    @Test
    void smcOffTheConduitDoesNotPowerOff() {
        FakeContext c = smc(fn(Psci.SYSTEM_OFF));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertTrue(c.undefinedInjected);
    }

    @Test
    void hvcOffTheSmcConduitIsUndefinedAtTheHvc() {
        machine.conduit = Machine.Conduit.SMC;
        FakeContext c = hvc(fn(Psci.PSCI_VERSION));
        assertEquals(Outcome.RESUME, dispatch(c));
        assertTrue(c.undefinedInjected);
        assertEquals(FakeContext.CALL_PC, c.registers.pc(), "ELR_EL1 must be the HVC itself");
        assertEquals(fn(Psci.PSCI_VERSION), c.registers.x(0));
    }

    @Test
    void otherExceptionClassesAreDeclined() {
        PsciFirmware firmware = new PsciFirmware();
        FakeContext c = FakeContext.brk(machine, VM);
        assertEquals(Outcome.DECLINE, firmware.call(c));
        assertEquals(Outcome.DECLINE, firmware.unclaimed(c));
        assertTrue(c.registers.written.isEmpty());
    }
}
