package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import lanes.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

/** The default schedule is Go's usual one; other seeds show what Go can do on a bad day. */
class ScheduleOrderTest {

    /** main starts 5 goroutines then waits: runnext first, then FIFO (Go prints 4 0 1 2 3). */
    static List<String> fiveGoroutines(SchedulerConfig cfg) {
        Run.Out out = new Run.Out();
        RunResult r = Run.run(cfg, s -> {
            out.s = s;
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 5; i++) {
                int n = i;
                wg.add(1);
                s.go(() -> {
                    Run.spin(s, 3);
                    out.println("goroutine " + n);
                    wg.done();
                }, null);
                Run.spin(s, 4);
            }
            wg.waitg();
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        return out.lines;
    }

    @Test
    void runnextThenFifo() {
        assertEquals(List.of("goroutine 4", "goroutine 0", "goroutine 1", "goroutine 2", "goroutine 3"),
                fiveGoroutines(Run.cfg()));
        assertEquals(List.of("goroutine 4", "goroutine 0", "goroutine 1", "goroutine 2", "goroutine 3"),
                fiveGoroutines(Run.cfg().withProcs(1)));
    }

    @Test
    void otherSeedsReorder() {
        var seen = new java.util.HashSet<List<String>>();
        for (int seed = 1; seed <= 60; seed++) seen.add(fiveGoroutines(Run.cfg().withSeed(seed)));
        assertTrue(seen.size() > 1, "seeds should perturb the order: " + seen);
    }

    /** go woof(); meow(): main prints 5 lines and returns. */
    static List<String> woofMeow(SchedulerConfig cfg) {
        Run.Out out = new Run.Out();
        RunResult r = Run.run(cfg, s -> {
            out.s = s;
            s.go(() -> {
                for (int i = 1; i <= 5; i++) {
                    s.tick();
                    out.println("woof " + i);
                }
            }, null);
            for (int i = 1; i <= 5; i++) {
                s.tick();
                out.println("meow " + i);
            }
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        return out.lines;
    }

    @Test
    void woofNeverPrintsByDefault() {
        assertEquals(List.of("meow 1", "meow 2", "meow 3", "meow 4", "meow 5"), woofMeow(Run.cfg()));
    }

    @Test
    void someSeedsShowWoof() {
        int withWoof = 0;
        for (int seed = 1; seed <= 100; seed++) {
            List<String> lines = woofMeow(Run.cfg().withSeed(seed));
            if (lines.stream().anyMatch(l -> l.startsWith("woof"))) withWoof++;
            assertEquals(5, lines.stream().filter(l -> l.startsWith("meow")).count());
        }
        assertTrue(withWoof > 5 && withWoof < 95, "woof shows on " + withWoof + " of 100 seeds");
    }

    /** wg.Add(1); go woof(); meow(); wg.Wait(): meow's lines, then woof's. */
    @Test
    void waitGroupWoofAfterMeow() {
        Run.Out out = new Run.Out();
        Run.run(s -> {
            out.s = s;
            WaitGroup wg = new WaitGroup(s);
            wg.add(1);
            s.go(() -> {
                for (int i = 1; i <= 5; i++) out.println("woof " + i);
                wg.done();
            }, null);
            for (int i = 1; i <= 5; i++) out.println("meow " + i);
            wg.waitg();
            out.println("both done");
        });
        assertEquals(List.of("meow 1", "meow 2", "meow 3", "meow 4", "meow 5", "woof 1", "woof 2", "woof 3",
                "woof 4", "woof 5", "both done"), out.lines);
    }

    /** A long-running main lets an idle processor steal the new goroutine: real parallelism. */
    @Test
    void longMainLetsOthersRunInParallel() {
        List<String> events = new ArrayList<>();
        Run.run(s -> {
            s.go(() -> events.add("worker ran"), null);
            Run.spin(s, 100_000);
            events.add("main done");
        });
        assertEquals(List.of("worker ran", "main done"), events);
        events.clear();
        Run.run(Run.cfg().withProcs(1), s -> {
            s.go(() -> events.add("worker ran"), null);
            Run.spin(s, 100_000);
            events.add("main done");
        });
        assertEquals(List.of("main done"), events, "one P, no preemption within 100k steps");
    }

    @Test
    void goschedRunsTheNewGoroutineFirst() {
        List<String> events = new ArrayList<>();
        Run.run(s -> {
            s.go(() -> events.add("printed by goroutine during Gosched"), null);
            s.gosched();
            events.add("after Gosched");
        });
        assertEquals(List.of("printed by goroutine during Gosched", "after Gosched"), events);
    }

    @Test
    void preemptionAfterQuantumWithOneProc() {
        List<String> events = new ArrayList<>();
        RunResult r = Run.run(Run.cfg().withProcs(1).withCosts(Costs.DEFAULT.withQuantum(10_000)), s -> {
            s.go(() -> events.add("other"), null);
            for (int i = 0; i < 30_000; i++) {
                s.tick();
                if (i % 5000 == 0) events.add("main " + i);
            }
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(List.of("main 0", "main 5000", "other", "main 10000", "main 15000", "main 20000", "main 25000"),
                events);
    }

    @Test
    void unsynchronisedIncrementsRaceWithSeveralProcs() {
        int[] counter = new int[1];
        Run.run(s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int g = 0; g < 4; g++) {
                wg.add(1);
                s.go(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        int v = counter[0];
                        s.tick();
                        counter[0] = v + 1;
                        s.tick();
                    }
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertTrue(counter[0] < 40_000, "updates lost to the race: " + counter[0]);
        counter[0] = 0;
        Run.run(Run.cfg().withProcs(1), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int g = 0; g < 4; g++) {
                wg.add(1);
                s.go(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        int v = counter[0];
                        s.tick();
                        counter[0] = v + 1;
                        s.tick();
                    }
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals(40_000, counter[0], "one processor, short goroutines: no preemption, no race");
    }

    @Test
    void sameSeedSameEvents() {
        for (long seed : new long[] {0, 1, 42, 987654321}) {
            List<TraceEvent> a = traced(seed), b = traced(seed);
            assertEquals(a, b, "seed " + seed);
            assertTrue(a.size() > 100);
        }
        assertNotEquals(traced(1), traced(2));
    }

    private static List<TraceEvent> traced(long seed) {
        List<TraceEvent> events = new ArrayList<>();
        Run.run(Run.cfg().withSeed(seed).withTrace(events::add), s -> {
            Chan work = s.makeChan(3, 0);
            Chan results = s.makeChan(0, 0);
            WaitGroup wg = new WaitGroup(s);
            for (int w = 0; w < 4; w++) {
                wg.add(1);
                s.go(() -> {
                    for (RecvResult j = work.recv2(); j.ok(); j = work.recv2()) {
                        Run.spin(s, 50 * (Integer) j.value());
                        s.sleep(1000L * (Integer) j.value());
                        results.send((Integer) j.value() * 2);
                    }
                    wg.done();
                }, null);
            }
            s.go(() -> {
                wg.waitg();
                results.close();
            }, null);
            s.go(() -> {
                for (int j = 0; j < 40; j++) work.send(j % 7);
                work.close();
            }, null);
            int sum = 0;
            for (RecvResult r = results.recv2(); r.ok(); r = results.recv2()) sum += (Integer) r.value();
        });
        return events;
    }
}
