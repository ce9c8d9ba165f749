package lanes.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The Java threads under the goroutines, and the baton that lets exactly one of them run.
 *
 * <p>Every goroutine runs on a thread of its own while it lives, given the first time the
 * goroutine is scheduled: a new virtual thread, or the virtual thread of a goroutine that has
 * just ended ({@link #transferFromEnded}), or for main possibly a platform thread with a large
 * stack (see {@link SchedulerConfig.MainThread}). The thread holding the baton ({@link #holder})
 * is the only one running; to switch, it writes the next goroutine into {@code holder}
 * (volatile), unparks that goroutine's thread, and parks until the baton comes back. That
 * volatile write and read order every access to scheduler state, so no state needs a lock.
 *
 * <p>When the run ends, {@link #killAll} wakes every parked thread; each sees the run is
 * over, throws {@link GoroutineKilled} to unwind its Java stack, and terminates. Run returns
 * only once the count of live threads is zero, so nothing is left behind between runs.
 */
final class Baton {
    /** About 10-50 µs of PAUSE instructions, depending on the CPU. */
    private static final int PLATFORM_SPINS = 4_000;
    private static final long KILL_STALL_NANOS = 2_000_000_000L;

    private final Scheduler s;
    private final boolean mainOnPlatform;
    private final long mainStackBytes;
    private final ThreadFactory virtualThreads = Thread.ofVirtual().inheritInheritableThreadLocals(false).factory();

    static {
        // One virtual thread run to its end before any goroutine: the JDK's code for a virtual
        // thread's end then has its classes loaded when the JIT compiles it. Compiled while none
        // had ended (a million goroutines parked, then released), it deoptimized in every one.
        try {
            Thread.ofVirtual().start(Thread::onSpinWait).join(); // not a lambda of this class: its init is running
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    private final AtomicInteger liveThreads = new AtomicInteger();
    private volatile G holder;
    private Thread mainThread;

    Baton(Scheduler s, boolean mainOnPlatform, long mainStackBytes) {
        this.s = s;
        this.mainOnPlatform = mainOnPlatform;
        this.mainStackBytes = mainStackBytes;
    }

    boolean mainOnPlatform() {
        return mainOnPlatform;
    }

    boolean heldBy(G g) {
        return holder == g;
    }

    int liveThreads() {
        return liveThreads.get();
    }

    /** Gives the baton to {@code next} and, unless {@code me} is null (ended), waits to get it back. */
    void transfer(G me, G next) {
        if (next == me) return;
        Thread t = next.thread;
        boolean fresh = t == null;
        if (fresh) t = newThread(next);
        holder = next;
        if (fresh) t.start();
        else LockSupport.unpark(t);
        if (me != null) await(me);
    }

    /**
     * The running goroutine has ended and {@code next} runs. If {@code next} has never run, the
     * ending goroutine's virtual thread runs it itself once it is back at its bottom frame, as
     * Go's M picks its next G: no thread is made and nothing switches. Otherwise as {@link
     * #transfer}.
     */
    void transferFromEnded(G next) {
        Thread t = Thread.currentThread();
        if (next.thread == null && !next.isMain && t.isVirtual()) {
            next.thread = t;
            holder = next;
            adopted = next;
            return;
        }
        transfer(null, next);
    }

    /** Set by {@link #transferFromEnded}, read by the same thread's bottom frame. */
    private G adopted;

    /**
     * REPL sessions: the machine pauses with nobody holding the baton (the host gives it out
     * again on the next input); {@code me}, if not null, then waits for it.
     */
    void pause(G me) {
        if (me != null) await(me);
    }

    void drop() {
        holder = null;
    }

    /** Parks until {@code me} holds the baton; throws GoroutineKilled if the run ends meanwhile. */
    private void await(G me) {
        if (me.platformThread) {
            // A platform thread's park and unpark cost microseconds, and the baton often comes
            // straight back (ping-pong with main): wait briefly first. Virtual threads never
            // spin, since a spinning virtual thread would hold a carrier thread.
            for (int i = 0; i < PLATFORM_SPINS && holder != me; i++) Thread.onSpinWait();
        }
        while (holder != me) {
            if (s.isFinished()) throw GoroutineKilled.INSTANCE;
            LockSupport.park(this);
        }
        if (s.isFinished()) throw GoroutineKilled.INSTANCE;
    }

    private Thread newThread(G g) {
        Bottom bottom = new Bottom(g);
        Thread t;
        if (g.isMain && mainOnPlatform) {
            t = new Thread(null, bottom, "lanes-main", mainStackBytes);
            t.setDaemon(true);
            g.platformThread = true;
        } else {
            t = virtualThreads.newThread(bottom);
        }
        t.setUncaughtExceptionHandler(bottom);
        if (g.isMain) mainThread = t;
        g.thread = t;
        liveThreads.incrementAndGet();
        return t;
    }

    /**
     * The bottom frame of a goroutine's thread. It has no try or finally: a kill unwinds the
     * whole thread and lands in {@link #uncaughtException}, so that no compiled frame on the
     * way needs a handler it has never run (see {@link GoroutineKilled}).
     */
    private final class Bottom implements Runnable, Thread.UncaughtExceptionHandler {
        /** The goroutine the thread runs now. */
        private G g;

        Bottom(G g) {
            this.g = g;
        }

        @Override
        public void run() {
            await(g);
            for (;;) {
                s.runGoroutine(g);
                G next = adopted;
                if (next == null) break;
                adopted = null;
                g = next; // it holds the baton already
            }
            exited();
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            try {
                s.uncaught(g, e);
            } finally {
                exited();
            }
        }
    }

    private void exited() {
        if (liveThreads.decrementAndGet() == 0 && s.isFinished()) s.wakeHost();
    }

    /**
     * Wakes every live goroutine's thread to unwind and waits while they keep terminating.
     * A thread stuck in Java code that no longer calls the scheduler is given up on after a
     * while; it is a daemon thread and cannot keep the JVM alive.
     */
    void killAll(G allHead) {
        for (G g = allHead; g != null; g = g.allNext) {
            Thread t = g.thread;
            if (t != null) LockSupport.unpark(t);
        }
        int last = liveThreads.get();
        long stalledSince = System.nanoTime();
        while (last > 0) {
            LockSupport.parkNanos(this, 10_000_000L);
            int now = liveThreads.get();
            if (now < last) {
                last = now;
                stalledSince = System.nanoTime();
            } else if (System.nanoTime() - stalledSince > KILL_STALL_NANOS) {
                return;
            }
        }
        Thread m = mainThread;
        if (m != null && !m.isVirtual()) {
            try {
                m.join(KILL_STALL_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
