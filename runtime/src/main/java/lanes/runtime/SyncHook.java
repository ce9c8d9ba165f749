package lanes.runtime;

/**
 * The happens-before edges of Go's memory model, as the runtime sees them: a race detector
 * implements this and is installed with {@link Scheduler#setSyncHook}. {@code sync} objects
 * are compared with {@code equals}: a channel slot, a channel, a mutex, a wait group, a Once.
 * Every call is made with the world stopped (the caller holds the baton). The goroutine is
 * the one the edge is for; it may differ from the running one (a receiver woken by a send).
 * When no hook is installed none of these calls happen.
 */
public interface SyncHook {
    /** {@code g} acquires what was released into {@code sync}. */
    void acquire(G g, Object sync);

    /** {@code g} releases everything it did so far into {@code sync} (merging with what is there). */
    void release(G g, Object sync);

    /** Both, in that order: acquire then release (channel buffer slots, atomics). */
    default void releaseAcquire(G g, Object sync) {
        acquire(g, sync);
        release(g, sync);
    }

    /** The {@code go} statement: {@code child} starts after all that {@code parent} (null for main or a timer) did. */
    void spawned(G parent, G child);
}
