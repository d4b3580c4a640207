package org.a64wb.gdbstub.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.a64wb.gdbstub.rsp.Hex;
import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;
import org.junit.jupiter.api.Test;

/** The commands of the GDB manual's "Packets" appendix against a fake target: answers and error replies. */
class CommandHandlerTest {

    private final FakeTarget target = new FakeTarget();
    private final CommandHandler handler = new CommandHandler(target, new StopEvent.Stopped(1, StopEvent.SIGTRAP));

    private String reply(String packet) {
        Reply r = handler.handle(packet);
        assertInstanceOf(Reply.Send.class, r, packet);
        return ((Reply.Send) r).payload();
    }

    @Test
    void theInitialStopIsReportedWithItsThread() {
        assertEquals("T05thread:1;", reply("?"));
    }

    @Test
    void stopRepliesForWatchpointsExitAndSignals() {
        assertEquals("T05watch:1008;thread:2;", CommandHandler.stopReply(new StopEvent.Stopped(2, 5, Breakpoint.Kind.WRITE, 0x1008), false));
        assertEquals("T05rwatch:10;thread:1;", CommandHandler.stopReply(new StopEvent.Stopped(1, 5, Breakpoint.Kind.READ, 0x10), false));
        assertEquals("T05awatch:10;thread:1;", CommandHandler.stopReply(new StopEvent.Stopped(1, 5, Breakpoint.Kind.ACCESS, 0x10), false));
        assertEquals("T02thread:1;", CommandHandler.stopReply(new StopEvent.Stopped(1, StopEvent.SIGINT), false));
        assertEquals("W1f", CommandHandler.stopReply(new StopEvent.Exited(31), false));
        assertEquals("X09", CommandHandler.stopReply(new StopEvent.Terminated(9), false));
    }

    @Test
    void qSupportedOffersWhatGdbNeeds() {
        String r = reply("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;fork-events+;vfork-events+;exec-events+;vContSupported+");
        for (String feature : new String[] {"PacketSize=4000", "qXfer:features:read+", "vContSupported+", "QStartNoAckMode+"}) {
            assertTrue(r.contains(feature), r);
        }
    }

    @Test
    void targetXmlIsServedInChunksEndingWithL() {
        String xml = target.layout().targetXml();
        StringBuilder got = new StringBuilder();
        int offset = 0;
        while (true) {
            String r = reply("qXfer:features:read:target.xml:" + Integer.toHexString(offset) + ",100");
            got.append(r.substring(1));
            offset += r.length() - 1;
            if (r.charAt(0) == 'l') {
                break;
            }
            assertEquals('m', r.charAt(0));
        }
        assertEquals(xml, got.toString());
        assertEquals("l", reply("qXfer:features:read:target.xml:" + Integer.toHexString(xml.length()) + ",100"));
        assertEquals("E01", reply("qXfer:features:read:other.xml:0,100"));
        assertEquals("E01", reply("qXfer:features:read:target.xml:zz"));
    }

    @Test
    void threadsAreListedAndCheckedForLife() {
        assertEquals("m1,2", reply("qfThreadInfo"));
        assertEquals("l", reply("qsThreadInfo"));
        assertEquals("OK", reply("T2"));
        assertEquals("E02", reply("T3"));
        assertEquals("E02", reply("Tzz"));
        assertEquals("OK", reply("Hg2"));
        assertEquals("QC2", reply("qC"));
        assertEquals("E02", reply("Hg7"));
        assertEquals("OK", reply("Hg0"));
        assertEquals("OK", reply("Hc-1"));
        assertEquals("E01", reply("Hx1"));
        assertEquals("E01", reply("H"));
    }

    @Test
    void gReadsTheCoreAndFpRegistersOfTheSelectedThread() {
        reply("Hg2");
        String g = reply("g");
        // 31 X + SP + PC (8 bytes) + CPSR (4) + 32 V (16) + FPSR + FPCR (4): 788 bytes.
        assertEquals(2 * (33 * 8 + 4 + 32 * 16 + 8), g.length());
        assertEquals(Hex.byteHex(32), g.substring(0, 2));
    }

    @Test
    void pAndPReadAndWriteOneRegisterAndRefuseOthers() {
        // FakeTarget's register n of thread t starts with the byte n + 16t.
        assertEquals("3000000000000000", reply("p20"));
        assertEquals("OK", reply("P20=8877665544332211"));
        assertEquals("8877665544332211", reply("p20"));
        assertEquals("OK", reply("P22=" + "ab".repeat(16)));
        assertEquals("ab".repeat(16), reply("p22"));
        assertEquals("E03", reply("P22=abcd"));
        assertEquals("E03", reply("p45"));
        assertEquals("E03", reply("p7fffffff"));
        assertEquals("E01", reply("p"));
        assertEquals("E01", reply("pxyz"));
        assertEquals("E01", reply("P20=zz"));
        assertEquals("E01", reply("P20"));
        // The system register after the g registers (68 = 0x44).
        assertEquals(16, reply("p44").length());
    }

    @Test
    void gWritesBackWhatItRead() {
        String g = reply("g");
        String changed = "ff" + g.substring(2);
        assertEquals("OK", reply("G" + changed));
        assertEquals(changed, reply("g"));
        assertEquals("E01", reply("G" + g.substring(0, 5)));
        assertEquals("E01", reply("Gxx"));
    }

    @Test
    void memoryReadsWritesAndFaults() {
        assertEquals("OK", reply("M1000,4:01020304"));
        assertEquals("01020304", reply("m1000,4"));
        // X data arrives unescaped (the packet layer undid "}\u0003" already).
        assertEquals("OK", reply("X1004,3:#a\u0001"));
        assertArrayEquals(new byte[] {'#', 'a', 1}, java.util.Arrays.copyOfRange(target.memory, 4, 7));
        // A read running off the end is cut short; one that starts outside is EFAULT.
        assertEquals("0000", reply("m1ffe,10"));
        assertEquals("E14", reply("m0,4"));
        assertEquals("E14", reply("M0,1:00"));
        assertEquals("E01", reply("m1000"));
        assertEquals("E01", reply("mxyz,4"));
        assertEquals("E01", reply("M1000,2:01"));
        assertEquals("E01", reply("M1000,1:zz"));
        assertEquals("E01", reply("M1000,1"));
        assertEquals("E01", reply("m1000,123456789"));
    }

    @Test
    void breakpointsAndWatchpointsOfEveryKind() {
        assertEquals("OK", reply("Z0,400580,4"));
        assertEquals("OK", reply("Z1,400584,4"));
        assertEquals("OK", reply("Z2,1000,8"));
        assertEquals("OK", reply("Z3,1010,4"));
        assertEquals("OK", reply("Z4,1020,1"));
        assertEquals(5, target.breakpoints.size());
        assertEquals(new Breakpoint(Breakpoint.Kind.WRITE, 0x1000, 8), target.breakpoints.get(2));
        assertEquals("OK", reply("z2,1000,8"));
        assertEquals(4, target.breakpoints.size());
        assertEquals("", reply("Z5,1000,4"));
        assertEquals("E01", reply("Z2,1000,0"));
        assertEquals("E01", reply("Z0,xyz,4"));
        assertEquals("E01", reply("Z0,1000"));
        assertEquals("E01", reply("Z,1000,4"));
    }

    @Test
    void vContGivesEachThreadTheLeftmostActionThatNamesIt() {
        assertEquals("vCont;c;C;s;S;t", reply("vCont?"));
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("vCont;s:2;c"));
        assertEquals(Map.of(2L, Resume.STEP), target.lastActions);
        assertEquals(Resume.CONTINUE, target.lastOthers);
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("vCont;s:1"));
        assertEquals(null, target.lastOthers);
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("vCont;c:-1"));
        assertEquals(Resume.CONTINUE, target.lastOthers);
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("vCont;C05:1;t"));
        assertEquals(Map.of(1L, Resume.CONTINUE), target.lastActions);
        assertEquals("E02", reply("vCont;s:9"));
        assertEquals("E01", reply("vCont;x"));
        assertEquals("E01", reply("vCont;"));
        assertEquals("E01", reply("vCont;s:zz"));
        assertEquals("E01", reply("vCont;Cxyz"));
    }

    @Test
    void legacyContinueAndStep() {
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("c"));
        assertEquals(Resume.CONTINUE, target.lastOthers);
        reply("Hc2");
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("s"));
        assertEquals(Map.of(2L, Resume.STEP), target.lastActions);
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("c1000"));
        assertArrayEquals(new byte[] {0, 0x10, 0, 0, 0, 0, 0, 0}, target.readRegister(2, 32));
        assertEquals("E01", reply("cxyz"));
    }

    @Test
    void monitorCommandsAnswerWithConsoleOutput() {
        Reply r = handler.handle("qRcmd," + Hex.encodeText("stats"));
        assertEquals(new Reply.Output("2 threads\n", "OK"), r);
        Reply help = handler.handle("qRcmd," + Hex.encodeText("help"));
        assertTrue(((Reply.Output) help).text().contains("stats"));
        Reply unknown = handler.handle("qRcmd," + Hex.encodeText("frobnicate"));
        assertTrue(((Reply.Output) unknown).text().contains("unknown monitor command 'frobnicate'"));
        assertEquals("E01", reply("qRcmd,zz"));
    }

    @Test
    void killDetachAndNoAckEndOrChangeTheSession() {
        assertEquals(new Reply.NoAck("OK"), handler.handle("QStartNoAckMode"));
        assertEquals(new Reply.End("OK"), handler.handle("D"));
        assertTrue(target.detached);
        assertEquals(new Reply.End(null), handler.handle("k"));
        assertTrue(target.killed);
    }

    /** With gdb's multiprocess+ (as QEMU offers it): ids are pPID.TID both ways, the one process being 1. */
    @Test
    void multiprocessThreadIdsWhenGdbOffersThem() {
        assertTrue(reply("qSupported:multiprocess+;swbreak+;hwbreak+").endsWith(";multiprocess+"));
        assertEquals("mp1.1,p1.2", reply("qfThreadInfo"));
        assertEquals("OK", reply("Hgp0.0"));
        assertEquals("OK", reply("Hgp1.2"));
        assertEquals("QCp1.2", reply("qC"));
        assertEquals("OK", reply("Tp1.1"));
        assertEquals("E02", reply("Tp2.1"));
        assertEquals("E02", reply("Hgp7.1"));
        assertEquals("E02", reply("Hgp1."));
        assertEquals("OK", reply("Hcp1.-1"));
        assertEquals("T05thread:p1.2;", handler.stopReply(new StopEvent.Stopped(2, 5)));
        assertEquals(Reply.Resumed.INSTANCE, handler.handle("vCont;s:p1.2;c:p1.-1"));
        assertEquals(Map.of(2L, Resume.STEP), target.lastActions);
        assertEquals(Resume.CONTINUE, target.lastOthers);
        assertEquals("E02", reply("vCont;c:p3.1"));
    }

    @Test
    void withoutMultiprocessThreadIdsArePlain() {
        assertFalse(reply("qSupported:swbreak+").contains("multiprocess"));
        assertEquals("m1,2", reply("qfThreadInfo"));
        assertEquals("T05thread:2;", handler.stopReply(new StopEvent.Stopped(2, 5)));
    }

    @Test
    void unknownPacketsGetTheEmptyReply() {
        assertEquals("", reply("vMustReplyEmpty"));
        assertEquals("", reply("qTStatus"));
        assertEquals("", reply("!"));
        assertEquals("", reply(""));
        assertEquals("1", reply("qAttached"));
        assertEquals("Text=0;Data=0;Bss=0", reply("qOffsets"));
    }

    /** Random packets, some built from valid prefixes: the handler answers each and never throws. */
    @Test
    void randomPacketsAlwaysGetAnAnswer() {
        Random random = new Random(10);
        String[] prefixes = {"g", "G", "p", "P", "m", "M", "X", "H", "T", "Z", "z", "vCont;", "vCont?", "qXfer:features:read:target.xml:",
            "qRcmd,", "qSupported", "?", "q", "Q", "v", "c", "s"};
        String alphabet = "0123456789abcdefxyzABCDEF,:;=-}#$*\u0000\u00ff";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder p = new StringBuilder(random.nextInt(3) == 0 ? "" : prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String packet = p.toString();
            if (packet.startsWith("k") || packet.startsWith("D") || packet.startsWith("vKill")) {
                continue;
            }
            Reply r;
            try {
                r = handler.handle(packet);
            } catch (RuntimeException e) {
                throw new AssertionError("packet " + Hex.encode(packet.getBytes(StandardCharsets.ISO_8859_1)) + " threw", e);
            }
            assertNotNull(r, packet);
        }
    }
}
