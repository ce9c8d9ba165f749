package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import lanes.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    @Test
    void mainReturningKillsAndUnwindsTheOthers() {
        List<String> unwound = Collections.synchronizedList(new ArrayList<>());
        Scheduler[] sched = new Scheduler[1];
        RunResult r = Run.run(s -> {
            sched[0] = s;
            Chan never = s.makeChan(0, 0);
            for (int i = 0; i < 5; i++) {
                int n = i;
                s.go(() -> {
                    try {
                        if (n % 2 == 0) never.recv();
                        else Run.spin(s, 10_000_000);
                    } catch (GoroutineKilled k) {
                        unwound.add("g" + n);
                        throw k;
                    }
                }, null);
            }
            // Other processors steal and start them while main computes; with virtual time a
            // sleep here would wait for the spinners to finish.
            Run.spin(s, 200_000);
            s.go(() -> unwound.add("never started"), null);
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(0, r.exitCode());
        Collections.sort(unwound);
        assertEquals(List.of("g0", "g1", "g2", "g3", "g4"), unwound);
        assertEquals(7, r.goroutines().size());
    }

    @Test
    void osExitFromAGoroutine() {
        List<String> log = new ArrayList<>();
        RunResult r = Run.run(s -> {
            s.go(() -> {
                log.add("exiting");
                throw s.exit(3);
            }, null);
            s.sleep(1_000_000_000);
            log.add("not reached");
        });
        assertEquals(Outcome.EXIT, r.outcome());
        assertEquals(3, r.exitCode());
        assertEquals(2, r.culprit().id());
        assertEquals(List.of("exiting"), log);
    }

    @Test
    void panicInAGoroutineEndsTheProgramWithItsSnapshot() {
        RunResult r = Run.run(Run.cfg().withSnapshot(g -> "stack of " + g.userData()), s -> {
            s.current().setUserData("main");
            s.go(() -> {
                s.current().setUserData("worker");
                s.tick();
                throw s.panicked("worker exploded");
            }, "main.main.func1");
            s.sleep(1_000_000_000);
        });
        assertEquals(Outcome.PANIC, r.outcome());
        assertEquals(2, r.exitCode());
        assertEquals("worker exploded", r.panicValue());
        assertEquals(2, r.culprit().id());
        assertEquals("main.main.func1", r.culprit().creatorInfo());
        assertEquals(GState.RUNNING, r.culprit().state());
        assertEquals("stack of worker", r.culprit().snapshot());
        assertEquals("stack of main", r.goroutines().get(0).snapshot());
        assertEquals("sleep", r.goroutines().get(0).statusWords());
    }

    @Test
    void escapedExceptionsAreCaught() {
        RunResult r = Run.run(s -> {
            throw new GoRuntimeFault("boom", GoRuntimeFault.Kind.PLAIN_ERROR);
        });
        assertEquals(Outcome.PANIC, r.outcome());
        r = Run.run(s -> {
            throw new IllegalStateException("interpreter bug");
        });
        assertEquals(Outcome.INTERNAL_ERROR, r.outcome());
        assertInstanceOf(IllegalStateException.class, r.internalError());
        r = Run.run(s -> s.go(LifecycleTest::recurseForever, null));
        assertEquals(Outcome.RETURNED, r.outcome());
        r = Run.run(s -> {
            s.go(LifecycleTest::recurseForever, null);
            s.sleep(1);
        });
        assertEquals(Outcome.FATAL, r.outcome());
        assertEquals("stack overflow", r.message());
    }

    private static int recurseForever() {
        return recurseForever() + 1;
    }

    @Test
    void numGoroutineAndGomaxprocs() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            log.add("NumGoroutine: " + s.numGoroutine());
            Chan done = s.makeChan(0, false);
            for (int i = 0; i < 3; i++) s.go(done::recv, null);
            log.add("after 3 blocked: " + s.numGoroutine());
            done.close();
            s.sleep(10_000_000);
            log.add("after release: " + s.numGoroutine());
            log.add("GOMAXPROCS(0): " + s.gomaxprocs(0) + " NumCPU: " + Scheduler.NUM_CPU);
            log.add("GOMAXPROCS(1) returns previous: " + s.gomaxprocs(1) + " now " + s.gomaxprocs(0));
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 20; i++) {
                wg.add(1);
                s.go(() -> {
                    Run.spin(s, 1000);
                    wg.done();
                }, null);
            }
            Run.spin(s, 3000);
            log.add("GOMAXPROCS(4) returns " + s.gomaxprocs(4));
            Run.spin(s, 3000);
            log.add("GOMAXPROCS(2) returns " + s.gomaxprocs(2));
            wg.waitg();
            log.add("all done " + s.numGoroutine());
        });
        assertEquals(List.of("NumGoroutine: 1", "after 3 blocked: 4", "after release: 1",
                "GOMAXPROCS(0): 8 NumCPU: 8", "GOMAXPROCS(1) returns previous: 8 now 1",
                "GOMAXPROCS(4) returns 1", "GOMAXPROCS(2) returns 4", "all done 1"), log);
    }

    @Test
    void shrinkingGomaxprocsFromAHighProcessor() {
        RunResult r = Run.run(s -> {
            WaitGroup wg = new WaitGroup(s);
            AtomicInteger ran = new AtomicInteger();
            for (int i = 0; i < 50; i++) {
                wg.add(1);
                s.go(() -> {
                    Run.spin(s, 20_000);
                    if (ran.incrementAndGet() == 25) s.gomaxprocs(1);
                    wg.done();
                }, null);
            }
            wg.waitg();
            assertEquals(50, ran.get());
            assertEquals(1, s.procs());
        });
        assertEquals(Outcome.RETURNED, r.outcome(), String.valueOf(r));
    }

    @Test
    void limits() {
        RunResult r = Run.run(Run.cfg().withLimits(1_000_000, 100, 1L << 60, 0), s -> Run.spin(s, 2_000_000));
        assertEquals(Outcome.LIMIT, r.outcome());
        assertEquals(Limit.STEPS, r.limit());
        assertEquals(1_000_000, r.steps());

        r = Run.run(Run.cfg().withLimits(1L << 40, 100, 1L << 60, 0), s -> {
            Chan c = s.makeChan(0, 0);
            for (int i = 0; i < 1000; i++) s.go(c::recv, null);
        });
        assertEquals(Limit.GOROUTINES, r.limit());
        assertEquals(100, r.goroutines().size());

        long t0 = System.nanoTime();
        r = Run.run(Run.cfg().withLimits(1L << 60, 100, 1L << 60, 200_000_000), s -> {
            for (;;) s.tick();
        });
        assertEquals(Limit.WALL_TIME, r.limit());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void aGoroutineStuckInJavaCodeIsCutOffByTheWallLimit() {
        Scheduler s = new Scheduler(Run.cfg().withLimits(1L << 60, 100, 1L << 60, 100_000_000));
        long t0 = System.nanoTime();
        RunResult r = s.run(() -> {
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) Thread.onSpinWait(); // never ticks
        });
        assertEquals(Limit.WALL_TIME, r.limit());
        assertTrue(System.nanoTime() - t0 < 6_000_000_000L);
    }

    @Test
    void noThreadsLeakOverManyRuns() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Runtime rt = Runtime.getRuntime();
        runMany(500);
        System.gc();
        int platformBefore = threads.getThreadCount();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        runMany(10_000);
        System.gc();
        Thread.sleep(100);
        System.gc();
        int platformAfter = threads.getThreadCount();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        assertTrue(platformAfter <= platformBefore + 2, platformBefore + " -> " + platformAfter + " platform threads");
        assertTrue(heapAfter < heapBefore + (64L << 20), (heapBefore >> 20) + " MB -> " + (heapAfter >> 20) + " MB");
    }

    private static void runMany(int n) {
        for (int i = 0; i < n; i++) {
            int kind = i % 4;
            Scheduler s = new Scheduler(Run.cfg().withSeed(i));
            RunResult r = s.run(() -> {
                Chan c = s.makeChan(0, 0);
                for (int k = 0; k < 5; k++) s.go(c::recv, null);
                s.go(() -> Run.spin(s, 100_000), null);
                c.send(1);
                switch (kind) {
                    case 0 -> { }
                    case 1 -> c.send(2);
                    case 2 -> { throw s.exit(1); }
                    default -> s.makeChan(0, 0).recv();
                }
            });
            assertNotNull(r);
            assertEquals(0, s.liveThreads());
        }
    }

    @Test
    void deepRecursionOnMain() {
        int[] depth = new int[1];
        RunResult r = Run.run(Run.cfg().withMainThread(SchedulerConfig.MainThread.PLATFORM, 1L << 30), s -> {
            depth[0] = recurse(s, 0, 1_000_000);
        });
        assertEquals(Outcome.RETURNED, r.outcome(), String.valueOf(r));
        assertEquals(1_000_000, depth[0]);
    }

    private static int recurse(Scheduler s, int d, int max) {
        s.tick();
        return d == max ? d : recurse(s, d + 1, max);
    }

    @Test
    void aThreadWhoseGoroutineEndedRunsTheNextNewGoroutineItself() {
        // Go's M picks its next G: 1,000 goroutines that end without blocking need no thread each
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger ran = new AtomicInteger();
        RunResult r = Run.run(Run.cfg().withProcs(1), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 1000; i++) {
                wg.add(1);
                s.go(() -> {
                    threads.add(Thread.currentThread());
                    ran.incrementAndGet();
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(1000, ran.get());
        assertTrue(threads.size() <= 2, threads.size() + " threads ran 1,000 goroutines");
    }

    @Test
    void aRunWhoseProcessExitsLeavesParkedGoroutinesParked() {
        // lanes run: the JVM exits next, as a Go program's exit leaves its goroutines where they are
        Scheduler s = new Scheduler(Run.cfg());
        s.processExitsAfterRun();
        List<String> unwound = Collections.synchronizedList(new ArrayList<>());
        RunResult r = s.run(() -> {
            Chan never = s.makeChan(0, 0);
            for (int i = 0; i < 3; i++) {
                s.go(() -> {
                    try {
                        never.recv();
                    } catch (GoroutineKilled k) {
                        unwound.add("unwound");
                        throw k;
                    }
                }, null);
            }
            s.sleep(1_000_000); // they all park
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(4, r.goroutines().size(), "main and three parked goroutines");
        java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L); // time to unwind, were they woken
        assertEquals(List.of(), unwound);
        assertTrue(s.liveThreads() >= 3, "threads: " + s.liveThreads()); // (main's may still be ending)
    }
}
