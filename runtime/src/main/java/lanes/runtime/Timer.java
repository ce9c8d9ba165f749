package lanes.runtime;

/**
 * A timer on the virtual clock: when the clock reaches {@link #when()} the scheduler runs its
 * callback (and, for a periodic timer, re-arms it one period on). Timers fire only when their
 * time has come, and the clock advances only when no goroutine can run, so a goroutine
 * sleeping or a timer pending keeps the program from being reported as deadlocked, as in Go.
 *
 * <p>The callback runs on the scheduler with no goroutine current ({@link Scheduler#current()}
 * is null) and must not block. It may send without blocking ({@link Chan#offer}), ready a
 * goroutine, or start one ({@link Scheduler#go}, for {@code time.AfterFunc}). The interpreter
 * builds {@code time.Sleep}, {@code time.After}, {@code NewTimer}, {@code NewTicker},
 * {@code Tick} and {@code AfterFunc} on it. Methods are called by the running goroutine only.
 */
public final class Timer {
    final Scheduler sched;
    final Runnable callback;
    long when;
    long period;
    long seq;
    int heapIndex = -1;
    /** The processor whose goroutine armed it: readied goroutines go to that P, as in Go. */
    int proc;

    Timer(Scheduler sched, Runnable callback) {
        this.sched = sched;
        this.callback = callback;
    }

    /** Disarms it. True if it was pending (so the stop prevented a firing), as Go's Stop. */
    public boolean stop() {
        return sched.timerStop(this);
    }

    /** Re-arms it to fire {@code delayNanos} from now, keeping its period. True if it was pending. */
    public boolean reset(long delayNanos) {
        return sched.timerReset(this, delayNanos, period);
    }

    /** Re-arms it with a new delay and period (0: one-shot), as {@code Ticker.Reset}. True if it was pending. */
    public boolean reset(long delayNanos, long periodNanos) {
        return sched.timerReset(this, delayNanos, periodNanos);
    }

    public boolean pending() {
        return heapIndex >= 0;
    }

    /** Virtual time of the next firing, ns since the run began. */
    public long when() {
        return when;
    }

    public long period() {
        return period;
    }
}
