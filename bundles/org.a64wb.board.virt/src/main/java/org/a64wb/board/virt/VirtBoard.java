package org.a64wb.board.virt;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.a64wb.accel.api.Accelerator;
import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.Board;
import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.DeviceRequest;
import org.a64wb.board.api.Display;
import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.SimpleMmioBus;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapHandlerTracker;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.api.InstructionSets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * QEMU's "virt" machine, as far as it exists here: its memory map (hw/arm/virt.c base_memmap: RAM at
 * 0x40000000, the PL011 at 0x09000000 ...), PSCI over HVC (no EL2/EL3 in the guest), a DTB built at
 * boot from the board's own nodes and the device contributions found, and QEMU's direct kernel boot:
 * CPU 0 at EL1h with the MMU off, X0 = DTB address, X1..X3 = 0 (Documentation/arm64/booting.rst 4).
 * <p>
 * The {@link Board} service "virt": it composes each machine from the {@link DeviceContribution} services, the
 * accelerator and the trap handlers present when the run starts. Everything of one run (VM, bus, device tree,
 * the devices' state) lives in that run's {@link Instance}; the board itself only holds the services it found.
 */
@Component(service = Board.class, property = Board.NAME + "=" + VirtBoard.NAME)
public final class VirtBoard implements Board {

    public static final String NAME = "virt";
    public static final long RAM_BASE = 0x4000_0000L;
    public static final long DEFAULT_RAM = 256L << 20;
    /**
     * With GICv3 (QEMU virt,gic-version=3 takes 512) the limit is the affinity scheme: vCPU n has Aff0 = n,
     * and SGI target lists reach Aff0 0..15 without range selectors (GICD_TYPER.RSS = 0).
     */
    public static final int MAX_CPUS = 16;
    public static final long GIC_DISTRIBUTOR = 0x0800_0000L;
    public static final long GIC_REDISTRIBUTORS = 0x080a_0000L;
    /** QEMU virt's NUM_IRQS: SPIs 0..255 (INTIDs 32..287). */
    public static final int GIC_SPIS = 256;
    /** Devicetree interrupt specifier constants (include/dt-bindings/interrupt-controller/arm-gic.h, irq.h). */
    public static final int GIC_SPI = 0;
    public static final int GIC_PPI = 1;
    public static final int IRQ_TYPE_LEVEL_HIGH = 4;

    /**
     * Where the GICv3 lives (seed 002): inside the accelerator (KVM's in-kernel vGIC, the default), or in the
     * VMM with the ICC_* registers trapped to it and the vCPUs' IRQ inputs driven from it (kernel-irqchip=off).
     */
    public enum Irqchip { ACCEL, VMM }
    /** booting.rst: the DTB is at most 2 MiB, on an 8-byte boundary. */
    public static final int MAX_DTB = 2 << 20;

    /** One entry of the memory map: the window and its SPI (-1 when none). */
    public record Slot(MmioWindow window, int irq) {
    }

    /** hw/arm/virt.c base_memmap[] and a15irqmap[] for the slots a device may ask for. */
    public static final Map<String, Slot> MEMORY_MAP;

    static {
        Map<String, Slot> map = new LinkedHashMap<>();
        map.put("gic-dist", new Slot(new MmioWindow(0x0800_0000L, 0x1_0000L), -1));
        map.put("gic-cpu", new Slot(new MmioWindow(0x0801_0000L, 0x1_0000L), -1));
        map.put("gic-redist", new Slot(new MmioWindow(0x080a_0000L, 0xf6_0000L), -1));
        map.put("uart", new Slot(new MmioWindow(0x0900_0000L, 0x1000L), 1));
        map.put("rtc", new Slot(new MmioWindow(0x0901_0000L, 0x1000L), 2));
        map.put("fw-cfg", new Slot(new MmioWindow(0x0902_0000L, 0x18L), -1));
        map.put("gpio", new Slot(new MmioWindow(0x0903_0000L, 0x1000L), 7));
        map.put("virtio-mmio", new Slot(new MmioWindow(0x0a00_0000L, 0x200L * 32), 16));
        map.put("platform-bus", new Slot(new MmioWindow(0x0c00_0000L, 0x200_0000L), 112));
        // QEMU's PCIe MMIO window (0x10000000-0x3eff0000) is unused here (no PCIe); its start holds the framebuffer.
        map.put("framebuffer", new Slot(new MmioWindow(0x1000_0000L, 0x100_0000L), -1));
        MEMORY_MAP = java.util.Collections.unmodifiableMap(map);
    }

    /** Machine options: RAM size, CPUs, kernel command line, trap policy, where the GIC lives, the run's device requests. */
    public record Options(long ramSize, int cpus, String bootargs, TrapPolicy trapPolicy, Irqchip irqchip, List<DeviceRequest> requests) {
        public Options {
            if (ramSize < (4L << 20) || ramSize % 4096 != 0 || ramSize > (255L << 30)) {
                throw new IllegalArgumentException("RAM size must be a multiple of 4 KiB between 4 MiB and 255 GiB");
            }
            if (cpus < 1 || cpus > MAX_CPUS) {
                throw new IllegalArgumentException("--smp must be 1.." + MAX_CPUS + " (virt with GICv3), not " + cpus);
            }
            bootargs = bootargs == null ? "" : bootargs;
            trapPolicy = trapPolicy == null ? TrapPolicy.DEFAULT : trapPolicy;
            irqchip = irqchip == null ? Irqchip.ACCEL : irqchip;
            requests = requests == null ? List.of() : List.copyOf(requests);
        }

        public Options(long ramSize, int cpus, String bootargs, TrapPolicy trapPolicy, Irqchip irqchip) {
            this(ramSize, cpus, bootargs, trapPolicy, irqchip, List.of());
        }

        public Options(long ramSize, int cpus, String bootargs, TrapPolicy trapPolicy) {
            this(ramSize, cpus, bootargs, trapPolicy, Irqchip.ACCEL);
        }

        public static Options defaults() {
            return new Options(DEFAULT_RAM, 1, "", TrapPolicy.DEFAULT);
        }
    }

    /** A booted machine, ready to run. */
    public static final class Instance {
        private final MachineRunner runner;
        private final SimpleMmioBus bus;
        private final byte[] dtb;
        private final long dtbAddress;
        private final KernelLoader.Loaded kernel;
        private final List<Display> displays;
        private final List<String> devices;
        private final List<String> problems;
        private final Runnable teardown;

        Instance(MachineRunner runner, SimpleMmioBus bus, byte[] dtb, long dtbAddress, KernelLoader.Loaded kernel, List<Display> displays,
                List<String> devices, List<String> problems, Runnable teardown) {
            this.teardown = teardown;
            this.runner = runner;
            this.bus = bus;
            this.dtb = dtb;
            this.dtbAddress = dtbAddress;
            this.kernel = kernel;
            this.displays = displays;
            this.devices = devices;
            this.problems = problems;
        }

        public MachineRunner runner() {
            return runner;
        }

        public SimpleMmioBus bus() {
            return bus;
        }

        public byte[] dtb() {
            return dtb.clone();
        }

        public long dtbAddress() {
            return dtbAddress;
        }

        public KernelLoader.Loaded kernel() {
            return kernel;
        }

        public List<Display> displays() {
            return displays;
        }

        /** Compatible strings of the devices attached, in attach order. */
        public List<String> devices() {
            return devices;
        }

        /** Contributions rejected at boot, one line each. */
        public List<String> problems() {
            return problems;
        }

        /** Releases what booting registered beyond the machine, for a machine that is not run (--dump-dtb). */
        public void discard() {
            teardown.run();
        }

        public MachineRunner.Result run() throws InterruptedException {
            try {
                return runner.run();
            } finally {
                teardown.run();
            }
        }
    }

    private final List<DeviceContribution> devices = new CopyOnWriteArrayList<>();
    private volatile Supplier<VirtualMachine> vms;
    private volatile TrapHandlerRegistry handlers;
    /** The runtime's exit statistics over every run (a64:stats), or null. */
    private volatile TrapStatistics totals;
    private volatile InstructionSets isa;

    /** The DS component: its services arrive through the {@link Reference} methods. */
    public VirtBoard() {
    }

    /**
     * A board outside a framework (tests, embedding): VMs from {@code vms}, exits to {@code handlers}, {@code isa} for
     * disassembly in reports (null: none), and these devices on every machine.
     */
    public VirtBoard(Supplier<VirtualMachine> vms, TrapHandlerRegistry handlers, InstructionSets isa, List<DeviceContribution> devices) {
        this.vms = vms;
        this.handlers = handlers;
        this.isa = isa;
        this.devices.addAll(devices);
    }

    @Reference
    void setAccelerator(Accelerator accelerator) {
        vms = accelerator::createVm;
    }

    @Reference
    void setTrapHandlers(TrapHandlerTracker tracker) {
        handlers = tracker.registry();
        totals = tracker.statistics();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setInstructionSets(InstructionSets sets) {
        isa = sets;
    }

    void unsetInstructionSets(InstructionSets sets) {
        if (isa == sets) {
            isa = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDevice(DeviceContribution device) {
        devices.add(device);
    }

    void removeDevice(DeviceContribution device) {
        devices.remove(device);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "QEMU's virt machine: GICv3, generic timer, PSCI over HVC, RAM at 0x40000000, devices from the installed bundles";
    }

    @Override
    public String options() {
        return RunVirt.OPTIONS;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return RunVirt.run(this, args, in, out, err);
    }

    /** A fresh VM from the accelerator, for one run. */
    VirtualMachine createVm() {
        return vms.get();
    }

    TrapHandlerRegistry handlers() {
        return handlers;
    }

    TrapStatistics totals() {
        return totals;
    }

    /**
     * Builds a machine on {@code vm}: RAM, the device contributions (each in its own staging context, dropped whole
     * if it fails), the DTB, the kernel and CPU 0's boot registers.
     */
    public Instance boot(Options options, VirtualMachine vm, byte[] kernelFile, Console console, TrapStatistics statistics,
            Consumer<String> warnings) {
        return boot(options, vm, kernelFile, null, console, statistics, warnings);
    }

    /**
     * As above, with an initial RAM disk ({@code initrd}, null for none) loaded where QEMU's hw/arm/boot.c puts
     * it (after min(RAM/2, 128 MiB) and past the kernel) and named in /chosen (linux,initrd-start/-end), with
     * the DTB after it.
     */
    public Instance boot(Options options, VirtualMachine vm, byte[] kernelFile, byte[] initrd, Console console, TrapStatistics statistics,
            Consumer<String> warnings) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return build(options, vm, kernelFile, initrd, List.copyOf(devices), console, handlers, isa, statistics, warnings, resources);
        } catch (RuntimeException e) {
            closeAll(resources, warnings); // the devices' open files, when the machine cannot be built after all
            throw e;
        }
    }

    private static Instance build(Options options, VirtualMachine vm, byte[] kernelFile, byte[] initrd, List<DeviceContribution> contributions,
            Console console, TrapHandlerRegistry handlers, InstructionSets isa, TrapStatistics statistics, Consumer<String> warnings,
            List<AutoCloseable> resources) {
        vm.setTrapPolicy(options.trapPolicy());
        vm.mapRam(RAM_BASE, options.ramSize());
        SimpleMmioBus bus = new SimpleMmioBus();
        DeviceTree tree = new DeviceTree();
        FdtNode root = tree.root();
        root.u32("#address-cells", 2).u32("#size-cells", 2).string("compatible", "linux,dummy-virt").string("model", "a64wb virt");
        FdtNode clock = root.addNode("apb-pclk").string("compatible", "fixed-clock").u32("#clock-cells", 0).u32("clock-frequency", 24_000_000)
                .string("clock-output-names", "clk24mhz");
        int apbClock = tree.phandle(clock);
        // PSCI binding (Documentation/devicetree/bindings/arm/psci.yaml); QEMU lists the 0.1 function ids too.
        root.addNode("psci").string("compatible", "arm,psci-1.0", "arm,psci-0.2", "arm,psci").string("method", "hvc")
                .u32("cpu_suspend", 0xc4000001).u32("cpu_off", 0x84000002).u32("cpu_on", 0xc4000003).u32("migrate", 0xc4000005);
        root.addNode("memory@" + Long.toHexString(RAM_BASE)).string("device_type", "memory").reg("reg", 2, 2, RAM_BASE, options.ramSize());
        FdtNode cpus = root.addNode("cpus").u32("#address-cells", 1).u32("#size-cells", 0);
        for (int i = 0; i < options.cpus(); i++) {
            // MPIDR affinity Aff0 = index, as Machine.mpidr gives; enable-method psci (arm/cpus.yaml).
            cpus.addNode("cpu@" + Integer.toHexString(i)).string("device_type", "cpu").string("compatible", "arm,cortex-a57").u32("reg", i)
                    .string("enable-method", "psci");
        }
        FdtNode chosen = root.addNode("chosen").string("bootargs", options.bootargs());
        InterruptWiring interrupts = InterruptWiring.create(options, vm);
        interrupts.addNodes(tree, options.cpus());

        List<Display> displays = new ArrayList<>();
        List<String> attached = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] consolePath = {null};
        List<DeviceRequest> served = new ArrayList<>();
        GuestMemory guestMemory = new VmGuestMemory(vm);
        List<DeviceContribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparing(VirtBoard::safeCompatible));
        for (DeviceContribution contribution : sorted) {
            Staging staging = new Staging(tree, apbClock, console, options, warnings, interrupts, guestMemory);
            String compatible = safeCompatible(contribution);
            try {
                contribution.attach(staging);
                staging.commit(root, bus);
            } catch (RuntimeException e) {
                closeAll(staging.resources, warnings);
                String problem = "device " + compatible + " (" + contribution.getClass().getName() + ") not attached: " + e.getMessage();
                problems.add(problem);
                warnings.accept(problem);
                continue;
            }
            attached.add(compatible);
            displays.addAll(staging.displays);
            served.addAll(staging.asked);
            resources.addAll(staging.resources);
            if (staging.consoleNode != null) {
                if (consolePath[0] == null) {
                    consolePath[0] = "/" + staging.consoleNode.name();
                } else {
                    warnings.accept("device " + compatible + " also claims the console; " + consolePath[0] + " keeps it");
                }
            }
        }
        if (consolePath[0] != null) {
            chosen.string("stdout-path", consolePath[0]);
        }
        for (DeviceRequest request : options.requests()) {
            if (!served.contains(request)) {
                throw new IllegalArgumentException(request.asOption() + ": no attached device serves it"
                        + (problems.isEmpty() ? " (is its device bundle installed?)" : " (" + String.join("; ", problems) + ")"));
            }
        }

        KernelLoader.Loaded kernel = KernelLoader.load(kernelFile, vm, RAM_BASE, options.ramSize());
        // hw/arm/boot.c: the initrd starts after min(RAM/2, 128 MiB) and past the kernel; the DTB follows, 2 MiB-aligned.
        long twoMiB = 2L << 20;
        long initrdStart = Math.max(RAM_BASE + Math.min(options.ramSize() / 2, 128L << 20), kernel.end());
        initrdStart = (initrdStart + 4095) & -4096L;
        long initrdEnd = initrdStart;
        if (initrd != null) {
            initrdEnd = initrdStart + initrd.length;
            if (initrdEnd > RAM_BASE + options.ramSize()) {
                throw new IllegalArgumentException(String.format("no room for the %d-byte initrd at 0x%x in %d MiB of RAM", initrd.length,
                        initrdStart, options.ramSize() >> 20));
            }
            vm.writePhysical(initrdStart, initrd, 0, initrd.length);
            chosen.u64("linux,initrd-start", initrdStart).u64("linux,initrd-end", initrdEnd);
        }
        byte[] dtb = tree.toDtb();
        if (dtb.length > MAX_DTB) {
            throw new IllegalArgumentException("the device tree is " + dtb.length + " bytes; booting.rst allows 2 MiB");
        }
        long dtbAddress = (initrdEnd + twoMiB - 1) & -twoMiB;
        if (dtbAddress + dtb.length > RAM_BASE + options.ramSize()) {
            throw new IllegalArgumentException(String.format("no room for the %d-byte DTB after the kernel (ends 0x%x) in %d MiB of RAM", dtb.length,
                    kernel.end(), options.ramSize() >> 20));
        }
        vm.writePhysical(dtbAddress, dtb, 0, dtb.length);

        MachineRunner runner = new MachineRunner(vm, options.cpus(), handlers, bus, isa, Machine.Conduit.HVC, Machine.SmcPolicy.UNDEFINED, statistics);
        interrupts.connect(runner, bus, handlers);
        VirtualCpu cpu0 = runner.vcpu(0);
        try {
            cpu0.setRegister(RegisterId.PSTATE, 0x3c5); // EL1h, D A I F masked (booting.rst: "all forms of interrupts must be masked")
            cpu0.setRegister(RegisterId.SCTLR_EL1, cpu0.getRegister(RegisterId.SCTLR_EL1) & ~1L); // MMU off
            cpu0.setRegister(RegisterId.PC, kernel.entry());
            cpu0.setRegister(RegisterId.x(0), dtbAddress);
            for (int n = 1; n <= 3; n++) {
                cpu0.setRegister(RegisterId.x(n), 0);
            }
        } catch (RegisterWriteRejected e) {
            throw new IllegalStateException("cannot set the boot registers: " + e.getMessage(), e);
        }
        return new Instance(runner, bus, dtb, dtbAddress, kernel, List.copyOf(displays), List.copyOf(attached), List.copyOf(problems),
                () -> {
                    interrupts.disconnect(handlers);
                    closeAll(resources, warnings);
                });
    }

    private static void closeAll(List<AutoCloseable> resources, Consumer<String> warnings) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                warnings.accept("closing " + resource + ": " + e.getMessage());
            }
        }
        resources.clear();
    }

    private static String safeCompatible(DeviceContribution contribution) {
        try {
            String c = contribution.compatible();
            return c == null ? "(no compatible)" : c;
        } catch (RuntimeException e) {
            return "(compatible() failed: " + e + ")";
        }
    }

    /** A device's view of the board during attach; what it does is kept only if attach returns normally. */
    private static final class Staging implements BoardContext {
        private record Mapping(long base, long size, String name, MmioDevice device) {
        }

        private final DeviceTree tree;
        private final FdtNode scratch = FdtNode.root();
        private final int apbClock;
        private final Console console;
        private final Consumer<String> warnings;
        private final InterruptWiring interrupts;
        private final List<Mapping> mappings = new ArrayList<>();
        private final List<Display> displays = new ArrayList<>();
        private final List<DeviceRequest> requests;
        private final List<DeviceRequest> asked = new ArrayList<>();
        private final List<AutoCloseable> resources = new ArrayList<>();
        private final GuestMemory guestMemory;
        private FdtNode consoleNode;

        Staging(DeviceTree tree, int apbClock, Console console, Options options, Consumer<String> warnings, InterruptWiring interrupts,
                GuestMemory guestMemory) {
            this.tree = tree;
            this.requests = options.requests();
            this.guestMemory = guestMemory;
            this.interrupts = interrupts;
            this.apbClock = apbClock;
            this.console = console;
            this.warnings = warnings;
        }

        @Override
        public String boardName() {
            return NAME;
        }

        private static Slot slot(String name) {
            Slot slot = MEMORY_MAP.get(name);
            if (slot == null) {
                throw new IllegalArgumentException("virt has no slot '" + name + "' (known: " + String.join(", ", MEMORY_MAP.keySet()) + ")");
            }
            return slot;
        }

        @Override
        public MmioWindow window(String slotName) {
            return slot(slotName).window();
        }

        @Override
        public int irq(String slotName) {
            return slot(slotName).irq();
        }

        @Override
        public int[] interruptCells(int spi, int triggerType) {
            if (spi < 0 || spi >= GIC_SPIS) {
                throw new IllegalArgumentException("virt has SPIs 0.." + (GIC_SPIS - 1) + ", not " + spi);
            }
            return new int[] {GIC_SPI, spi, triggerType};
        }

        @Override
        public InterruptLine interruptLine(int spi) {
            interruptCells(spi, IRQ_TYPE_LEVEL_HIGH);
            return interrupts.spiLine(spi);
        }

        @Override
        public void map(long base, long size, String name, MmioDevice device) {
            if (device == null) {
                throw new IllegalArgumentException(name + ": no device to map");
            }
            boolean inWindow = MEMORY_MAP.values().stream().anyMatch(s -> s.window().contains(base, size));
            if (size <= 0 || !inWindow) {
                throw new IllegalArgumentException(String.format("%s at 0x%x+0x%x is not inside a window of the virt memory map", name, base, size));
            }
            for (Mapping m : mappings) {
                if (base < m.base() + m.size() && m.base() < base + size) {
                    throw new IllegalArgumentException(String.format("%s at 0x%x+0x%x overlaps %s", name, base, size, m.name()));
                }
            }
            mappings.add(new Mapping(base, size, name, device));
        }

        @Override
        public FdtNode addNode(String name) {
            return scratch.addNode(name);
        }

        @Override
        public int apbClockPhandle() {
            return apbClock;
        }

        @Override
        public DeviceTree deviceTree() {
            return tree;
        }

        @Override
        public Console console() {
            return console;
        }

        @Override
        public void claimConsole(FdtNode node) {
            if (scratch.child(node.name()) != node) {
                throw new IllegalArgumentException("the console node must be one this device added with addNode");
            }
            consoleNode = node;
        }

        @Override
        public void addDisplay(Display display) {
            displays.add(display);
        }

        @Override
        public GuestMemory guestMemory() {
            return guestMemory;
        }

        @Override
        public <T extends DeviceRequest> List<T> requests(Class<T> kind) {
            List<T> found = new ArrayList<>();
            for (DeviceRequest request : requests) {
                if (kind.isInstance(request)) {
                    found.add(kind.cast(request));
                    if (!asked.contains(request)) {
                        asked.add(request);
                    }
                }
            }
            return List.copyOf(found);
        }

        @Override
        public void closeWhenDone(AutoCloseable resource) {
            resources.add(resource);
        }

        @Override
        public void warn(String message) {
            warnings.accept(message);
        }

        /** Checks everything first, then applies: a failing contribution leaves no trace. */
        void commit(FdtNode root, SimpleMmioBus bus) {
            for (FdtNode node : scratch.children()) {
                if (root.child(node.name()) != null) {
                    throw new IllegalArgumentException("node /" + node.name() + " exists already");
                }
            }
            for (Mapping m : mappings) {
                for (SimpleMmioBus.Region r : bus.regions()) {
                    if (m.base() < r.base() + r.size() && r.base() < m.base() + m.size()) {
                        throw new IllegalArgumentException(String.format("%s at 0x%x+0x%x overlaps %s", m.name(), m.base(), m.size(), r.name()));
                    }
                }
            }
            for (FdtNode node : scratch.children()) {
                FdtNode copy = root.addCopy(node);
                if (node == consoleNode) {
                    consoleNode = copy;
                }
            }
            for (Mapping m : mappings) {
                bus.map(m.base(), m.size(), m.name(), m.device());
            }
        }
    }
}
