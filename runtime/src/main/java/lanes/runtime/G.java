package lanes.runtime;

/**
 * A goroutine: Go's g. It runs its body on a Java thread of its own (given the first time it
 * is scheduled, so goroutines waiting in run queues cost no thread; a thread whose goroutine
 * ended may be handed on to a new one), but only while it holds the scheduler's baton.
 *
 * <p>Invariants. Every field except {@link #thread}'s liveness is read and written only by
 * the thread holding the baton (or by the host before and after the run), so none needs a
 * lock: the baton's volatile hand-off orders all accesses. A G is in at most one run queue
 * (a P's runnext, a P's runq, or the global queue, through {@link #schedLink}) and only while
 * RUNNABLE. It is in the scheduler's list of live goroutines ({@link #allPrev}/{@link
 * #allNext}, creation order) from creation until it is DEAD. A G keeps no reference to its
 * creator, only the creator's id, so chains of goroutines spawning goroutines do not keep
 * dead ones alive.
 *
 * <p>The interpreter keeps its own per-goroutine state (its Go call stack, for tracebacks) in
 * {@link #userData()}; it may read it at any time from the goroutine itself, and from the
 * run's result after the run.
 */
public final class G {
    final long id;
    final long creatorId;
    final Object creatorInfo;
    final boolean isMain;

    /** The body, until the thread takes it. */
    Runnable body;
    /** Null until first scheduled. */
    Thread thread;
    boolean platformThread;

    GState state = GState.RUNNABLE;
    WaitReason waitReason;
    long waitSince;
    private Object userData;
    /** The race detector's state for this goroutine (null without {@code --race}). */
    public Object race;
    Object snapshot;

    /** Next G in the global run queue. */
    G schedLink;
    G allPrev, allNext;

    /** The sudog whose operation woke this goroutine (Go's gp.param). */
    Sudog param;
    /** Set by the first channel operation to complete one of this goroutine's select cases. */
    boolean selectDone;
    /** The value and ok of this goroutine's last non-blocking receive, so recv need not allocate. */
    Object recvValue;
    boolean recvOk;
    private Sudog spareSudog;
    Timer sleepTimer;
    /**
     * REPL sessions: bumped when main's input is abandoned, so sudogs queued before are stale
     * and skipped ({@link WaitQueue#dequeue}); {@code abandoned} makes its park throw.
     */
    int epoch;
    boolean abandoned;
    /** Set by {@code goexit()}: the GoroutineKilled now unwinding the body is a Goexit. */
    boolean exiting;

    G(long id, long creatorId, Object creatorInfo, Runnable body, boolean isMain) {
        this.id = id;
        this.creatorId = creatorId;
        this.creatorInfo = creatorInfo;
        this.body = body;
        this.isMain = isMain;
    }

    /** Go's goroutine id: main is 1, then 2, 3, … in creation order. */
    public long id() {
        return id;
    }

    public GState state() {
        return state;
    }

    /** Why it is parked; null unless WAITING. */
    public WaitReason waitReason() {
        return waitReason;
    }

    /** The virtual time at which it last parked (Go prints {@code , N minutes} after a minute). */
    public long waitSinceNanos() {
        return waitSince;
    }

    /** The words in a dump header: the wait reason, or {@code running} / {@code runnable}. */
    public String statusWords() {
        return state == GState.WAITING && waitReason != null ? waitReason.words() : state.words();
    }

    /** Id of the goroutine whose {@code go} statement made this one; 0 for main and for timers. */
    public long creatorId() {
        return creatorId;
    }

    /** What the interpreter passed to {@link Scheduler#go} (e.g. the {@code go} statement's place). */
    public Object creatorInfo() {
        return creatorInfo;
    }

    public boolean isMain() {
        return isMain;
    }

    public Object userData() {
        return userData;
    }

    public void setUserData(Object data) {
        this.userData = data;
    }

    /** What the config's snapshot function returned for this goroutine when the run ended. */
    public Object snapshot() {
        return snapshot;
    }

    Object takeReceived() {
        Object v = recvValue;
        recvValue = null;
        return v;
    }

    Sudog takeSudog() {
        Sudog s = spareSudog;
        if (s == null) s = new Sudog(this);
        spareSudog = null;
        s.epoch = epoch;
        return s;
    }

    void giveSudog(Sudog s) {
        s.elem = null;
        s.c = null;
        s.isSelect = false;
        s.success = false;
        s.ticket = 0;
        spareSudog = s;
    }

    @Override
    public String toString() {
        return "goroutine " + id + " [" + statusWords() + "]";
    }
}
