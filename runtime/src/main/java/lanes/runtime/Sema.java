package lanes.runtime;

/**
 * A counting semaphore for the sync package: Go's runtime semaphore (sema.go), behind
 * {@code runtime_Semacquire*} and {@code runtime_Semrelease}.
 *
 * <p>{@link #acquire} takes a unit if there is one, otherwise queues (at the back, or at the
 * front for {@code lifo}: a waiter that has waited before, as sync.Mutex requeues) and parks
 * with the given reason; a woken waiter that finds the unit gone queues again. {@link
 * #release} adds a unit and readies the first waiter (into the releaser's runnext). With
 * {@code handoff} the unit goes straight to that waiter and the releaser yields so that the
 * waiter runs next: how a starving sync.Mutex passes ownership.
 */
public final class Sema {
    private final Scheduler sched;
    private int count;
    private final WaitQueue waiters = new WaitQueue();

    public Sema(Scheduler sched, int count) {
        this.sched = sched;
        this.count = count;
    }

    public void acquire(boolean lifo, WaitReason reason) {
        if (count > 0) {
            count--;
            return;
        }
        G g = sched.current();
        Sudog s = g.takeSudog();
        for (;;) {
            if (count > 0) {
                count--;
                break;
            }
            s.ticket = 0;
            if (lifo) waiters.pushFront(s);
            else waiters.enqueue(s);
            sched.park(reason); // no finally around this: see GoroutineKilled
            if (s.ticket != 0) break;
            if (count > 0) {
                count--;
                break;
            }
        }
        g.giveSudog(s);
    }

    public void release(boolean handoff) {
        count++;
        Sudog s = waiters.dequeue();
        if (s == null) return;
        if (handoff && count > 0) {
            count--;
            s.ticket = 1;
        }
        sched.ready(s.g);
        if (s.ticket == 1) sched.goyield();
    }

    /** Units available (for tests and copies). */
    public int count() {
        return count;
    }

    public boolean hasWaiters() {
        return !waiters.isEmpty();
    }
}
