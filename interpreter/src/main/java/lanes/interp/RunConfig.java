package lanes.interp;

/**
 * Settings of one run: the seed that fixes the schedule, GOMAXPROCS, and the limits that end
 * a run with a named error; {@code leaks} asks for a report of the goroutines still alive when
 * main returns; {@code race} runs the data race detector (instrumented code, randomised schedule).
 */
public record RunConfig(long seed, int procs, long maxSteps, long maxGoroutines, long maxVirtualNanos,
                        long maxOutput, long wallMillis, boolean leaks, boolean race) {
    public static final int NUM_CPU = 8;

    public static RunConfig defaults() {
        return new RunConfig(0, NUM_CPU, 20_000_000_000L, 10_000_000L, Long.MAX_VALUE / 4, 1L << 30, 0, false, false);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(s, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race);
    }

    public RunConfig withProcs(int p) {
        return new RunConfig(seed, p, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, race);
    }

    public RunConfig withLeaks(boolean l) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, l, race);
    }

    public RunConfig withRace(boolean r) {
        return new RunConfig(seed, procs, maxSteps, maxGoroutines, maxVirtualNanos, maxOutput, wallMillis, leaks, r);
    }
}
