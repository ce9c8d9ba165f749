package lanes.runtime;

/**
 * A simulated processor, Go's P: the right to run one goroutine at a time, with a local run
 * queue of 256 and a runnext slot, and a step clock saying how much simulated CPU time it has
 * used.
 *
 * <p>Status: IDLE (no work, in the idle stack, clock stale), SPINNING (woken to look for
 * work, which it will do when the step clock reaches {@link #clock}), or RUNNING (its
 * goroutine {@link #curg} is on it: holding the baton, or paused at a slice boundary while
 * another processor catches up). Invariant: a RUNNING P has a curg; an IDLE P has empty
 * queues; the queues hold only RUNNABLE goroutines.
 */
final class P {
    static final int RUNQ_SIZE = 256;
    static final int MASK = RUNQ_SIZE - 1;

    enum Status { IDLE, SPINNING, RUNNING }

    final int id;
    Status status = Status.IDLE;
    G curg;
    /** Runs next, before the queue, inheriting the time slice (Go's runnext). */
    G runnext;
    final G[] runq = new G[RUNQ_SIZE];
    int runqHead, runqTail;
    /** Steps this processor has run: its position on the step clock. */
    long clock;
    /** Clock when the current time slice began; the goroutine is preempted one quantum later. */
    long sliceStart;
    /** Counts slices, as Go's schedtick (every 61st looks at the global queue first). */
    int schedtick;
    /** A thief that has already backed off once may now take a running P's runnext. */
    boolean stealArmed;

    P(int id, long clock) {
        this.id = id;
        this.clock = clock;
    }

    int runqSize() {
        return runqTail - runqHead;
    }

    boolean hasLocalWork() {
        return runnext != null || runqHead != runqTail;
    }

    @Override
    public String toString() {
        return "P" + id + "[" + status + " clock=" + clock + "]";
    }
}
