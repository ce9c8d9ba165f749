package lanes.runtime.sync;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import lanes.runtime.GoRuntimeFault;
import lanes.runtime.Outcome;
import lanes.runtime.RunResult;
import lanes.runtime.Scheduler;
import lanes.runtime.SchedulerConfig;
import org.junit.jupiter.api.Test;

class SyncTest {
    static RunResult run(Consumer<Scheduler> main) {
        Scheduler s = new Scheduler(SchedulerConfig.defaults());
        return s.run(() -> main.accept(s));
    }

    @Test
    void mutexExcludesAndCountsRight() {
        int[] counter = new int[1];
        RunResult r = run(s -> {
            Mutex mu = new Mutex(s);
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 1000; i++) {
                wg.add(1);
                s.go(() -> {
                    mu.lock();
                    int v = counter[0];
                    for (int k = 0; k < 20; k++) s.tick(); // other processors run meanwhile
                    counter[0] = v + 1;
                    mu.unlock();
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(1000, counter[0]);
    }

    @Test
    void unlockOfUnlockedMutexIsFatal() {
        RunResult r = run(s -> new Mutex(s).unlock());
        assertEquals(Outcome.FATAL, r.outcome());
        assertEquals("sync: unlock of unlocked mutex", r.message());
        assertEquals(1, r.culprit().id());
        assertTrue(r.dumpsAllGoroutines());
    }

    @Test
    void fatalInAGoroutineDumpsMainAsleep() {
        RunResult r = run(s -> {
            Mutex mu = new Mutex(s);
            s.go(mu::unlock, null);
            s.sleep(50_000_000);
        });
        assertEquals(Outcome.FATAL, r.outcome());
        assertEquals(2, r.culprit().id());
        assertEquals("sleep", r.goroutines().get(0).statusWords());
        assertEquals("running", r.goroutines().get(1).statusWords());
    }

    @Test
    void tryLockAndUnlockByAnotherGoroutine() {
        List<String> log = new ArrayList<>();
        run(s -> {
            Mutex mu = new Mutex(s);
            mu.lock();
            var done = s.makeChan(0, false);
            s.go(() -> {
                mu.unlock();
                done.send(true);
            }, null);
            done.recv();
            mu.lock();
            log.add("TryLock on locked: " + mu.tryLock());
            mu.unlock();
            log.add("TryLock on unlocked: " + mu.tryLock());
        });
        assertEquals(List.of("TryLock on locked: false", "TryLock on unlocked: true"), log);
    }

    @Test
    void mutexWaitersAreWokenFifo() {
        List<Integer> order = new ArrayList<>();
        run(s -> {
            Mutex mu = new Mutex(s);
            mu.lock();
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 4; i++) {
                int n = i;
                wg.add(1);
                s.go(() -> {
                    mu.lock();
                    order.add(n);
                    mu.unlock();
                    wg.done();
                }, null);
            }
            s.sleep(1_000_000); // all four queue on the mutex: 3, 0, 1, 2
            mu.unlock();
            wg.waitg();
        });
        assertEquals(List.of(3, 0, 1, 2), order);
    }

    @Test
    void rwMutexLetsReadersShare() {
        int[] readers = new int[2];
        run(s -> {
            RWMutex rw = new RWMutex(s);
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 3; i++) {
                wg.add(1);
                s.go(() -> {
                    rw.rlock();
                    readers[0]++;
                    readers[1] = Math.max(readers[1], readers[0]);
                    s.sleep(20_000_000);
                    readers[0]--;
                    rw.runlock();
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals(3, readers[1]);
    }

    @Test
    void rwMutexWriterWaitsForReadersAndBlocksNewOnes() {
        List<String> log = new ArrayList<>();
        run(s -> {
            RWMutex rw = new RWMutex(s);
            rw.rlock();
            s.go(() -> {
                rw.lock();
                log.add("writer in");
                rw.unlock();
            }, null);
            s.gosched();
            assertFalse(rw.tryRLock(), "a pending writer blocks new readers");
            s.go(() -> {
                rw.rlock();
                log.add("late reader in");
                rw.runlock();
            }, null);
            s.gosched();
            log.add("first reader out");
            rw.runlock();
            s.sleep(1);
            assertTrue(rw.tryLock());
            rw.unlock();
        });
        assertEquals(List.of("first reader out", "writer in", "late reader in"), log);
    }

    @Test
    void rwMutexFaults() {
        RunResult r = run(s -> new RWMutex(s).runlock());
        assertEquals(Outcome.FATAL, r.outcome());
        assertEquals("sync: RUnlock of unlocked RWMutex", r.message());
        r = run(s -> new RWMutex(s).unlock());
        assertEquals("sync: Unlock of unlocked RWMutex", r.message());
    }

    @Test
    void waitGroupNegativeCounterPanicsWithAString() {
        run(s -> {
            WaitGroup wg = new WaitGroup(s);
            GoRuntimeFault f = assertThrows(GoRuntimeFault.class, wg::done);
            assertEquals("sync: negative WaitGroup counter", f.getMessage());
            assertEquals(GoRuntimeFault.Kind.STRING, f.kind());
        });
    }

    @Test
    void waitGroupReleasesEveryWaiter() {
        List<String> log = new ArrayList<>();
        run(s -> {
            WaitGroup wg = new WaitGroup(s);
            WaitGroup all = new WaitGroup(s);
            wg.add(1);
            for (int i = 0; i < 3; i++) {
                int n = i;
                all.add(1);
                s.go(() -> {
                    wg.waitg();
                    log.add("waiter " + n);
                    all.done();
                }, null);
            }
            s.gosched();
            wg.done();
            all.waitg();
        });
        assertEquals(3, log.size());
    }

    @Test
    void onceRunsOnceAndBlocksConcurrentCallers() {
        List<String> log = new ArrayList<>();
        run(s -> {
            Once once = new Once(s);
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 10; i++) {
                int n = i;
                wg.add(1);
                s.go(() -> {
                    once.doOnce(() -> {
                        s.sleep(1_000_000); // others arrive and park on the Once's mutex
                        log.add("init by " + n);
                    });
                    log.add("after " + n);
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals("init by 9", log.get(0), "runnext: the last started goroutine runs first");
        assertEquals(11, log.size());
        assertEquals(1, log.stream().filter(l -> l.startsWith("init")).count());
    }

    @Test
    void oncePanicCountsAsDone() {
        List<String> log = new ArrayList<>();
        run(s -> {
            Once once = new Once(s);
            RuntimeException boom = new RuntimeException("in once");
            assertSame(boom, assertThrows(RuntimeException.class, () -> once.doOnce(() -> {
                throw boom;
            })));
            once.doOnce(() -> log.add("never"));
            log.add("after second Do");
        });
        assertEquals(List.of("after second Do"), log);
    }

    @Test
    void condSignalAndBroadcast() {
        List<String> log = new ArrayList<>();
        run(s -> {
            Mutex mu = new Mutex(s);
            Cond c = new Cond(s, mu);
            boolean[] ready = new boolean[1];
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 3; i++) {
                int n = i;
                wg.add(1);
                s.go(() -> {
                    mu.lock();
                    while (!ready[0]) c.await();
                    log.add("woke " + n);
                    mu.unlock();
                    wg.done();
                }, null);
            }
            s.gosched();
            mu.lock();
            c.signal(); // wakes one, which finds ready false and waits again
            mu.unlock();
            s.gosched();
            mu.lock();
            ready[0] = true;
            c.broadcast();
            mu.unlock();
            wg.waitg();
        });
        assertEquals(3, log.size());
    }
}
