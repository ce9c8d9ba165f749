package lanes.runtime;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * PCT, probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): every goroutine gets
 * a random distinct priority when it is created; at every switch point the runnable goroutine
 * with the highest priority runs; at {@code depth - 1} scheduling steps chosen at random in
 * [1, steps] the goroutine that ran last drops below every other. A bug that needs d ordering
 * constraints shows with probability at least 1/(n·k^(d-1)) per run for n goroutines and k
 * steps. Seeded: the same seed, depth and step estimate give the same schedule.
 */
public final class PctStrategy implements Strategy {
    private final Rand rand;
    private final int depth;
    private final long[] changePoints;
    private final Map<G, Long> priority = new IdentityHashMap<>();
    private long step;

    /**
     * @param seed  the schedule's seed
     * @param depth the bug depth d (at least 1): d - 1 priority change points
     * @param steps the estimated number of scheduling steps k of one run (at least 1)
     */
    public PctStrategy(long seed, int depth, long steps) {
        if (depth < 1) throw new IllegalArgumentException("depth " + depth);
        this.rand = new Rand(seed * 0x2545F4914F6CDD1DL + 0x5851F42D4C957F2DL);
        this.depth = depth;
        long k = Math.max(1, steps);
        changePoints = new long[depth - 1];
        for (int i = 0; i < changePoints.length; i++) changePoints[i] = 1 + (rand.nextLong() >>> 1) % k;
        Arrays.sort(changePoints);
    }

    @Override
    public void created(G g) {
        // Initial priorities are above depth; change point i lowers to depth - 1 - i.
        priority.put(g, depth + (rand.nextLong() >>> 2));
    }

    @Override
    public G pick(List<G> candidates, G last) {
        step++;
        if (last != null) {
            for (int i = 0; i < changePoints.length; i++) {
                if (changePoints[i] == step) priority.put(last, (long) (depth - 1 - i));
            }
        }
        G best = null;
        long bp = Long.MIN_VALUE;
        for (G g : candidates) {
            long p = priority.getOrDefault(g, 0L);
            if (best == null || p > bp || (p == bp && g.id < best.id)) {
                best = g;
                bp = p;
            }
        }
        return best;
    }

    @Override
    public int choose(int n) {
        return n <= 1 ? 0 : rand.nextInt(n);
    }

    /** Scheduling steps taken so far (after a run: how many it took, for the next estimate). */
    public long steps() {
        return step;
    }
}
