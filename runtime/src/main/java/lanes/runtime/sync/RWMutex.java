package lanes.runtime.sync;

import lanes.runtime.Scheduler;
import lanes.runtime.SyncOp;
import lanes.runtime.TraceEvent;
import lanes.runtime.Sema;
import lanes.runtime.WaitReason;

/**
 * {@code sync.RWMutex}, transcribed from Go's rwmutex.go.
 *
 * <p>{@code readerCount} counts readers holding or waiting for the lock; a writer that wants
 * the lock subtracts {@link #MAX_READERS}, making it negative so new readers queue behind the
 * writer. {@code readerWait} counts the readers the pending writer still waits for; the last
 * of them releases the writer. Writers exclude each other with an inner {@link Mutex}, so a
 * writer queued behind another writer shows {@code sync.Mutex.Lock}; one waiting for readers
 * shows {@code sync.RWMutex.Lock}; a reader waiting for a writer {@code sync.RWMutex.RLock}.
 * Fatal errors: {@code sync: RUnlock of unlocked RWMutex}, {@code sync: Unlock of unlocked RWMutex}.
 */
public final class RWMutex implements Locker {
    static final int MAX_READERS = 1 << 30;

    private final Scheduler sched;
    private final Mutex w;
    private final Sema writerSem;
    private final Sema readerSem;
    private int readerCount;
    private int readerWait;

    public RWMutex(Scheduler sched) {
        this(sched, new Mutex(sched), 0, 0);
    }

    private RWMutex(Scheduler sched, Mutex w, int readerCount, int readerWait) {
        this.sched = sched;
        this.w = w;
        this.writerSem = new Sema(sched, 0);
        this.readerSem = new Sema(sched, 0);
        this.readerCount = readerCount;
        this.readerWait = readerWait;
    }

    /** A copy, as Go's struct assignment copies an RWMutex: same counts, no waiters. */
    public RWMutex copy() {
        return new RWMutex(sched, w.copy(), readerCount, readerWait);
    }

    public void rlock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        if (++readerCount < 0) readerSem.acquire(false, WaitReason.SYNC_RWMUTEX_RLOCK);
        sched.note(TraceEvent.Kind.LOCK, 1);
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), readerSem);
    }

    public boolean tryRLock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        if (readerCount < 0) return false;
        readerCount++;
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), readerSem);
        return true;
    }

    public void runlock() {
        sched.syncPoint(SyncOp.MUTEX, 0);
        sched.note(TraceEvent.Kind.UNLOCK, 1);
        if (sched.syncHook() != null && readerCount != 0 && readerCount != -MAX_READERS) {
            sched.syncHook().release(sched.current(), writerSem);
        }
        int r = --readerCount;
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -MAX_READERS) {
                readerCount++;
                throw sched.fatal("sync: RUnlock of unlocked RWMutex");
            }
            if (--readerWait == 0) writerSem.release(false);
        }
    }

    @Override
    public void lock() {
        w.lock();
        int r = readerCount;
        readerCount -= MAX_READERS;
        if (r != 0 && (readerWait += r) != 0) writerSem.acquire(false, WaitReason.SYNC_RWMUTEX_LOCK);
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), writerSem);
    }

    public boolean tryLock() {
        if (!w.tryLock()) return false;
        if (readerCount != 0) {
            w.unlock();
            return false;
        }
        readerCount = -MAX_READERS;
        if (sched.syncHook() != null) sched.syncHook().acquire(sched.current(), writerSem);
        return true;
    }

    @Override
    public void unlock() {
        int r = readerCount + MAX_READERS;
        if (r >= MAX_READERS) throw sched.fatal("sync: Unlock of unlocked RWMutex");
        if (sched.syncHook() != null) sched.syncHook().release(sched.current(), readerSem);
        readerCount = r;
        for (int i = 0; i < r; i++) readerSem.release(false);
        w.unlock();
    }

    /** {@code rw.RLocker()}: a Locker whose lock and unlock are RLock and RUnlock. */
    public Locker rlocker() {
        return new Locker() {
            @Override
            public void lock() {
                rlock();
            }

            @Override
            public void unlock() {
                runlock();
            }
        };
    }
}
