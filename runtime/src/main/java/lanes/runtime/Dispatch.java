package lanes.runtime;

/**
 * The scheduling decisions (the schedule/findRunnable/wakep/checkdead half of Go's proc.go),
 * made by the baton holder with the world stopped.
 *
 * <p>Model. Each processor has a step clock. The busy processor with the lowest clock runs
 * its goroutine for a slice that ends {@code granularity} steps past the next-lowest busy
 * processor, so busy processors advance together and their goroutines interleave. A
 * processor whose goroutine stops picks its next one at once (runnext, local queue, global
 * queue, stealing). Readying a goroutine wakes an idle processor ({@link #wakep}), which
 * looks for work only {@code wakeLatency} steps later: by then the waker has often run the
 * goroutine itself, as in Go. When every processor is idle the due timers fire, the virtual
 * clock jumps to the next timer, or, if there is none, the run ends in a deadlock.
 *
 * <p>Invariants: at most {@code procs.n} goroutines are RUNNING, one per RUNNING processor;
 * a processor's clock never goes back; idle processors' clocks are stale and are brought up
 * to the waker's (or the horizon) when they wake; the virtual clock moves only in
 * {@link #idleMachine()}.
 */
final class Dispatch {
    static final int MAX_SLICE = 1 << 16;

    private final Scheduler s;
    private final Procs procs;
    private final Costs costs;

    Dispatch(Scheduler s) {
        this.s = s;
        this.procs = s.procs;
        this.costs = s.costs;
    }

    /** After p's goroutine stopped (parked, ended, preempted, yielded): p picks its next one. */
    void scheduleP(P p) {
        if (s.curG != null) s.lastRun = s.curG;
        s.curP = p;
        s.curG = null;
        s.setSlice(0);
        runDueTimers(p);
        G g = findRunnable(p);
        if (g != null) {
            execute(p, g, procs.inheritTime);
        } else if (procs.backoff) {
            p.status = P.Status.SPINNING;
            p.stealArmed = true;
            p.clock += costs.stealBackoff();
            procs.nspinning++;
        } else {
            idle(p);
        }
    }

    /** Go's findRunnable, without blocking: local, global, then stolen work. */
    private G findRunnable(P p) {
        procs.backoff = false;
        if (s.strategy != null) return controlledPick(p);
        if (p.schedtick % 61 == 0 && procs.gSize > 0) {
            G g = procs.globget(p, 1);
            procs.inheritTime = false;
            if (g != null) return g;
        }
        G g = procs.runqget(p);
        if (g != null) return g;
        g = procs.globget(p, 0);
        if (g != null) return g;
        g = procs.steal(p);
        if (g != null && s.trace != null) s.emit(TraceEvent.Kind.STEAL, g.id, procs.victim.id, null);
        return g;
    }

    /**
     * Under a strategy (one processor): every runnable goroutine — runnext, the local queue,
     * the global queue, in that order — is a candidate, and the strategy picks.
     */
    private G controlledPick(P p) {
        procs.inheritTime = false;
        java.util.List<G> cands = procs.drainAll(p);
        if (cands.isEmpty()) return null;
        G g = s.strategy.pick(java.util.Collections.unmodifiableList(cands), s.lastRun);
        if (!cands.remove(g)) throw new IllegalStateException("strategy picked a goroutine that is not runnable: " + g);
        for (G o : cands) procs.runqput(p, o, false);
        return g;
    }

    /** Puts g on p; a goroutine from runnext inherits the time slice, as in Go. */
    void execute(P p, G g, boolean inheritTime) {
        p.status = P.Status.RUNNING;
        p.curg = g;
        p.stealArmed = false;
        g.state = GState.RUNNING;
        if (!inheritTime) {
            p.schedtick++;
            p.sliceStart = p.clock;
        }
        p.clock += costs.contextSwitch();
        s.advanceHorizon(p.clock);
        if (s.trace != null) s.emit(TraceEvent.Kind.GO_RUN, g.id, 0, null);
    }

    private void idle(P p) {
        p.status = P.Status.IDLE;
        p.curg = null;
        p.stealArmed = false;
        procs.pidleput(p);
        if (s.trace != null) s.emit(TraceEvent.Kind.PROC_IDLE, 0, 0, null);
    }

    /**
     * Go's wakep: if no processor is already looking for work, an idle one starts looking
     * {@code wakeLatency} steps from now. The running slice is shortened so that the woken
     * processor gets its turn on time.
     */
    void wakep() {
        if (procs.nspinning > 0 || procs.nidle == 0) return;
        long now = s.stepNow();
        P p = procs.pidleget();
        p.status = P.Status.SPINNING;
        p.stealArmed = false;
        procs.nspinning++;
        p.clock = Math.max(p.clock, now) + wakeLatency();
        if (s.trace != null) s.emit(TraceEvent.Kind.PROC_WAKE, 0, p.id, null);
        if (s.curG != null) {
            long allowed = Math.max(1, p.clock + costs.granularity() - s.curP.clock);
            if (allowed < s.sliceLeft()) s.setSlice(allowed);
        }
    }

    /** A spinning processor's turn: it looks for work, and wakes another helper if it found some. */
    private void spin(P p) {
        s.curP = p;
        s.curG = null;
        s.setSlice(0);
        procs.nspinning--;
        runDueTimers(p);
        G g = findRunnable(p);
        if (g != null) {
            execute(p, g, procs.inheritTime);
            wakep();
        } else if (procs.backoff) {
            p.stealArmed = true;
            p.clock += costs.stealBackoff();
            procs.nspinning++;
        } else {
            idle(p);
        }
    }

    /**
     * Picks the goroutine to run next and sets up its slice: the busy processor with the
     * lowest step clock runs; spinning processors whose time has come look for work first.
     * With every processor idle, timers fire or the clock jumps. Null when the run is over.
     */
    G pickNext() {
        for (;;) {
            if (s.isFinished()) return null;
            P best = null, second = null;
            P[] all = procs.allp;
            for (int i = 0, n = procs.n; i < n; i++) {
                P p = all[i];
                if (p.status == P.Status.IDLE) continue;
                if (best == null || p.clock < best.clock) {
                    second = best;
                    best = p;
                } else if (second == null || p.clock < second.clock) {
                    second = p;
                }
            }
            if (best == null) {
                if (!idleMachine()) return null;
            } else if (best.status == P.Status.SPINNING) {
                spin(best);
            } else {
                startSlice(best, second);
                return best.curg;
            }
        }
    }

    /** The slice ends when another busy processor is due, at the quantum, or at the step limit. */
    private void startSlice(P p, P other) {
        s.curP = p;
        s.curG = p.curg;
        long limit = MAX_SLICE;
        if (other != null) limit = Math.min(limit, other.clock + granularity() - p.clock);
        limit = Math.min(limit, costs.quantum() - (p.clock - p.sliceStart));
        limit = Math.min(limit, s.stepsLeft());
        if (limit < 1) limit = 1;
        s.setSlice(limit);
    }

    /** Every processor is idle: Go's checkdead, then timers. False when the run is over. */
    private boolean idleMachine() {
        s.curG = null;
        if (s.pauseIfIdle()) return !s.pauseRequested();
        if (s.numGoroutine() == 0) {
            s.end(Outcome.FATAL, 2, RunResult.GOEXIT_MESSAGE, null, null, null, null);
            return false;
        }
        Timer t = s.timers.peek();
        if (t == null) {
            s.end(Outcome.DEADLOCK, 2, RunResult.DEADLOCK_MESSAGE, null, null, null, null);
            return false;
        }
        if (t.when > s.nanos) {
            if (t.when > s.config.maxVirtualNanos()) {
                s.endLimit(Limit.VIRTUAL_TIME);
                return false;
            }
            s.nanos = t.when;
            if (s.trace != null) s.emit(TraceEvent.Kind.CLOCK_ADVANCE, 0, 0, null);
        }
        if (s.wallExpired()) {
            s.endLimit(Limit.WALL_TIME);
            return false;
        }
        P p = procs.allp[Math.min(t.proc, procs.n - 1)];
        procs.removeIdle(p);
        if (p.clock < s.horizon) p.clock = s.horizon;
        scheduleP(p);
        return true;
    }

    /** Runs the timers whose time has come, in p's context, with no goroutine current. */
    void runDueTimers(P p) {
        TimerHeap timers = s.timers;
        Timer t;
        while ((t = timers.peek()) != null && t.when <= s.nanos) {
            timers.remove(t);
            if (t.period > 0) {
                long next = t.when + t.period * (1 + (s.nanos - t.when) / t.period);
                t.when = next < t.when ? Long.MAX_VALUE : next;
                timers.add(t);
            }
            s.totalSteps += costs.timerFire();
            s.curP = p;
            s.curG = null;
            try {
                t.callback.run();
            } catch (GoroutineKilled k) {
                throw k;
            } catch (RuntimeException | StackOverflowError e) {
                s.end(Outcome.INTERNAL_ERROR, 70, "timer callback: " + e, null, null, null, e);
                return;
            }
        }
    }

    private int granularity() {
        int g = costs.granularity();
        if (!s.perturbed) return g;
        if (s.rand.nextInt(16) == 0) return 1 + s.rand.nextInt(Math.max(1, g / 4));
        return g / 2 + s.rand.nextInt(g + g / 2 + 1);
    }

    /** Seeds other than 0: anywhere from 1/64 to 4 times the default, log-uniformly. */
    private long wakeLatency() {
        long l = costs.wakeLatency();
        if (!s.perturbed || l == 0) return l;
        int k = s.rand.nextInt(8);
        long base = Math.max(1, k < 6 ? l >> (6 - k) : l << (k - 6));
        return base + s.rand.nextInt((int) Math.min(Integer.MAX_VALUE, base));
    }
}
