package lanes.interp;

import java.util.function.Supplier;

import lanes.runtime.Strategy;
import lanes.runtime.TraceListener;

/**
 * Settings of one run: the seed that fixes the schedule, GOMAXPROCS, and the limits that end
 * a run with a named error; {@code leaks} asks for a report of the goroutines still alive when
 * main returns. {@code strategy}, if not null, makes a controlled schedule for each run (PCT,
 * exhaustive exploration, a recorded schedule); {@code trace}, if not null, receives the
 * scheduler's events (a {@link RunTrace} is also told where each goroutine is in the source);
 * {@code race} runs the data race detector (instrumented code, randomised schedule).
 */
public record RunConfig(long seed, int procs, long maxSteps, long maxGoroutines, long maxVirtualNanos,
                        long maxOutput, long wallMillis, boolean leaks, boolean race, Supplier<Strategy> strategy,
                        TraceListener trace) {
    public static final int NUM_CPU = 8;

    public RunConfig(long seed, int procs, long maxSteps, long maxGoroutines, long maxVirtualNanos,
                     long maxOutput, long wallMillis, boolean leaks) {
        this(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, false, null, null);
    }

    public static RunConfig defaults() {
        return new RunConfig(0, NUM_CPU, 20_000_000_000L, 10_000_000L, Long.MAX_VALUE / 4, 1L << 30, 0, false);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(s, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race, strategy, trace);
    }

    public RunConfig withProcs(int p) {
        return new RunConfig(seed, p, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race, strategy, trace);
    }

    public RunConfig withLeaks(boolean l) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, l, race, strategy, trace);
    }

    public RunConfig withRace(boolean r) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, r, strategy, trace);
    }

    public RunConfig withStrategy(Supplier<Strategy> s) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race, s, trace);
    }

    public RunConfig withTrace(TraceListener t) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race, strategy, t);
    }

    public RunConfig withLimits(long steps, long wallMs) {
        return new RunConfig(seed, procs, steps, maxGoroutines, maxVirtualNanos, maxOutput, wallMs, leaks, race, strategy, trace);
    }
}
