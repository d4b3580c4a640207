package org.a64wb.board.virt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;
import org.a64wb.fdt.FdtReader;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The board alone, with TEST-ONLY devices and handlers (ISV=1 bus access, HVC SYSTEM_OFF): the real ones live elsewhere. */
class VirtBoardTest {

    /** A test-only transmit-only UART: writes at offset 0 go to the console. */
    static final class TestUart implements DeviceContribution {
        @Override
        public String compatible() {
            return "test,uart";
        }

        @Override
        public void attach(BoardContext board) {
            var w = board.window("uart");
            PrintStream out = board.console().out();
            board.map(w.base(), w.size(), "test-uart", new MmioDevice() {
                @Override
                public long read(long offset, int size) {
                    return 0;
                }

                @Override
                public void write(long offset, int size, long value) {
                    out.write((int) value);
                }
            });
            board.claimConsole(board.addNode("uart@9000000").string("compatible", "test,uart").reg("reg", 2, 2, w.base(), w.size()));
        }
    }

    /** Throws half-way: nothing it did may stay. */
    static final class BrokenDevice implements DeviceContribution {
        @Override
        public String compatible() {
            return "test,broken";
        }

        @Override
        public void attach(BoardContext board) {
            board.addNode("broken@9010000");
            board.map(0x09010000L, 0x1000, "broken", new TestMmio());
            throw new IllegalStateException("no luck");
        }
    }

    static final class TestMmio implements MmioDevice {
        @Override
        public long read(long offset, int size) {
            return 0;
        }

        @Override
        public void write(long offset, int size, long value) {
        }
    }

    static TrapHandlerRegistry testHandlers() {
        TrapHandlerRegistry handlers = new TrapHandlerRegistry();
        handlers.add(c -> { // TEST ONLY: ISV=1 bus access
            if (!c.syndrome().isv()) {
                return Outcome.DECLINE;
            }
            long ipa = ((org.a64wb.accel.api.Exit.DataAbort) c.exit()).ipa();
            int size = 1 << c.syndrome().sas();
            if (c.syndrome().wnr()) {
                c.bus().write(ipa, size, c.registers().x(c.syndrome().srt()));
            } else {
                c.registers().setX(c.syndrome().srt(), c.bus().read(ipa, size));
            }
            c.advancePc();
            return Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x24));
        handlers.add(c -> (c.registers().x(0) & 0xffffffffL) == 0x84000008L ? Outcome.POWER_OFF : Outcome.DECLINE, // TEST ONLY: SYSTEM_OFF
                Map.of(TrapHandler.EXCEPTION_CLASS, 0x16));
        handlers.add(new SystemRegisterForwarder(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x18, TrapHandler.PRIORITY, -1000));
        return handlers;
    }

    static byte[] flat(String source) throws Exception {
        return new Assembler(List.of(new A64InstructionSet())).assemble("t.s", source, Assembler.Options.flat(0x40080000L)).image();
    }

    private final List<String> warnings = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    VirtBoard.Instance boot(byte[] kernel, int cpus, String bootargs, List<DeviceContribution> devices) {
        return boot(kernel, cpus, bootargs, devices, TrapPolicy.DEFAULT);
    }

    VirtBoard.Instance boot(byte[] kernel, int cpus, String bootargs, List<DeviceContribution> devices, TrapPolicy policy) {
        VirtualMachine vm = new InProcessAccelerator().createVm();
        return new VirtBoard(null, testHandlers(), null, devices).boot(new VirtBoard.Options(VirtBoard.DEFAULT_RAM, cpus, bootargs, policy), vm,
                kernel, new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true)), new TrapStatistics(), warnings::add);
    }

    @Test
    void deviceTreeHasMemoryCpusPsciChosenAndTheContributedUart() throws Exception {
        VirtBoard.Instance m = boot(new byte[] {0, 0, 0, 0x14}, 2, "console=ttyAMA0", List.of(new TestUart()));
        DeviceTree tree = FdtReader.read(m.dtb());
        FdtNode root = tree.root();
        assertArrayEquals(new int[] {0, 0x40000000, 0, 0x10000000}, root.find("memory@40000000").cells("reg"));
        assertEquals(List.of("memory"), root.find("memory@40000000").strings("device_type"));
        assertEquals(List.of("psci"), root.find("cpus/cpu@1").strings("enable-method"));
        assertEquals(1, root.find("cpus/cpu@1").cells("reg")[0]);
        assertEquals(List.of("arm,psci-1.0", "arm,psci-0.2", "arm,psci"), root.find("psci").strings("compatible"));
        assertEquals(List.of("hvc"), root.find("psci").strings("method"));
        assertEquals(List.of("console=ttyAMA0"), root.find("chosen").strings("bootargs"));
        assertEquals(List.of("/uart@9000000"), root.find("chosen").strings("stdout-path"));
        assertEquals(List.of("test,uart"), m.devices());
    }

    /** The GICv3 and timer nodes as qemu-system-aarch64 -M virt,gic-version=3 -smp 2 dumps them (dtc), but without the ITS. */
    @Test
    void deviceTreeHasQemusGicv3AndTimerNodes() throws Exception {
        VirtBoard.Instance m = boot(new byte[] {0, 0, 0, 0x14}, 2, "", List.of(new TestUart()));
        FdtNode root = FdtReader.read(m.dtb()).root();
        FdtNode intc = root.find("intc@8000000");
        assertEquals(List.of("arm,gic-v3"), intc.strings("compatible"));
        assertArrayEquals(new int[] {3}, intc.cells("#interrupt-cells"));
        assertTrue(intc.has("interrupt-controller"));
        assertArrayEquals(new int[] {1}, intc.cells("#redistributor-regions"));
        assertArrayEquals(new int[] {0, 0x08000000, 0, 0x10000, 0, 0x080a0000, 0, 2 * 0x20000}, intc.cells("reg"));
        assertArrayEquals(root.cells("interrupt-parent"), intc.cells("phandle"));
        FdtNode timer = root.find("timer");
        assertEquals(List.of("arm,armv8-timer", "arm,armv7-timer"), timer.strings("compatible"));
        assertArrayEquals(new int[] {1, 13, 4, 1, 14, 4, 1, 11, 4, 1, 10, 4}, timer.cells("interrupts"));
        assertTrue(timer.has("always-on"));
    }

    @Test
    void bootRegistersFollowBootingRst() {
        VirtBoard.Instance m = boot(new byte[] {0, 0, 0, 0x14}, 1, "", List.of());
        VirtualCpu cpu = m.runner().vcpu(0);
        assertEquals(0x40080000L, cpu.getRegister(RegisterId.PC), "a flat binary loads at RAM + 0x80000 as on QEMU");
        assertEquals(m.dtbAddress(), cpu.getRegister(RegisterId.x(0)));
        assertEquals(0x48000000L, m.dtbAddress(), "2 MiB aligned at RAM + min(RAM/2, 128 MiB)");
        assertEquals(0, cpu.getRegister(RegisterId.x(1)) | cpu.getRegister(RegisterId.x(2)) | cpu.getRegister(RegisterId.x(3)));
        assertEquals(0x3c5, cpu.getRegister(RegisterId.PSTATE) & 0x3cf, "EL1h, DAIF masked");
        assertEquals(0, cpu.getRegister(RegisterId.SCTLR_EL1) & 1, "MMU off");
    }

    @Test
    void failingContributionLeavesNoNodeNoMappingAndIsReported() throws Exception {
        VirtBoard.Instance m = boot(new byte[] {0, 0, 0, 0x14}, 1, "", List.of(new BrokenDevice(), new TestUart()));
        assertEquals(List.of("test,uart"), m.devices());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).contains("test,broken") && m.problems().get(0).contains("no luck"), m.problems().get(0));
        assertEquals(null, FdtReader.read(m.dtb()).root().child("broken@9010000"));
        assertTrue(m.bus().regions().stream().noneMatch(r -> r.name().equals("broken")));
    }

    @Test
    void deviceAskingForAnUnknownSlotIsRejectedWithTheKnownSlots() {
        DeviceContribution bad = new DeviceContribution() {
            @Override
            public String compatible() {
                return "test,nowhere";
            }

            @Override
            public void attach(BoardContext board) {
                board.window("pcie-ecam");
            }
        };
        VirtBoard.Instance m = boot(new byte[] {0, 0, 0, 0x14}, 1, "", List.of(bad));
        assertTrue(m.problems().get(0).contains("no slot 'pcie-ecam' (known: gic-dist"), m.problems().get(0));
    }

    @Test
    void helloOverATestUartEndsWithSystemOff() throws Exception {
        byte[] kernel = flat("""
                    mov x9, #0x09000000
                    mov w1, #'o'
                    strb w1, [x9]
                    mov w1, #'k'
                    strb w1, [x9]
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """);
        MachineRunner.Result r = boot(kernel, 1, "", List.of(new TestUart())).run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        assertEquals("ok", out.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void unhandledExitEndsTheRunWithAReport() throws Exception {
        byte[] kernel = flat("""
                    mov x9, #0x09000000
                    stp x1, x2, [x9]
                """);
        MachineRunner.Result r = boot(kernel, 1, "", List.of(new TestUart())).run();
        assertEquals(MachineRunner.Ending.UNHANDLED_EXIT, r.ending());
        assertTrue(r.report().contains("ISV=0") && r.report().contains("0x9000000"), r.report());
    }

    /**
     * MRS/MSR of a register the CPU does not implement is UNDEFINED (Arm ARM D1.10.4 / D19): a synchronous
     * exception with EC 0 taken to EL1 at VBAR_EL1 + 0x200 (current EL, SP_ELx) with ELR_EL1 at the
     * instruction, whether the accelerator executes it or forwards it to the VMM (--trap-all, issue 9).
     * DBGBVR15_EL1 is beyond the breakpoints ID_AA64DFR0_EL1 advertises; S3_0_C15_C0_0 is IMPLEMENTATION DEFINED
     * space the CPU does not implement (our assembler takes the generic name only where llvm has no other).
     */
    @ParameterizedTest(name = "{0}, trap-all {1}")
    @CsvSource({"'mrs x0, dbgbvr15_el1', false", "'mrs x0, dbgbvr15_el1', true", "'msr dbgbvr15_el1, x0', false", "'msr dbgbvr15_el1, x0', true",
            "'mrs x0, s3_0_c15_c0_0', false", "'mrs x0, s3_0_c15_c0_0', true", "'msr s3_0_c15_c0_0, x0', false", "'msr s3_0_c15_c0_0, x0', true"})
    void unknownSystemRegisterIsUndefinedInTheGuest(String access, boolean trapAll) throws Exception {
        byte[] kernel = flat("""
                    adr x1, vectors
                    msr vbar_el1, x1
                    mov x0, #5
                access:
                    %s
                    mov x2, #0xdead
                    b off
                    .balign 2048
                vectors:
                    .space 0x200
                    mrs x2, esr_el1
                    mrs x3, elr_el1
                    adr x4, access
                off:
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """.formatted(access));
        VirtBoard.Instance m = boot(kernel, 1, "", List.of(new TestUart()), trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT);
        MachineRunner.Result r = m.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        VirtualCpu cpu = m.runner().vcpu(0);
        assertEquals(0x02000000L, cpu.getRegister(RegisterId.x(2)), access + ": ESR_EL1 = EC 0 (unknown reason), IL = 1");
        assertEquals(cpu.getRegister(RegisterId.x(4)), cpu.getRegister(RegisterId.x(3)), access + ": ELR_EL1 = the access");
    }

    /**
     * MSR (immediate) to PAN, UAO, DIT and SSBS (Linux sets PAN with "msr pan, #1" at boot) has the same effect
     * whether the accelerator executes it or forwards it to the VMM (--trap-all), and the VMM's write-back of
     * PSTATE keeps those bits: MRS reads back what was set. Before, under --trap-all the forwarder declined PAN
     * and the boot of Linux stopped there.
     */
    @ParameterizedTest(name = "trap-all {0}")
    @CsvSource({"false", "true"})
    void pstateFieldsSetByMsrImmediateReadBack(boolean trapAll) throws Exception {
        byte[] kernel = flat("""
                    msr pan, #1
                    msr uao, #1
                    msr dit, #1
                    msr ssbs, #1
                    mrs x2, pan
                    mrs x3, uao
                    mrs x4, dit
                    mrs x5, ssbs
                    msr pan, #0
                    mrs x6, pan
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """);
        VirtBoard.Instance m = boot(kernel, 1, "", List.of(new TestUart()), trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT);
        MachineRunner.Result r = m.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        VirtualCpu cpu = m.runner().vcpu(0);
        assertEquals(1L << 22, cpu.getRegister(RegisterId.x(2)), "PAN");
        assertEquals(1L << 23, cpu.getRegister(RegisterId.x(3)), "UAO");
        assertEquals(1L << 24, cpu.getRegister(RegisterId.x(4)), "DIT");
        assertEquals(1L << 12, cpu.getRegister(RegisterId.x(5)), "SSBS");
        assertEquals(0L, cpu.getRegister(RegisterId.x(6)), "PAN cleared");
    }

    /**
     * A fetch outside RAM is an Instruction Abort the guest takes (issue 9), never a VMM stop: EC 0x21 from
     * EL1 and 0x20 from EL0, IL = 1, IFSC = 0b010000 (synchronous external abort, not on a walk), FAR_EL1 =
     * ELR_EL1 = the faulting PC, entered at VBAR_EL1 + 0x000 (EL1, SP_EL0), 0x200 (EL1, SP_EL1) or 0x400
     * (EL0) (Arm ARM D1.10.2 "Exception vectors", D17.2.37 "ESR_EL1"). 0x1000 is below RAM with no device.
     */
    @ParameterizedTest(name = "from {0}")
    @CsvSource({"EL1h, 0x200, 0x86000010", "EL1t, 0x000, 0x86000010", "EL0t, 0x400, 0x82000010"})
    void fetchOutsideRamIsAnInstructionAbortTakenByTheGuest(String from, String vector, String esr) throws Exception {
        String enter = switch (from) {
            case "EL1h" -> "";
            case "EL1t" -> "msr spsel, #0";
            default -> """
                    msr spsr_el1, xzr
                    adr x1, jump
                    msr elr_el1, x1
                    eret""";
        };
        byte[] kernel = flat("""
                    adr x1, vectors
                    msr vbar_el1, x1
                    mov x5, #0x1000
                    %s
                jump:
                    br x5
                    .balign 2048
                vectors:
                    mov x6, #0x000
                    b report
                    .balign 0x200
                    mov x6, #0x200
                    b report
                    .balign 0x200
                    mov x6, #0x400
                report:
                    mrs x2, esr_el1
                    mrs x3, far_el1
                    mrs x4, elr_el1
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """.formatted(enter));
        VirtBoard.Instance m = boot(kernel, 1, "", List.of(new TestUart()));
        MachineRunner.Result r = m.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), from + ": " + r.report());
        VirtualCpu cpu = m.runner().vcpu(0);
        assertEquals(Long.decode(vector), cpu.getRegister(RegisterId.x(6)), from + ": vector offset");
        assertEquals(Long.decode(esr), cpu.getRegister(RegisterId.x(2)), from + ": ESR_EL1 = EC 0x20/0x21, IL, IFSC 0x10");
        assertEquals(0x1000L, cpu.getRegister(RegisterId.x(3)), from + ": FAR_EL1 = the faulting PC");
        assertEquals(0x1000L, cpu.getRegister(RegisterId.x(4)), from + ": ELR_EL1 = the faulting PC");
    }

    /** With VBAR_EL1 outside RAM as well (Linux's early boot, VBAR_EL1 = 0), the abort could only repeat: the run ends with a report. */
    @Test
    void fetchAbortWhoseVectorIsOutsideRamEndsTheRunWithAReport() throws Exception {
        byte[] kernel = flat("""
                    mov x5, #0x1000
                    br x5
                """);
        MachineRunner.Result r = boot(kernel, 1, "", List.of(new TestUart())).run();
        assertEquals(MachineRunner.Ending.UNHANDLED_EXIT, r.ending());
        assertTrue(r.report().contains("0x200") && r.report().contains("outside RAM"), r.report());
    }

    /**
     * The debug registers Linux sets up first (issue 9: MDSCR_EL1 was its first wall), the same with the
     * accelerator executing them and with --trap-all forwarding them to the VMM: OSLK is 1 after reset and
     * OSLAR_EL1 clears it, MDSCR_EL1 keeps MDE and KDE.
     */
    @ParameterizedTest(name = "trap-all {0}")
    @CsvSource({"false", "true"})
    void osLockAndMdscrAtEl1(boolean trapAll) throws Exception {
        byte[] kernel = flat("""
                    mrs x2, oslsr_el1
                    msr oslar_el1, xzr
                    mrs x3, oslsr_el1
                    mov x1, #0xa000
                    msr mdscr_el1, x1
                    mrs x4, mdscr_el1
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """);
        VirtBoard.Instance m = boot(kernel, 1, "", List.of(new TestUart()), trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT);
        MachineRunner.Result r = m.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        VirtualCpu cpu = m.runner().vcpu(0);
        assertEquals(0b1010, cpu.getRegister(RegisterId.x(2)), "OSLSR_EL1 at reset: OSLM = 0b10, OSLK = 1");
        assertEquals(0b1000, cpu.getRegister(RegisterId.x(3)), "OSLSR_EL1 after OSLAR_EL1 = 0");
        assertEquals(0xa000, cpu.getRegister(RegisterId.x(4)), "MDSCR_EL1 MDE | KDE");
    }

    @Test
    void tooManyCpusIsAUsageError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VirtBoard.Options(VirtBoard.DEFAULT_RAM, 17, "", null));
        assertTrue(e.getMessage().contains("1..16"));
    }
}
