package lanes.runtime.sync;

import lanes.runtime.G;
import lanes.runtime.Scheduler;
import lanes.runtime.SyncOp;
import lanes.runtime.WaitReason;

/**
 * {@code sync.Cond}, with Go's notify list (sema.go's notifyList): Wait takes a ticket before
 * unlocking, so a Signal between the unlock and the park is not lost; Signal wakes the waiter
 * holding the oldest unserved ticket, Broadcast all of them, each into the signaller's runnext
 * in ticket order.
 */
public final class Cond {
    private final Scheduler sched;
    private final Locker l;
    /** Next ticket to hand out, and next ticket to notify. */
    private long wait, notify;
    private Waiter head, tail;

    private static final class Waiter {
        final G g;
        final long ticket;
        Waiter next;

        Waiter(G g, long ticket) {
            this.g = g;
            this.ticket = ticket;
        }
    }

    public Cond(Scheduler sched, Locker l) {
        this.sched = sched;
        this.l = l;
    }

    /** {@code c.L}. */
    public Locker locker() {
        return l;
    }

    /** {@code c.Wait()}: unlocks L, parks with {@code sync.Cond.Wait} until notified, relocks L. */
    public void await() {
        sched.syncPoint(SyncOp.COND, 0);
        long t = wait++;
        l.unlock();
        if (t >= notify) {
            Waiter w = new Waiter(sched.current(), t);
            if (tail == null) head = w;
            else tail.next = w;
            tail = w;
            sched.park(WaitReason.SYNC_COND_WAIT);
        }
        l.lock();
    }

    /** {@code c.Signal()}. */
    public void signal() {
        sched.syncPoint(SyncOp.COND, 0);
        if (wait == notify) return;
        long t = notify++;
        for (Waiter p = null, s = head; s != null; p = s, s = s.next) {
            if (s.ticket == t) {
                Waiter n = s.next;
                if (p != null) p.next = n;
                else head = n;
                if (tail == s) tail = p;
                sched.ready(s.g);
                return;
            }
        }
    }

    /** {@code c.Broadcast()}. */
    public void broadcast() {
        sched.syncPoint(SyncOp.COND, 0);
        if (wait == notify) return;
        Waiter s = head;
        head = tail = null;
        notify = wait;
        while (s != null) {
            Waiter n = s.next;
            sched.ready(s.g);
            s = n;
        }
    }
}
