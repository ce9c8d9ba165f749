package lanes.runtime.sync;

import lanes.runtime.GoroutineKilled;
import lanes.runtime.Scheduler;

/**
 * {@code sync.Once}, transcribed from Go's once.go. The function runs on the calling
 * goroutine while holding an inner {@link Mutex}, so concurrent callers park on that mutex
 * ({@code sync.Mutex.Lock}) until it returns, and a call of Do from inside the function
 * deadlocks, as in Go. If the function panics (or Goexits) the Once still counts as done.
 */
public final class Once {
    private final Mutex m;
    private boolean done;

    public Once(Scheduler sched) {
        this.m = new Mutex(sched);
    }

    private Once(Mutex m, boolean done) {
        this.m = m;
        this.done = done;
    }

    /** A copy, as Go's struct assignment copies a Once. */
    public Once copy() {
        return new Once(m.copy(), done);
    }

    public boolean done() {
        return done;
    }

    /**
     * {@code once.Do(f)}. A Go panic or Goexit unwinding out of f (any Throwable but
     * GoroutineKilled) marks the Once done and unlocks, as Go's deferred calls do.
     */
    public void doOnce(Runnable f) {
        Scheduler sched = m.scheduler();
        if (done) {
            if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), this);
            return;
        }
        m.lock();
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                    if (sched.syncHook() != null) sched.syncHook().release(sched.current(), this);
                }
            }
        } catch (GoroutineKilled k) {
            throw k;
        } catch (Throwable t) {
            m.unlock();
            throw t;
        }
        m.unlock();
    }
}
