package lanes.runtime;

import java.util.function.Function;

/**
 * Everything that fixes one run's schedule and bounds: build with {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param seed            0 gives the default, Go-like schedule (a new goroutine goes to its
 *                        processor's runnext slot; a goroutine runs until it blocks, yields or
 *                        is preempted; costs exactly as in {@link Costs}). Any other seed
 *                        perturbs the schedule as Go's does on a bad day: wake-up latencies,
 *                        interleaving slices and output costs vary, and a new goroutine skips
 *                        runnext one time in four. The seed also drives select's choice among
 *                        ready cases and every other random choice; a seed always replays the
 *                        same run.
 * @param procs           GOMAXPROCS at start ({@link Scheduler#NUM_CPU} by default, as in Go)
 * @param maxSteps        total steps over all processors before the run ends with {@link Limit#STEPS}
 * @param maxGoroutines   live goroutines allowed at once ({@link Limit#GOROUTINES})
 * @param maxVirtualNanos virtual time the clock may reach ({@link Limit#VIRTUAL_TIME}); it also
 *                        ends programs that Go would leave hanging forever on a ticker
 * @param wallTimeoutNanos real time the run may take, 0 for no limit ({@link Limit#WALL_TIME})
 * @param costs           the step costs of the simulated machine
 * @param mainThread      what kind of Java thread runs the main goroutine
 * @param mainStackBytes  stack size of main's platform thread (Go's limit is 1 GB)
 * @param trace           receives scheduling events, or null (free when null)
 * @param snapshot        called for every live goroutine when the run ends, before any stack
 *                        unwinds, with the world stopped; its result is kept as
 *                        {@link G#snapshot()} so the interpreter can render dumps from the
 *                        goroutine's Go stack as it was. Null: no snapshots.
 * @param strategy        a controlled schedule (PCT, exhaustive exploration, replay of a
 *                        recorded schedule), or null for the usual G/M/P model; see {@link Strategy}
 */
public record SchedulerConfig(long seed, int procs, long maxSteps, long maxGoroutines, long maxVirtualNanos,
                              long wallTimeoutNanos, Costs costs, MainThread mainThread, long mainStackBytes,
                              TraceListener trace, Function<G, Object> snapshot, Strategy strategy) {

    /** The Java thread that runs the main goroutine; other goroutines always run on virtual threads. */
    public enum MainThread {
        /**
         * VIRTUAL when virtual threads may grow at least 256 MB deep (their limit is the JVM's
         * {@code -Xss}, the carrier threads' stack size), PLATFORM otherwise.
         */
        AUTO,
        /** A platform thread with {@code mainStackBytes} of stack: deep recursion, slower hand-offs. */
        PLATFORM,
        /** A virtual thread like every other goroutine: fastest hand-offs, depth bounded by {@code -Xss}. */
        VIRTUAL
    }

    public static final long HOUR_NANOS = 3_600_000_000_000L;

    public SchedulerConfig {
        if (procs < 1 || procs > Scheduler.MAX_PROCS) throw new IllegalArgumentException("procs " + procs);
        if (maxSteps < 1 || maxGoroutines < 1 || maxVirtualNanos < 0 || wallTimeoutNanos < 0 || mainStackBytes < 0) {
            throw new IllegalArgumentException("bad limits");
        }
        if (costs == null || mainThread == null) throw new IllegalArgumentException("costs and mainThread are required");
    }

    public static SchedulerConfig defaults() {
        return new SchedulerConfig(0, Scheduler.NUM_CPU, 20_000_000_000L, 10_000_000L, 24 * HOUR_NANOS, 0,
                Costs.DEFAULT, MainThread.AUTO, 1L << 30, null, null, null);
    }

    public SchedulerConfig withSeed(long s) {
        return new SchedulerConfig(s, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                mainThread, mainStackBytes, trace, snapshot, strategy);
    }

    public SchedulerConfig withProcs(int p) {
        return new SchedulerConfig(seed, p, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                mainThread, mainStackBytes, trace, snapshot, strategy);
    }

    public SchedulerConfig withLimits(long steps, long goroutines, long virtualNanos, long wallNanos) {
        return new SchedulerConfig(seed, procs, steps, goroutines, virtualNanos, wallNanos, costs, mainThread,
                mainStackBytes, trace, snapshot, strategy);
    }

    public SchedulerConfig withCosts(Costs c) {
        return new SchedulerConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, c,
                mainThread, mainStackBytes, trace, snapshot, strategy);
    }

    public SchedulerConfig withMainThread(MainThread m, long stackBytes) {
        return new SchedulerConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                m, stackBytes, trace, snapshot, strategy);
    }

    public SchedulerConfig withTrace(TraceListener t) {
        return new SchedulerConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                mainThread, mainStackBytes, t, snapshot, strategy);
    }

    public SchedulerConfig withSnapshot(Function<G, Object> s) {
        return new SchedulerConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                mainThread, mainStackBytes, trace, s, strategy);
    }

    public SchedulerConfig withStrategy(Strategy st) {
        return new SchedulerConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, wallTimeoutNanos, costs,
                mainThread, mainStackBytes, trace, snapshot, st);
    }
}
