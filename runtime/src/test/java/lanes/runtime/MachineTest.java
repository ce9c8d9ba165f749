package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lanes.runtime.sync.Mutex;
import lanes.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

/** The processor model: queues, stealing, tracing, and the sync.Mutex starvation mode on the step clock. */
class MachineTest {
    @Test
    void localQueueOverflowsToTheGlobalQueue() {
        List<Integer> order = new ArrayList<>();
        Run.run(Run.cfg().withProcs(1), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 300; i++) {
                int n = i;
                wg.add(1);
                s.go(() -> {
                    order.add(n);
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        assertEquals(300, order.size());
        assertEquals(299, order.get(0), "runnext first");
        // Spawning 0..298 displaced each in turn to the local queue (256 slots); the 258th
        // spilled half the queue (0..127) plus itself to the global queue.
        assertEquals(128, order.get(1), "the local queue next, then the global one");
        assertTrue(order.indexOf(0) > order.indexOf(128));
    }

    @Test
    void idleProcessorsStealAndRunInParallel() {
        List<TraceEvent> events = new ArrayList<>();
        Set<Integer> procsUsed = new java.util.TreeSet<>();
        Run.run(Run.cfg().withTrace(events::add), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < 16; i++) {
                wg.add(1);
                s.go(() -> {
                    Run.spin(s, 50_000);
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        for (TraceEvent e : events) if (e.kind() == TraceEvent.Kind.GO_RUN) procsUsed.add(e.proc());
        assertEquals(8, procsUsed.size(), "all 8 processors ran goroutines: " + procsUsed);
        assertTrue(events.stream().anyMatch(e -> e.kind() == TraceEvent.Kind.STEAL));
        long steps = events.get(events.size() - 1).step();
        assertTrue(steps < 16 * 50_000 / 4, "parallel: the last event at step " + steps);
    }

    @Test
    void traceCoversTheEventKinds() {
        List<TraceEvent> events = new ArrayList<>();
        Run.run(Run.cfg().withTrace(events::add), s -> {
            Chan c = s.makeChan(0, 0);
            s.go(() -> c.send(1), null);
            c.recv();
            c.close();
            s.sleep(10);
            s.gosched();
            s.go(() -> Run.spin(s, 10_000), null);
            Run.spin(s, 20_000);
        });
        Set<TraceEvent.Kind> kinds = EnumSet.noneOf(TraceEvent.Kind.class);
        for (TraceEvent e : events) kinds.add(e.kind());
        assertEquals(EnumSet.of(TraceEvent.Kind.GO_CREATE, TraceEvent.Kind.GO_RUN, TraceEvent.Kind.GO_BLOCK,
                TraceEvent.Kind.GO_UNBLOCK, TraceEvent.Kind.GO_YIELD, TraceEvent.Kind.GO_END,
                TraceEvent.Kind.PROC_WAKE, TraceEvent.Kind.PROC_IDLE, TraceEvent.Kind.STEAL,
                TraceEvent.Kind.CLOCK_ADVANCE, TraceEvent.Kind.CHAN_SEND, TraceEvent.Kind.CHAN_RECV,
                TraceEvent.Kind.CHAN_CLOSE), kinds);
        TraceEvent block = events.stream().filter(e -> e.kind() == TraceEvent.Kind.GO_BLOCK).findFirst().get();
        assertEquals(WaitReason.CHAN_RECEIVE, block.reason());
        assertEquals(1, block.goroutine());
    }

    @Test
    void mutexTurnsStarvingAndHandsOff() {
        // A goroutine that relocks at once would keep the lock in normal mode; once the waiter
        // has waited 1 ms of CPU time (100,000 steps) ownership is handed to it.
        long[] waited = new long[1];
        int[] hogRounds = new int[1];
        Run.run(Run.cfg().withProcs(2), s -> {
            Mutex mu = new Mutex(s);
            boolean[] stop = new boolean[1];
            WaitGroup wg = new WaitGroup(s);
            wg.add(1);
            s.go(() -> {
                while (!stop[0]) {
                    mu.lock();
                    Run.spin(s, 1_000);
                    hogRounds[0]++;
                    mu.unlock();
                }
                wg.done();
            }, null);
            Run.spin(s, 10_000);
            long t0 = s.cpuNanos();
            mu.lock();
            waited[0] = s.cpuNanos() - t0;
            stop[0] = true;
            mu.unlock();
            wg.waitg();
        });
        assertTrue(waited[0] >= 1_000_000, "waited " + waited[0] + " ns");
        assertTrue(waited[0] < 5_000_000, "but not much longer: " + waited[0] + " ns");
        assertTrue(hogRounds[0] > 50);
    }

    @Test
    void chargeFromATimerCallbackIsHarmless() {
        RunResult r = Run.run(s -> {
            s.newTimer(10, 0, () -> s.charge(1_000_000));
            s.sleep(20);
        });
        assertEquals(Outcome.RETURNED, r.outcome());
    }

    @Test
    void randomnessIsSeeded() {
        long[] a = new long[3], b = new long[3];
        Run.run(Run.cfg().withSeed(5), s -> {
            for (int i = 0; i < 3; i++) a[i] = s.randomLong();
        });
        Run.run(Run.cfg().withSeed(5), s -> {
            for (int i = 0; i < 3; i++) b[i] = s.randomLong();
        });
        assertArrayEquals(a, b);
    }
}
