package org.a64wb.gdbstub.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** All-stop semantics with simulated CPUs: each "instruction" adds 4 to its PC. */
class AllStopControlTest {

    private final AllStopControl control = new AllStopControl();
    private final List<Thread> cpus = new ArrayList<>();
    private volatile boolean finished;

    /** A simulated CPU on its own host thread; its PC, and a watched store at {@code storeAt}. */
    private AtomicLong cpu(long id, long start, long storeAt, long storeAddress) throws InterruptedException {
        AtomicLong pc = new AtomicLong(start);
        CountDownLatch attached = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            AllStopControl.Participant p = control.attach(id);
            attached.countDown();
            while (!finished) {
                long budget = p.checkpoint(pc.get(), 1000);
                if (budget == 0) {
                    break;
                }
                try {
                    for (long i = 0; i < budget; i++) {
                        if (pc.get() == storeAt && control.watching() && control.hits(storeAddress, 8, true)) {
                            throw new WatchpointTrap();
                        }
                        pc.addAndGet(4);
                    }
                } catch (WatchpointTrap e) {
                    // The store did not happen: PC stays on it.
                } finally {
                    p.outside();
                }
            }
            p.detach();
        });
        t.setDaemon(true);
        t.start();
        cpus.add(t);
        attached.await();
        return pc;
    }

    @AfterEach
    void stop() throws InterruptedException {
        finished = true;
        control.release();
        for (Thread t : cpus) {
            t.join(5000);
        }
    }

    @Test
    void nothingRunsBeforeTheFirstResume() throws Exception {
        AtomicLong pc = cpu(1, 0x1000, -1, 0);
        Thread.sleep(50);
        assertEquals(0x1000, pc.get());
        assertEquals(null, control.awaitStop(10));
    }

    @Test
    void aBreakpointStopsEveryThread() throws Exception {
        AtomicLong a = cpu(1, 0x1000, -1, 0);
        AtomicLong b = cpu(2, 0x8000, -1, 0);
        control.insert(new Breakpoint(Breakpoint.Kind.SOFTWARE, 0x1100, 4));
        control.resume(Map.of(), Resume.CONTINUE);
        StopEvent stop = control.awaitStop(5000);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), stop);
        assertEquals(0x1100, a.get());
        long parked = b.get();
        Thread.sleep(50);
        assertEquals(parked, b.get(), "thread 2 must not run while stopped");
    }

    @Test
    void aStepRunsOneInstructionOfOneThread() throws Exception {
        AtomicLong a = cpu(1, 0x1000, -1, 0);
        AtomicLong b = cpu(2, 0x8000, -1, 0);
        control.resume(Map.of(2L, Resume.STEP), null);
        assertEquals(new StopEvent.Stopped(2, StopEvent.SIGTRAP), control.awaitStop(5000));
        assertEquals(0x8004, b.get());
        assertEquals(0x1000, a.get());
    }

    @Test
    void aWatchpointStopsBeforeTheStoreAndTheNextResumeCompletesIt() throws Exception {
        AtomicLong a = cpu(1, 0x1000, 0x1010, 0x5000);
        control.insert(new Breakpoint(Breakpoint.Kind.WRITE, 0x5004, 4));
        control.resume(Map.of(), Resume.CONTINUE);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP, Breakpoint.Kind.WRITE, 0x5004), control.awaitStop(5000));
        assertEquals(0x1010, a.get());
        // Resuming without removing it: the store completes instead of trapping again.
        control.resume(Map.of(1L, Resume.STEP), null);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), control.awaitStop(5000));
        assertEquals(0x1014, a.get());
    }

    @Test
    void aStepFromABreakpointExecutesItsInstructionAndAContinueStopsThereFirst() throws Exception {
        AtomicLong a = cpu(1, 0x1000, -1, 0);
        control.insert(new Breakpoint(Breakpoint.Kind.SOFTWARE, 0x1000, 4));
        control.resume(Map.of(), Resume.CONTINUE);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), control.awaitStop(5000));
        assertEquals(0x1000, a.get());
        control.resume(Map.of(1L, Resume.STEP), null);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), control.awaitStop(5000));
        assertEquals(0x1004, a.get());
    }

    @Test
    void readWatchpointsIgnoreWrites() {
        control.insert(new Breakpoint(Breakpoint.Kind.READ, 0x5000, 8));
        AllStopControl.Participant p = control.attach(1);
        assertFalse(control.hits(0x5000, 8, true));
        assertTrue(control.hits(0x5004, 1, false));
        assertFalse(control.hits(0x5008, 8, false));
        p.detach();
    }

    @Test
    void ctrlCStopsARunningTarget() throws Exception {
        cpu(1, 0x1000, -1, 0);
        control.resume(Map.of(), Resume.CONTINUE);
        Thread.sleep(20);
        assertEquals(null, control.awaitStop(10));
        control.interrupt();
        StopEvent stop = control.awaitStop(5000);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGINT), stop);
    }

    @Test
    void theEndOfTheProgramIsReportedEvenWhileThreadsRun() throws Exception {
        cpu(1, 0x1000, -1, 0);
        control.resume(Map.of(), Resume.CONTINUE);
        control.finish(new StopEvent.Exited(3));
        assertEquals(new StopEvent.Exited(3), control.awaitStop(5000));
    }

    @Test
    void detachLetsEverythingRunWithoutBreakpoints() throws Exception {
        control.insert(new Breakpoint(Breakpoint.Kind.SOFTWARE, 0x1008, 4));
        AtomicLong a = cpu(1, 0x1000, -1, 0);
        control.detach();
        long deadline = System.currentTimeMillis() + 5000;
        while (a.get() < 0x2000 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(a.get() >= 0x2000, "ran past the removed breakpoint");
        assertNotNull(control.threads());
    }
}
