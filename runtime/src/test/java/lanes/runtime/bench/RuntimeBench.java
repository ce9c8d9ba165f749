package lanes.runtime.bench;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

import lanes.runtime.Chan;
import lanes.runtime.Outcome;
import lanes.runtime.RunResult;
import lanes.runtime.Scheduler;
import lanes.runtime.SchedulerConfig;
import lanes.runtime.sync.WaitGroup;

/**
 * Measures the runtime alone (no interpreter): message passing, spawning, parked-goroutine
 * memory, hand-off cost, the hot path, and recursion depth. Not a test; run with
 * <pre>
 *   java -cp runtime/target/classes:runtime/target/test-classes [-Xss…] lanes.runtime.bench.RuntimeBench [what…]
 * </pre>
 * where {@code what} is any of {@code unbuffered spawn blocked handoff tick depth} (default: all).
 * Go on this machine: 1M unbuffered messages take about 0.2–0.3 s; a parked goroutine about 2 KB.
 */
public final class RuntimeBench {
    private RuntimeBench() {
    }

    public static void main(String[] args) {
        var what = java.util.Set.of(args.length == 0
                ? new String[] {"unbuffered", "spawn", "blocked", "handoff", "tick", "depth"} : args);
        System.out.printf("JVM %s, %d host CPUs, ThreadStackSize %s KB, main goroutine: %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), stackSizeKb(),
                new Scheduler(SchedulerConfig.defaults()).mainOnPlatformThread() ? "platform (AUTO)" : "virtual (AUTO)");
        for (int round = 0; round < 3; round++) {
            System.out.println("-- round " + (round + 1));
            if (what.contains("unbuffered")) unbuffered();
            if (what.contains("spawn")) spawn();
            if (what.contains("handoff")) handoff();
            if (what.contains("tick")) tick();
        }
        if (what.contains("blocked")) blocked();
        if (what.contains("depth")) depth();
    }

    private static SchedulerConfig cfg() {
        return SchedulerConfig.defaults();
    }

    private static RunResult time(String label, long ops, String unit, SchedulerConfig cfg, Consumer<Scheduler> body) {
        Scheduler s = new Scheduler(cfg);
        long t0 = System.nanoTime();
        RunResult r = s.run(() -> body.accept(s));
        long t = System.nanoTime() - t0;
        if (r.outcome() != Outcome.RETURNED) throw new AssertionError(label + ": " + r);
        System.out.printf("  %-58s %8.3f s  %8.3f µs/%s%n", label, t / 1e9, t / 1e3 / ops, unit);
        return r;
    }

    /** 1,000,000 values over an unbuffered channel. */
    static void unbuffered() {
        int n = 1_000_000;
        for (SchedulerConfig.MainThread kind : new SchedulerConfig.MainThread[] {
                SchedulerConfig.MainThread.PLATFORM, SchedulerConfig.MainThread.VIRTUAL}) {
            time("unbuffered 1M, main -> worker (main " + kind.name().toLowerCase() + ")", n, "msg",
                    cfg().withMainThread(kind, 1L << 30), s -> {
                        Chan c = s.makeChan(0, 0);
                        Chan done = s.makeChan(0, false);
                        s.go(() -> {
                            long sum = 0;
                            for (int i = 0; i < n; i++) sum += (Integer) c.recv();
                            done.send(sum > 0);
                        }, null);
                        for (int i = 0; i < n; i++) c.send(i);
                        done.recv();
                    });
        }
        time("unbuffered 1M, between two non-main goroutines", n, "msg", cfg(), s -> {
            Chan c = s.makeChan(0, 0);
            WaitGroup wg = new WaitGroup(s);
            wg.add(2);
            s.go(() -> {
                for (int i = 0; i < n; i++) c.send(i);
                wg.done();
            }, null);
            s.go(() -> {
                for (int i = 0; i < n; i++) c.recv();
                wg.done();
            }, null);
            wg.waitg();
        });
        time("buffered(100) 1M, between two non-main goroutines", n, "msg", cfg(), s -> {
            Chan c = s.makeChan(100, 0);
            WaitGroup wg = new WaitGroup(s);
            wg.add(2);
            s.go(() -> {
                for (int i = 0; i < n; i++) c.send(i);
                wg.done();
            }, null);
            s.go(() -> {
                for (int i = 0; i < n; i++) c.recv();
                wg.done();
            }, null);
            wg.waitg();
        });
    }

    /** 100,000 goroutines spawned and joined with a WaitGroup. */
    static void spawn() {
        int n = 100_000;
        time("spawn+join 100k goroutines (8 Ps)", n, "goroutine", cfg(), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int i = 0; i < n; i++) {
                wg.add(1);
                s.go(wg::done, null);
            }
            wg.waitg();
        });
        time("spawn+join 100k goroutines, each blocks once (8 Ps)", n, "goroutine", cfg(), s -> {
            WaitGroup wg = new WaitGroup(s);
            Chan gate = s.makeChan(0, 0);
            for (int i = 0; i < n; i++) {
                wg.add(1);
                s.go(() -> {
                    gate.recv();
                    wg.done();
                }, null);
            }
            gate.close();
            wg.waitg();
        });
    }

    /** Pure baton passing: two goroutines alternating through runtime.Gosched on one P. */
    static void handoff() {
        int n = 1_000_000;
        time("handoff: 2 goroutines x 500k Gosched, 1 P (VT <-> VT)", n, "handoff", cfg().withProcs(1), s -> {
            WaitGroup wg = new WaitGroup(s);
            wg.add(2);
            for (int k = 0; k < 2; k++) {
                s.go(() -> {
                    for (int i = 0; i < n / 2; i++) s.gosched();
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
        time("handoff: main(platform) and a goroutine, 500k Gosched each", n, "handoff",
                cfg().withProcs(1).withMainThread(SchedulerConfig.MainThread.PLATFORM, 1L << 30), s -> {
                    s.go(() -> {
                        for (int i = 0; i < n / 2; i++) s.gosched();
                    }, null);
                    for (int i = 0; i < n / 2; i++) s.gosched();
                });
    }

    /** The hot path: 1e9 ticks on one goroutine, and on 8 processors interleaving. */
    static void tick() {
        long n = 1_000_000_000L;
        time("tick x 1e9, one goroutine", n, "tick", cfg(), s -> {
            for (long i = 0; i < n; i++) s.tick();
        });
        time("tick x 1e9 over 8 goroutines on 8 Ps (interleaved)", n, "tick", cfg(), s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int g = 0; g < 8; g++) {
                wg.add(1);
                s.go(() -> {
                    for (long i = 0; i < n / 8; i++) s.tick();
                    wg.done();
                }, null);
            }
            wg.waitg();
        });
    }

    /** 1,000,000 goroutines parked on a channel: heap per goroutine, and the time to kill them all. */
    static void blocked() {
        int n = 1_000_000;
        var mem = ManagementFactory.getMemoryMXBean();
        long[] heap = new long[2];
        long[] tSpawn = new long[2];
        Scheduler s = new Scheduler(cfg());
        long t0 = System.nanoTime();
        RunResult r = s.run(() -> {
            System.gc();
            heap[0] = mem.getHeapMemoryUsage().getUsed();
            tSpawn[0] = System.nanoTime();
            Chan never = s.makeChan(0, 0);
            for (int i = 0; i < n; i++) s.go(never::recv, null);
            s.sleep(1); // every goroutine runs and parks before the clock can move
            tSpawn[1] = System.nanoTime();
            System.gc();
            System.gc();
            heap[1] = mem.getHeapMemoryUsage().getUsed();
        });
        long t = System.nanoTime() - t0;
        if (r.goroutines().size() != n + 1) throw new AssertionError(r.goroutines().size());
        System.out.printf("  1M parked goroutines: %.0f bytes each; spawn+park %.2f s; whole run incl. kill %.2f s;"
                + " threads left %d%n", (heap[1] - heap[0]) / (double) n, (tSpawn[1] - tSpawn[0]) / 1e9, t / 1e9,
                s.liveThreads());
    }

    /**
     * How deep Java recursion goes on main's platform thread and on a virtual-thread goroutine:
     * a tiny method, and a chain of three non-inlined methods with object arguments standing
     * in for one interpreted Go call (a tree-walker spends a few such frames per call).
     */
    static void depth() {
        int[][] d = new int[2][2];
        Scheduler s = new Scheduler(cfg().withMainThread(SchedulerConfig.MainThread.PLATFORM, 1L << 30));
        s.run(() -> {
            d[0][0] = Deep.measureTiny();
            d[0][1] = Deep.measureCalls();
            Chan done = s.makeChan(0, 0);
            s.go(() -> {
                int a = Deep.measureTiny();
                done.send(new int[] {a, Deep.measureCalls()});
            }, null);
            d[1] = (int[]) done.recv();
        });
        long vt = stackBytes();
        System.out.printf("  main (platform thread, 1 GB stack): %,d tiny frames (%d B each); %,d simulated Go calls (%d B each)%n",
                d[0][0], (1L << 30) / d[0][0], d[0][1], (1L << 30) / d[0][1]);
        System.out.printf("  goroutine (virtual thread, -Xss %d KB): %,d tiny frames; %,d simulated Go calls%n",
                vt >> 10, d[1][0], d[1][1]);
    }

    static final class Deep {
        static int depth;

        static long rec(long a, long b, long c, long e) {
            depth++;
            return rec(a + 1, b ^ a, c + b, e) + 1;
        }

        /** One simulated Go call: three frames, as a call node, a block node and a statement node. */
        static Object call(Object[] frame, Object node, int n) {
            depth++;
            return block(new Object[] {frame, node}, node, n + 1);
        }

        static Object block(Object[] frame, Object node, int n) {
            Object r = stmt(frame, node, n);
            return r == null ? frame : r;
        }

        static Object stmt(Object[] frame, Object node, int n) {
            Object r = call(frame, frame[0], n);
            return r == frame ? node : r;
        }

        static int measureTiny() {
            for (int warm = 0; warm < 3; warm++) {
                depth = 0;
                try {
                    rec(0, 0, 0, 0);
                } catch (StackOverflowError e) {
                    // measured
                }
            }
            return depth;
        }

        static int measureCalls() {
            for (int warm = 0; warm < 3; warm++) {
                depth = 0;
                try {
                    call(new Object[1], "node", 0);
                } catch (StackOverflowError e) {
                    // measured
                }
            }
            return depth;
        }
    }

    private static long stackBytes() {
        try {
            return Long.parseLong(stackSizeKb()) * 1024;
        } catch (NumberFormatException e) {
            return 1 << 20;
        }
    }

    private static String stackSizeKb() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean.getVMOption("ThreadStackSize").getValue();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
