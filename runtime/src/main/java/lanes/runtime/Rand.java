package lanes.runtime;

/**
 * The run's one source of randomness (SplitMix64), seeded by the run's seed so that every
 * random choice — select among ready cases, steal order, map iteration, the perturbations
 * of non-default schedules — replays exactly. Written out here rather than borrowed from the
 * JDK so that a seed means the same schedule on every JDK.
 */
final class Rand {
    private long state;

    Rand(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), bound > 0 (Lemire's multiply-shift; the bias is below 2^-32). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }
}
