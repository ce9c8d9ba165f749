package lanes.runtime;

import java.util.List;

/**
 * A controlled schedule: when {@link SchedulerConfig#strategy()} is set, the scheduler runs the
 * program on one simulated processor and asks the strategy, at every switch point, which
 * runnable goroutine runs next. Switch points are the synchronisation operations (channel
 * operations, select, locks, WaitGroup, Cond, atomics, output, {@code go}, Gosched), blocking,
 * goroutine ends and quantum preemption. GOMAXPROCS still reads as the configured value.
 * With no strategy (the default) none of this happens and the usual G/M/P model runs.
 * Plain memory accesses are not switch points: schedules differ only in the order of
 * synchronisation operations (and of what runs between them).
 *
 * <p>Calls come from the baton holder with the world stopped, one at a time.
 */
public interface Strategy {
    /** A goroutine was created (main included), before it can be picked. */
    default void created(G g) {}

    /**
     * The running goroutine has just been picked again after a switch point and is about to
     * do {@code op} on {@code key} (see {@link SyncOp#key}).
     */
    default void touch(G g, SyncOp op, long key) {}

    /**
     * Which goroutine runs next. {@code candidates} are every runnable goroutine, in run-queue
     * order, never empty; {@code last} is the goroutine that ran last (it may be among them).
     * Must return one of the candidates.
     */
    G pick(List<G> candidates, G last);

    /** One of {@code n} alternatives (the order in which select polls its cases), in [0, n). */
    int choose(int n);
}
