package lanes.runtime.sync;

import lanes.runtime.Scheduler;
import lanes.runtime.SyncOp;
import lanes.runtime.TraceEvent;
import lanes.runtime.Sema;
import lanes.runtime.WaitReason;

/**
 * {@code sync.Mutex}, transcribed from Go's mutex.go so that who gets the lock, and when,
 * matches Go.
 *
 * <p>The state word holds: locked (bit 0), woken (bit 1: a waiter has been woken and is
 * competing, so Unlock need not wake another), starving (bit 2), and the number of waiters
 * (above). Normal mode: waiters queue FIFO, a woken waiter competes with newcomers and, if it
 * loses, requeues at the front. Once a waiter has waited over 1 ms of simulated CPU time
 * ({@link Scheduler#cpuNanos()}) the mutex turns starving: Unlock hands ownership straight to
 * the first waiter, and newcomers queue. Go's CAS loops become plain assignments since one
 * goroutine runs at a time; Go's active spinning is not modelled.
 *
 * <p>Unlocking an unlocked mutex is the fatal error {@code sync: unlock of unlocked mutex}.
 * Any goroutine may unlock a mutex another locked, as in Go.
 */
public final class Mutex implements Locker {
    static final int LOCKED = 1;
    static final int WOKEN = 2;
    static final int STARVING = 4;
    static final int WAITER_SHIFT = 3;
    static final long STARVATION_THRESHOLD_NS = 1_000_000;

    private final Scheduler sched;
    private int state;
    private final Sema sema;

    public Mutex(Scheduler sched) {
        this.sched = sched;
        this.sema = new Sema(sched, 0);
    }

    private Mutex(Scheduler sched, int state, int semaCount) {
        this.sched = sched;
        this.state = state & ~(WOKEN | STARVING) & ((1 << WAITER_SHIFT) - 1);
        this.sema = new Sema(sched, semaCount);
    }

    Scheduler scheduler() {
        return sched;
    }

    /** A copy, as Go's struct assignment copies a Mutex: same locked bit, no waiters. */
    public Mutex copy() {
        return new Mutex(sched, state, sema.count());
    }

    @Override
    public void lock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        if (state == 0) {
            state = LOCKED;
        } else {
            lockSlow();
        }
        sched.note(TraceEvent.Kind.LOCK, 0);
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), this);
    }

    public boolean tryLock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        if ((state & (LOCKED | STARVING)) != 0) return false;
        state |= LOCKED;
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), this);
        return true;
    }

    public boolean isLocked() {
        return (state & LOCKED) != 0;
    }

    private void lockSlow() {
        long waitStart = 0;
        boolean starving = false;
        boolean awoke = false;
        int old = state;
        for (;;) {
            int next = old;
            if ((old & STARVING) == 0) next |= LOCKED;
            if ((old & (LOCKED | STARVING)) != 0) next += 1 << WAITER_SHIFT;
            if (starving && (old & LOCKED) != 0) next |= STARVING;
            if (awoke) {
                if ((next & WOKEN) == 0) throw sched.fatal("sync: inconsistent mutex state");
                next &= ~WOKEN;
            }
            state = next;
            if ((old & (LOCKED | STARVING)) == 0) return;
            boolean lifo = waitStart != 0;
            if (waitStart == 0) waitStart = sched.cpuNanos();
            sema.acquire(lifo, WaitReason.SYNC_MUTEX_LOCK);
            starving = starving || sched.cpuNanos() - waitStart > STARVATION_THRESHOLD_NS;
            old = state;
            if ((old & STARVING) != 0) {
                if ((old & (LOCKED | WOKEN)) != 0 || (old >>> WAITER_SHIFT) == 0) {
                    throw sched.fatal("sync: inconsistent mutex state");
                }
                int delta = LOCKED - (1 << WAITER_SHIFT);
                if (!starving || (old >>> WAITER_SHIFT) == 1) delta -= STARVING;
                state += delta;
                return;
            }
            awoke = true;
        }
    }

    @Override
    public void unlock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        sched.note(TraceEvent.Kind.UNLOCK, 0);
        if (sched.syncHook() != null && (state & LOCKED) != 0) sched.syncHook().release(sched.current(), this);
        int next = state - LOCKED;
        state = next;
        if (next != 0) unlockSlow(next);
    }

    private void unlockSlow(int next) {
        if (((next + LOCKED) & LOCKED) == 0) {
            state = next + LOCKED;
            throw sched.fatal("sync: unlock of unlocked mutex");
        }
        if ((next & STARVING) == 0) {
            int old = next;
            if ((old >>> WAITER_SHIFT) == 0 || (old & (LOCKED | WOKEN | STARVING)) != 0) return;
            state = (old - (1 << WAITER_SHIFT)) | WOKEN;
            sema.release(false);
        } else {
            sema.release(true);
        }
    }
}
