package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.junit.jupiter.api.Test;

/**
 * MMIO with the guest's MMU on: the code runs at a VA that is not its IPA, and the device is reached through
 * a VA page mapped to the device's IPA page. The exit carries FAR = the VA and HPFAR = the IPA page; ISV=1
 * accesses go to the IPA, and the ISV=0 emulation fetches the instruction through the vCPU's translation and
 * maps each element's VA to the IPA (FAR's page from HPFAR, another page through the vCPU).
 */
class Stage1MmioTest {

    static final long CODE_VA = 0x0000_0000_2000_0000L;
    static final long DEVICE_VA = 0x0000_0000_3000_0000L;
    static final long TABLES = Guest.RAM + 0x8_0000;

    /** 4K tables (T0SZ = 16): CODE_VA -> RAM page 0, DEVICE_VA and the next page -> the device's first two pages. */
    static Guest withMmu(String asm) {
        Guest g = new Guest(false).load(asm);
        long l0 = TABLES;
        long l1 = TABLES + 0x1000;
        long l2 = TABLES + 0x2000;
        long l3 = TABLES + 0x3000;
        write(g, l0, l1 | 3);
        write(g, l1, l2 | 3); // VA 0 .. 1 GiB
        write(g, l2 + 8 * (CODE_VA >>> 21 & 511), l3 | 3);
        long l3b = TABLES + 0x4000;
        write(g, l2 + 8 * (DEVICE_VA >>> 21 & 511), l3b | 3);
        write(g, l3, Guest.RAM | 1L << 10 | 1 << 2 | 3);
        write(g, l3b, Guest.DEVICE | 1L << 10 | 1L << 54 | 3);
        write(g, l3b + 8, Guest.DEVICE + 0x1000 | 1L << 10 | 1L << 54 | 3);
        g.set(sysreg(3, 0, 10, 2, 0), 0xff00); // MAIR: Attr0 Device, Attr1 Normal
        g.set(sysreg(3, 0, 2, 0, 2), 16 | 5L << 32); // TCR: T0SZ 16, 4K, 48-bit IPS
        g.set(sysreg(3, 0, 2, 0, 0), l0); // TTBR0
        g.set(sysreg(3, 0, 1, 0, 0), g.cpu().getRegister(sysreg(3, 0, 1, 0, 0)) | 1); // SCTLR.M
        g.set(RegisterId.PC, CODE_VA);
        return g;
    }

    static long sysreg(int op0, int op1, int crn, int crm, int op2) {
        return RegisterId.sysreg(new SysregEncoding(op0, op1, crn, crm, op2));
    }

    static void write(Guest g, long address, long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> 8 * i);
        }
        g.vm.writePhysical(address, b, 0, 8);
    }

    @Test
    void isvOneStoreReachesTheDeviceAtTheIpa() {
        Guest g = withMmu("str x2, [x1]");
        g.x(1, DEVICE_VA + 0x18).x(2, 0x1234);
        MachineRunner.Result result = g.runWithLog();
        assertEquals(MachineRunner.Ending.POWER_OFF, result.ending(), result.report());
        assertEquals(List.of(new RecordingDevice.Access(true, 0x18, 8, 0x1234)), g.device.log);
    }

    @Test
    void isvZeroPairIsEmulatedFromTheVirtualAddresses() {
        Guest g = withMmu("stp x2, x3, [x1], #16");
        g.x(1, DEVICE_VA + 0x20).x(2, 0x1111).x(3, 0x2222);
        MachineRunner.Result result = g.runWithLog();
        assertEquals(MachineRunner.Ending.POWER_OFF, result.ending(), result.report());
        assertEquals(List.of(new RecordingDevice.Access(true, 0x20, 8, 0x1111), new RecordingDevice.Access(true, 0x28, 8, 0x2222)),
                g.device.log);
        assertEquals(DEVICE_VA + 0x30, g.x(1), "the base register keeps its VA");
    }

    @Test
    void isvZeroPairCrossingIntoTheNextPageTranslatesThatPageThroughTheVcpu() {
        Guest g = withMmu("stp x2, x3, [x1]");
        g.x(1, DEVICE_VA + 0xff8).x(2, 0x1111).x(3, 0x2222);
        MachineRunner.Result result = g.runWithLog();
        assertEquals(MachineRunner.Ending.POWER_OFF, result.ending(), result.report());
        assertEquals(List.of(new RecordingDevice.Access(true, 0xff8, 8, 0x1111), new RecordingDevice.Access(true, 0x1000, 8, 0x2222)),
                g.device.log);
    }
}
