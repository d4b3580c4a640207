package org.a64wb.device.pl031;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Register behaviour from the PL031 TRM (ARM DDI 0224) 3.3, on a clock the test moves. */
class Pl031Test {

    /** 2023-11-14T22:13:20.250Z: a quarter second past a host second edge. */
    private static final long START_SECONDS = 1_700_000_000L;
    private final ManualWallClock clock = new ManualWallClock(START_SECONDS * 1_000_000_000L + 250_000_000L);
    private final List<String> warnings = new ArrayList<>();
    private final List<Boolean> levels = new ArrayList<>();

    private Pl031 rtc() {
        Pl031 rtc = new Pl031(clock, warnings::add);
        rtc.connectInterrupt(levels::add);
        return rtc;
    }

    private static long u32(long value) {
        return value & 0xffff_ffffL;
    }

    @Test
    void dataRegisterReadsWallClockSecondsSinceTheEpoch() {
        Pl031 rtc = rtc();
        assertEquals(START_SECONDS, rtc.read(Pl031.DR, 4));
        clock.advanceSeconds(0.74);
        assertEquals(START_SECONDS, rtc.read(Pl031.DR, 4), "still inside the same second");
        clock.advanceSeconds(0.02);
        assertEquals(START_SECONDS + 1, rtc.read(Pl031.DR, 4), "the counter steps on the 1 Hz edge");
    }

    @Test
    void loadRegisterSetsTheCounterWhichKeepsCounting() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.LR, 4, 1000);
        assertEquals(1000, rtc.read(Pl031.DR, 4));
        assertEquals(1000, rtc.read(Pl031.LR, 4), "RTCLR reads the last value written");
        clock.advanceSeconds(2);
        assertEquals(1002, rtc.read(Pl031.DR, 4));
        assertEquals(1000, rtc.read(Pl031.LR, 4));
    }

    @Test
    void counterWrapsFromAllOnesToZero() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.LR, 4, 0xffff_ffffL);
        assertEquals(0xffff_ffffL, rtc.read(Pl031.DR, 4));
        clock.advanceSeconds(1);
        assertEquals(0, rtc.read(Pl031.DR, 4));
    }

    @Test
    void matchSetsRawStatusWhenTheCounterReachesTheMatchRegister() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.LR, 4, 500);
        rtc.write(Pl031.MR, 4, 503);
        assertEquals(503, rtc.read(Pl031.MR, 4));
        clock.advanceSeconds(2.5);
        assertEquals(502, rtc.read(Pl031.DR, 4));
        assertEquals(0, rtc.read(Pl031.RIS, 4), "not yet");
        clock.advanceSeconds(0.5);
        assertEquals(503, rtc.read(Pl031.DR, 4));
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.RIS, 4));
        assertEquals(0, rtc.read(Pl031.MIS, 4), "masked: RTCIMSC is 0 at reset");
        assertEquals(List.of(), levels, "RTCINTR stays low while masked");
    }

    @Test
    void interruptLineFollowsMaskedStatusAndIcrClearsIt() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.IMSC, 4, 1);
        assertEquals(1, rtc.read(Pl031.IMSC, 4));
        rtc.write(Pl031.MR, 4, u32(rtc.read(Pl031.DR, 4) + 1));
        clock.advanceSeconds(1);
        assertEquals(List.of(true), levels);
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.MIS, 4));
        rtc.write(Pl031.ICR, 4, 1);
        assertEquals(0, rtc.read(Pl031.RIS, 4));
        assertEquals(0, rtc.read(Pl031.MIS, 4));
        assertEquals(List.of(true, false), levels);
    }

    @Test
    void unmaskingAPendingMatchRaisesTheLine() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.MR, 4, rtc.read(Pl031.DR, 4));
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.RIS, 4), "a match value equal to the counter matches at once");
        assertEquals(List.of(), levels);
        rtc.write(Pl031.IMSC, 4, 1);
        assertEquals(List.of(true), levels);
        rtc.write(Pl031.IMSC, 4, 0);
        assertEquals(List.of(true, false), levels);
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.RIS, 4), "masking leaves the raw status");
    }

    @Test
    void matchBelowTheCounterIsReachedAfterTheWrap() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.LR, 4, 0xffff_fffeL);
        rtc.write(Pl031.MR, 4, 1);
        clock.advanceSeconds(2);
        assertEquals(0, rtc.read(Pl031.RIS, 4));
        clock.advanceSeconds(1);
        assertEquals(1, rtc.read(Pl031.DR, 4));
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.RIS, 4));
    }

    @Test
    void rewritingMatchOrLoadReplacesThePendingAlarm() {
        Pl031 rtc = rtc();
        long now = rtc.read(Pl031.DR, 4);
        rtc.write(Pl031.MR, 4, u32(now + 1));
        rtc.write(Pl031.MR, 4, u32(now + 5));
        assertEquals(1, clock.pendingAlarms());
        clock.advanceSeconds(3);
        assertEquals(0, rtc.read(Pl031.RIS, 4), "the match at now+1 was replaced");
        rtc.write(Pl031.LR, 4, 0);
        clock.advanceSeconds(3);
        assertEquals(0, rtc.read(Pl031.RIS, 4), "after loading 0 the counter is far below the match");
        assertEquals(3, rtc.read(Pl031.DR, 4));
    }

    @Test
    void interruptClearIgnoresOtherBitsAndMaskKeepsOnlyBitZero() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.IMSC, 4, 0xffff_ffffL);
        assertEquals(1, rtc.read(Pl031.IMSC, 4));
        rtc.write(Pl031.MR, 4, rtc.read(Pl031.DR, 4));
        rtc.write(Pl031.ICR, 4, 0xfffe);
        assertEquals(Pl031.RTCINTR, rtc.read(Pl031.RIS, 4));
    }

    @Test
    void controlRegisterReadsStartedAndWritingZeroDoesNotStopTheCounter() {
        Pl031 rtc = rtc();
        assertEquals(Pl031.CR_START, rtc.read(Pl031.CR, 4));
        rtc.write(Pl031.CR, 4, 0);
        assertEquals(Pl031.CR_START, rtc.read(Pl031.CR, 4));
        long before = rtc.read(Pl031.DR, 4);
        clock.advanceSeconds(1);
        assertEquals(before + 1, rtc.read(Pl031.DR, 4));
    }

    @Test
    void primeCellIdRegistersReadPl031AndAmbaCellId() {
        Pl031 rtc = rtc();
        long periph = 0;
        long cell = 0;
        for (int i = 0; i < 4; i++) {
            periph |= rtc.read(Pl031.PERIPH_ID0 + 4 * i, 4) << (8 * i);
            cell |= rtc.read(Pl031.PCELL_ID0 + 4 * i, 4) << (8 * i);
        }
        assertEquals(0x00041031, periph, "TRM 3.3.9-3.3.12: part 0x031, designer 0x41, revision 0, configuration 0");
        assertEquals(0xb105f00dL, cell, "TRM 3.3.13-3.3.16: AMBA_CID");
    }

    @Test
    void readOnlyAndUnknownRegistersWarnOnceAndChangeNothing() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.DR, 4, 7);
        rtc.write(Pl031.DR, 4, 7);
        assertEquals(START_SECONDS, rtc.read(Pl031.DR, 4));
        assertEquals(0, rtc.read(0x800, 4));
        assertEquals(0, rtc.read(Pl031.ICR, 4));
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("read-only"), warnings::toString);
        assertTrue(warnings.get(1).contains("0x800"), warnings::toString);
        assertTrue(warnings.get(2).contains("RTCICR"), warnings::toString);
    }

    @Test
    void narrowReadsSeeBytesOfTheRegister() {
        Pl031 rtc = rtc();
        rtc.write(Pl031.LR, 4, 0x12345678);
        assertEquals(0x78, rtc.read(Pl031.LR, 1));
        assertEquals(0x1234, rtc.read(Pl031.LR + 2, 2));
    }

    @Test
    void hostClockCountsUtcSecondsAndItsAlarmRaisesTheLine() throws InterruptedException {
        Pl031 rtc = new Pl031(new HostWallClock(), warnings::add);
        CountDownLatch raised = new CountDownLatch(1);
        rtc.connectInterrupt(level -> {
            if (level) {
                raised.countDown();
            }
        });
        long before = Instant.now().getEpochSecond();
        long counter = rtc.read(Pl031.DR, 4);
        long after = Instant.now().getEpochSecond();
        assertTrue(counter >= before && counter <= after, counter + " not in [" + before + ", " + after + "]");
        rtc.write(Pl031.IMSC, 4, 1);
        rtc.write(Pl031.MR, 4, u32(counter + 1));
        assertTrue(raised.await(3, TimeUnit.SECONDS), "the match interrupt within a second or two");
        assertTrue(rtc.read(Pl031.DR, 4) >= counter + 1, "not before the counter reached the match value");
    }
}
