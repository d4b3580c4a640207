package org.a64wb.hypervisor.psci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.hypervisor.api.Machine.Conduit;
import org.a64wb.hypervisor.api.Machine.SmcPolicy;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.SimpleMmioBus;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/**
 * Guest programs (assembled with our assembler, loaded at 0x40000000) calling PSCI on the in-process
 * accelerator, run by MachineRunner with this bundle's handlers added by hand to the registry.
 * Guests store what they saw at {@link #RESULTS} + 8 * slot.
 */
class GuestPsciTest {

    static final long RAM = 0x4000_0000L;
    static final long RESULTS = 0x4001_0000L;

    /** A finished run: how it ended, the guest's result slots and its symbols. */
    record Run(MachineRunner.Result result, VirtualMachine vm, Assembler.Result image) {
        long slot(int n) {
            byte[] b = new byte[8];
            vm.readPhysical(RESULTS + 8L * n, b, 0, 8);
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = v << 8 | (b[i] & 0xFF);
            }
            return v;
        }

        long symbol(String name) {
            return image.symbols().get(name);
        }
    }

    /** One assembler for all guests (building the instruction tables is the slow part). */
    private static final Assembler ASSEMBLER = new Assembler(List.of(new A64InstructionSet()));

    static Run run(String source, int vcpus, Conduit conduit, SmcPolicy policy) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Assembler.Result image = ASSEMBLER.assemble("guest.s", source, Assembler.Options.flat(RAM));
            VirtualMachine vm = new InProcessAccelerator().createVm();
            vm.mapRam(RAM, 0x10_0000);
            vm.writePhysical(RAM, image.image(), 0, image.image().length);
            MachineRunner runner = new MachineRunner(vm, vcpus, Contributions.registry(), new SimpleMmioBus(), null, conduit, policy,
                    new TrapStatistics());
            runner.vcpu(0).setRegister(RegisterId.PC, RAM);
            return new Run(runner.run(), vm, image);
        });
    }

    /** Loads a 32-bit function id into W0 (movz/movk: the assembler has no literal pools here). */
    static String fid(String reg, int id) {
        return String.format("        movz    %s, #0x%x, lsl #16%n        movk    %s, #0x%x%n", reg, id >>> 16, reg, id & 0xFFFF);
    }

    /** VBAR_EL1 vectors: the current-EL/SP_ELx synchronous entry (0x200) stores ESR_EL1 in slot 0, ELR_EL1 in slot 1, returns past the faulting instruction. */
    static final String VECTORS = """
                    .balign 2048
            vectors:
                    b       .
                    .balign 512
                    mrs     x1, esr_el1
                    str     x1, [x19, #0]
                    mrs     x2, elr_el1
                    str     x2, [x19, #8]
                    add     x2, x2, #4
                    msr     elr_el1, x2
                    eret
            """;

    static final String PROLOGUE = """
                    .text
            _start:
                    movz    x19, #0x4001, lsl #16
                    adr     x0, vectors
                    msr     vbar_el1, x0
                    isb
            """;

    @Test
    void smpGuestBringsUpASecondaryWithCpuOnAndPowersOff() {
        String source = PROLOGUE
                // slot 2: PSCI_VERSION
                + fid("x0", Psci.PSCI_VERSION) + "        hvc #0\n        str x0, [x19, #16]\n"
                // slot 3: PSCI_FEATURES(CPU_ON64)
                + fid("x0", Psci.PSCI_FEATURES) + fid("x1", Psci.CPU_ON_64) + "        hvc #0\n        str x0, [x19, #24]\n"
                // slot 4: PSCI_FEATURES(SMCCC_VERSION)
                + fid("x0", Psci.PSCI_FEATURES) + fid("x1", Smccc.VERSION) + "        hvc #0\n        str x0, [x19, #32]\n"
                // slot 5: an unknown id in the PSCI block
                + fid("x0", 0x8400_001F) + "        hvc #0\n        str x0, [x19, #40]\n"
                // slot 6: CPU_ON64(MPIDR 1, secondary, context id 0x1234)
                + fid("x0", Psci.CPU_ON_64) + """
                        mov     x1, #1
                        adr     x2, secondary
                        movz    x3, #0x1234
                        hvc     #0
                        str     x0, [x19, #48]
                        mov     x20, #0
                poll:
                        add     x20, x20, #1
                """
                + fid("x0", Psci.AFFINITY_INFO_64) + """
                        mov     x1, #1
                        mov     x2, #0
                        hvc     #0
                        cmp     x0, #1
                        b.ne    poll
                        str     x0, [x19, #56]
                        str     x20, [x19, #64]
                        ldr     x21, [x19, #80]
                        str     x21, [x19, #72]
                """
                + fid("x0", Psci.SYSTEM_OFF) + """
                        hvc     #0
                        movz    x22, #0xdead
                        str     x22, [x19, #120]
                        b       .
                secondary:
                        movz    x19, #0x4001, lsl #16
                        str     x0, [x19, #80]
                        mrs     x1, sctlr_el1
                        str     x1, [x19, #88]
                        mrs     x2, CurrentEL
                        str     x2, [x19, #96]
                """
                + fid("x0", Psci.CPU_OFF) + """
                        hvc     #0
                        movz    x22, #0xbad
                        str     x22, [x19, #128]
                        b       .
                """ + VECTORS;
        Run run = run(source, 2, Conduit.HVC, SmcPolicy.UNDEFINED);

        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(0x10001L, run.slot(2), "PSCI_VERSION");
        assertEquals(0L, run.slot(3), "PSCI_FEATURES(CPU_ON64)");
        assertEquals(0L, run.slot(4), "PSCI_FEATURES(SMCCC_VERSION)");
        assertEquals(-1L, run.slot(5), "unknown function id");
        assertEquals(0L, run.slot(6), "CPU_ON64");
        assertEquals(1L, run.slot(7), "AFFINITY_INFO ends OFF");
        assertTrue(run.slot(8) >= 1, "polls");
        assertEquals(0x1234L, run.slot(10), "vCPU 1 started with the context id in X0");
        assertEquals(0x1234L, run.slot(9), "vCPU 0 sees vCPU 1's store once AFFINITY_INFO says OFF");
        assertEquals(0L, run.slot(11) & 1, "vCPU 1 starts with the MMU off (SCTLR_EL1.M = 0)");
        assertEquals(1L << 2, run.slot(12), "vCPU 1 starts at EL1");
        assertEquals(0L, run.slot(15), "SYSTEM_OFF never returns");
        assertEquals(0L, run.slot(16), "CPU_OFF never returns");
        assertEquals(0L, run.slot(0), "no exception was taken");
    }

    /** Calls PSCI_VERSION by SMC (slot 2 = X0 afterwards), then SYSTEM_OFF by HVC. */
    static final String SMC_CALL = PROLOGUE + fid("x0", Psci.PSCI_VERSION) + """
            the_smc:
                    smc     #0
                    str     x0, [x19, #16]
            """ + fid("x0", Psci.SYSTEM_OFF) + """
                    hvc     #0
                    b       .
            """ + VECTORS;

    @Test
    void smcWithTheHvcConduitIsUndefinedInTheGuest() {
        Run run = run(SMC_CALL, 1, Conduit.HVC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        long esr = run.slot(0);
        assertEquals(0, esr >>> 26, "ESR_EL1.EC = 0x00, unknown reason");
        assertEquals(1L, esr >>> 25 & 1, "ESR_EL1.IL");
        assertEquals(run.symbol("the_smc"), run.slot(1), "ELR_EL1 = the SMC");
        assertEquals(Psci.PSCI_VERSION & 0xFFFF_FFFFL, run.slot(2), "X0 untouched: no PSCI answer off the conduit");
    }

    @Test
    void smcWithTheHvcConduitUnderKvmPolicyReturnsNotSupported() {
        Run run = run(SMC_CALL, 1, Conduit.HVC, SmcPolicy.KVM_NOT_SUPPORTED);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(-1L, run.slot(2), "X0 = -1 and the guest went on after the SMC");
        assertEquals(0L, run.slot(0), "no exception was taken");
    }

    @Test
    void smcConduitAnswersBySmcAndHvcIsUndefined() {
        String source = PROLOGUE + fid("x0", Psci.PSCI_VERSION) + """
                        smc     #0
                        str     x0, [x19, #16]
                """ + fid("x0", Psci.PSCI_VERSION) + """
                the_hvc:
                        hvc     #0
                        str     x0, [x19, #24]
                """ + fid("x0", Psci.SYSTEM_OFF) + """
                        smc     #0
                        b       .
                """ + VECTORS;
        Run run = run(source, 1, Conduit.SMC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(0x10001L, run.slot(2), "PSCI_VERSION by SMC, PC advanced past it");
        assertEquals(0, run.slot(0) >>> 26, "HVC off the conduit: ESR_EL1.EC = 0x00");
        assertEquals(run.symbol("the_hvc"), run.slot(1), "ELR_EL1 = the HVC");
        assertEquals(Psci.PSCI_VERSION & 0xFFFF_FFFFL, run.slot(3), "X0 untouched by the HVC");
    }

    @Test
    void systemResetEndsTheRunWithReset() {
        Run run = run(PROLOGUE + fid("x0", Psci.SYSTEM_RESET) + "        hvc #0\n        b .\n" + VECTORS, 1, Conduit.HVC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.RESET, run.result().ending(), run.result().report());
    }

    @Test
    void cpuOffOfTheOnlyVcpuEndsWithEveryVcpuOff() {
        Run run = run(PROLOGUE + fid("x0", Psci.CPU_OFF) + "        hvc #0\n        b .\n" + VECTORS, 1, Conduit.HVC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.ALL_VCPUS_OFF, run.result().ending(), run.result().report());
    }

    @Test
    void cpuSuspendToStandbyReturnsSuccessToTheGuest() {
        String source = PROLOGUE + "        mov x0, #-1\n        str x0, [x19, #16]\n" + fid("x0", Psci.CPU_SUSPEND_64) + """
                        mov     x1, #0
                        mov     x2, #0
                        mov     x3, #0
                        hvc     #0
                        str     x0, [x19, #16]
                """ + fid("x0", Psci.SYSTEM_OFF) + "        hvc #0\n        b .\n" + VECTORS;
        Run run = run(source, 1, Conduit.HVC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(0L, run.slot(2));
    }

    @Test
    void cpuOnOfAMissingCoreIsInvalidParametersInTheGuest() {
        String source = PROLOGUE + fid("x0", Psci.CPU_ON_64) + """
                        mov     x1, #5
                        adr     x2, _start
                        mov     x3, #0
                        hvc     #0
                        str     x0, [x19, #16]
                """ + fid("x0", Psci.SYSTEM_OFF) + "        hvc #0\n        b .\n" + VECTORS;
        Run run = run(source, 2, Conduit.HVC, SmcPolicy.UNDEFINED);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(-2L, run.slot(2));
    }
}
