package lanes.runtime.sync;

import lanes.runtime.GoRuntimeFault;
import lanes.runtime.Scheduler;
import lanes.runtime.SyncOp;
import lanes.runtime.Sema;
import lanes.runtime.WaitReason;

/**
 * {@code sync.WaitGroup}, transcribed from Go's waitgroup.go: a counter (Go's int32) and a
 * count of waiters. When Add brings the counter to zero, every waiter is released, each into
 * the releaser's runnext in turn (so the last released runs first, then the others in order).
 * Panics with a Go string value: {@code sync: negative WaitGroup counter}, and the two misuse
 * messages Go gives when Add races with Wait.
 */
public final class WaitGroup {
    private final Scheduler sched;
    private int counter;
    private int waiters;
    private final Sema sema;

    public WaitGroup(Scheduler sched) {
        this(sched, 0, 0);
    }

    private WaitGroup(Scheduler sched, int counter, int waiters) {
        this.sched = sched;
        this.counter = counter;
        this.waiters = waiters;
        this.sema = new Sema(sched, 0);
    }

    /** A copy, as Go's struct assignment copies a WaitGroup: same counts, no waiters to wake. */
    public WaitGroup copy() {
        return new WaitGroup(sched, counter, waiters);
    }

    public void add(long delta) {
        sched.syncPoint(SyncOp.WAITGROUP, 0);
        int d = (int) delta;
        if (d < 0 && sched.syncHook() != null) sched.syncHook().release(sched.current(), this);
        int v = counter + d;
        counter = v;
        if (v < 0) throw new GoRuntimeFault("sync: negative WaitGroup counter", GoRuntimeFault.Kind.STRING);
        if (waiters != 0 && d > 0 && v == d) {
            throw new GoRuntimeFault("sync: WaitGroup misuse: Add called concurrently with Wait",
                    GoRuntimeFault.Kind.STRING);
        }
        if (v > 0 || waiters == 0) return;
        int w = waiters;
        waiters = 0;
        for (; w != 0; w--) sema.release(false);
    }

    public void done() {
        add(-1);
    }

    /** {@code wg.Wait()}: parks with {@code sync.WaitGroup.Wait} until the counter is zero. */
    public void waitg() {
        sched.syncPoint(SyncOp.WAITGROUP, 0);
        if (counter == 0) {
            if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), this);
            return;
        }
        waiters++;
        sema.acquire(false, WaitReason.SYNC_WAITGROUP_WAIT);
        if (counter != 0 || waiters != 0) {
            throw new GoRuntimeFault("sync: WaitGroup is reused before previous Wait has returned",
                    GoRuntimeFault.Kind.STRING);
        }
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), this);
    }

    public int counter() {
        return counter;
    }
}
