package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import lanes.runtime.sync.Cond;
import lanes.runtime.sync.Mutex;
import lanes.runtime.sync.Once;
import lanes.runtime.sync.RWMutex;
import lanes.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

class DeadlockTest {
    private static List<String> reasons(RunResult r) {
        return r.goroutines().stream().map(g -> g.id() + " " + g.statusWords()).toList();
    }

    private static RunResult deadlocked(java.util.function.Consumer<Scheduler> main) {
        RunResult r = Run.run(main);
        assertEquals(Outcome.DEADLOCK, r.outcome());
        assertEquals("all goroutines are asleep - deadlock!", r.message());
        assertEquals(2, r.exitCode());
        assertTrue(r.dumpsAllGoroutines());
        return r;
    }

    @Test
    void eachPrimitiveHasGosWords() {
        assertEquals(List.of("1 chan receive"), reasons(deadlocked(s -> s.makeChan(0, 0).recv())));
        assertEquals(List.of("1 chan send"), reasons(deadlocked(s -> s.makeChan(0, 0).send(1))));
        assertEquals(List.of("1 chan send"), reasons(deadlocked(s -> {
            Chan c = s.makeChan(1, 0);
            c.send(1);
            c.send(2);
        })));
        assertEquals(List.of("1 chan receive (nil chan)"), reasons(deadlocked(Scheduler::recvNil)));
        assertEquals(List.of("1 chan send (nil chan)"), reasons(deadlocked(Scheduler::sendNil)));
        assertEquals(List.of("1 select (no cases)"), reasons(deadlocked(s -> s.select(new SelectCase[0], false))));
        assertEquals(List.of("1 select"), reasons(deadlocked(s -> s.select(new SelectCase[] {
            SelectCase.recv(null), SelectCase.send(null, 1)}, false))));
        assertEquals(List.of("1 select"), reasons(deadlocked(s -> s.select(new SelectCase[] {
            SelectCase.recv(s.makeChan(0, 0)), SelectCase.send(s.makeChan(0, 0), 1)}, false))));
        assertEquals(List.of("1 sync.WaitGroup.Wait"), reasons(deadlocked(s -> {
            WaitGroup wg = new WaitGroup(s);
            wg.add(2);
            s.go(wg::done, null);
            wg.waitg();
        })));
        assertEquals(List.of("1 sync.Mutex.Lock"), reasons(deadlocked(s -> {
            Mutex mu = new Mutex(s);
            mu.lock();
            mu.lock();
        })));
        assertEquals(List.of("1 sync.RWMutex.Lock"), reasons(deadlocked(s -> {
            RWMutex rw = new RWMutex(s);
            rw.rlock();
            rw.lock();
        })));
        assertEquals(List.of("1 sync.RWMutex.RLock"), reasons(deadlocked(s -> {
            RWMutex rw = new RWMutex(s);
            rw.lock();
            rw.rlock();
        })));
        assertEquals(List.of("1 sync.Cond.Wait"), reasons(deadlocked(s -> {
            Mutex mu = new Mutex(s);
            Cond c = new Cond(s, mu);
            mu.lock();
            c.await();
        })));
        assertEquals(List.of("1 sync.Mutex.Lock"), reasons(deadlocked(s -> {
            Once once = new Once(s);
            once.doOnce(() -> once.doOnce(() -> { }));
        })));
    }

    @Test
    void everyGoroutineIsListedInCreationOrder() {
        RunResult r = deadlocked(s -> {
            Chan ch = s.makeChan(0, 0);
            Mutex mu = new Mutex(s);
            WaitGroup wg = new WaitGroup(s);
            mu.lock();
            wg.add(1);
            s.go(() -> ch.send(1), "func1");
            s.go(mu::lock, "func2");
            s.go(s::recvNil, "func3");
            s.go(() -> s.select(new SelectCase[0], false), "func4");
            s.go(() -> {
                s.sleep(10_000_000);
                wg.waitg();
            }, "func5");
            wg.waitg();
            ch.recv();
        });
        assertEquals(List.of("1 sync.WaitGroup.Wait", "2 chan send", "3 sync.Mutex.Lock",
                "4 chan receive (nil chan)", "5 select (no cases)", "6 sync.WaitGroup.Wait"), reasons(r));
        assertEquals("func3", r.goroutines().get(3).creatorInfo());
        assertEquals(1, r.goroutines().get(3).creatorId());
        assertEquals(10_000_000, r.virtualNanos(), "the sleeper delayed detection");
    }

    @Test
    void aSleeperIsNotADeadlockButTheRunEndsWhenItExits() {
        RunResult r = deadlocked(s -> {
            Chan ch = s.makeChan(0, 0);
            s.go(() -> s.sleep(50_000_000), null);
            ch.recv();
        });
        assertEquals(List.of("1 chan receive"), reasons(r));
        assertEquals(50_000_000, r.virtualNanos());
    }

    @Test
    void aPendingTimerDelaysDetection() {
        RunResult r = deadlocked(s -> {
            s.newTimer(300_000_000, 0, () -> { });
            s.makeChan(0, 0).recv();
        });
        assertEquals(300_000_000, r.virtualNanos());
    }

    @Test
    void leakedBlockedGoroutineIsNoDeadlockWhenMainReturns() {
        RunResult r = Run.run(s -> {
            Chan ch = s.makeChan(0, 0);
            s.go(ch::recv, null);
            s.sleep(50_000_000);
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(List.of("1 running", "2 chan receive"), reasons(r));
    }

    @Test
    void mainGoexitThenOthersFinish() {
        List<String> log = new java.util.ArrayList<>();
        RunResult r = Run.run(s -> {
            s.go(() -> {
                s.sleep(50_000_000);
                log.add("other goroutine finishes");
            }, null);
            log.add("deferred in main runs");
            throw s.goexit();
        });
        assertEquals(Outcome.FATAL, r.outcome());
        assertEquals("no goroutines (main called runtime.Goexit) - deadlock!", r.message());
        assertFalse(r.dumpsAllGoroutines());
        assertEquals(List.of("deferred in main runs", "other goroutine finishes"), log);
        assertEquals(List.of(), r.goroutines());
    }

    @Test
    void mainGoexitWithOthersBlockedIsAnOrdinaryDeadlock() {
        RunResult r = deadlocked(s -> {
            Chan c = s.makeChan(0, 0);
            s.go(c::recv, null);
            throw s.goexit();
        });
        assertEquals(List.of("2 chan receive"), reasons(r));
    }

    @Test
    void goexitInAnotherGoroutineEndsOnlyIt() {
        List<String> log = new java.util.ArrayList<>();
        RunResult r = Run.run(s -> {
            WaitGroup wg = new WaitGroup(s);
            wg.add(1);
            s.go(() -> {
                try {
                    throw s.goexit();
                } finally {
                    wg.done(); // the interpreter would run the deferred wg.Done before goexit()
                }
            }, null);
            wg.waitg();
            log.add("main done " + s.numGoroutine());
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(List.of("main done 1"), log);
    }
}
