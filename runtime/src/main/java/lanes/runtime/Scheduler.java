package lanes.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one Go program's goroutines: Go's proc.go, on Java threads that take turns.
 *
 * <h2>The baton</h2>
 * Every goroutine has a Java thread (main: see {@link SchedulerConfig.MainThread}; the others
 * virtual threads), but exactly one of them runs at any instant: the one holding the baton
 * ({@link #baton}). A thread gives the baton away only inside a scheduler call — {@link #tick},
 * {@link #park}, a channel operation, the end of its body — after deciding, with the world
 * stopped, who runs next; it then parks until the baton comes back. So all scheduler state
 * (processors, queues, channels, timers, goroutine records) is touched by one thread at a
 * time and needs no lock: the volatile write of {@code baton} by the giver and the volatile
 * read by the taker order everything. Which goroutine runs next depends only on the seed and
 * the program, never on host timing, so a run replays exactly.
 *
 * <h2>Processors and the step clock</h2>
 * GOMAXPROCS simulated processors ({@link P}) each carry a step clock: the simulated CPU time
 * they have used, counted in interpreter steps. Parallelism is simulated by always running
 * the busy processor whose clock is lowest, for a slice that ends {@code granularity} steps
 * past the next-lowest one, so that busy processors advance together and unsynchronised code
 * really interleaves. Waking an idle processor ({@code wakep}) makes it look for work only
 * {@code wakeLatency} steps later. The hot path is {@link #tick()}: a decrement and a test.
 *
 * <h2>The virtual clock</h2>
 * Virtual time ({@link #nanotime()}) is separate from the step clock and advances only when
 * no processor has anything to do and a timer is pending: it then jumps to the earliest
 * timer. When nothing can run and no timer is pending, the run ends in a deadlock.
 *
 * <h2>Ending</h2>
 * A run ends when main's body returns, when a goroutine calls {@link #exit}, {@link #fatal}
 * or {@link #panicked}, on a deadlock, or on a limit. The first ending wins; the world is
 * frozen (the interpreter's {@link SchedulerConfig#snapshot()} function sees every goroutine
 * as it was), then every other goroutine's thread is woken to throw {@link GoroutineKilled},
 * which unwinds its Java stack, and {@link #run} returns once all of them have terminated.
 *
 * <h2>Rules for the interpreter</h2>
 * Call the scheduler only from the goroutine that holds the baton (the one running the
 * call), or from timer callbacks. A goroutine body must let {@link GoroutineKilled} pass, and
 * must run no Go deferred calls for it. Everything here is per instance: a Scheduler runs one
 * program once.
 */
public final class Scheduler {
    /** The simulated machine's CPU count: {@code runtime.NumCPU()} and the default GOMAXPROCS. */
    public static final int NUM_CPU = 8;
    public static final int MAX_PROCS = 256;
    /** Unix time of the virtual clock's zero, 2009-11-10 23:00:00 UTC (the Playground's). */
    public static final long EPOCH_UNIX_NANOS = 1_257_894_000L * 1_000_000_000L;

    private static final int MAX_SLICE = 1 << 16;
    private static final int MAX_CHARGE = 1 << 24;
    private static final int PLATFORM_SPINS = 4_000;
    private static final long WALL_GRACE_NANOS = 2_000_000_000L;
    private static final long KILL_STALL_NANOS = 2_000_000_000L;

    final SchedulerConfig config;
    final Costs costs;
    final Rand rand;
    final boolean perturbed;
    final TraceListener trace;
    final Procs procs;
    private final TimerHeap timers = new TimerHeap();

    /** Virtual time, ns since the run began. */
    private long nanos;
    /** The furthest any processor's step clock has got: where idle processors wake. */
    private long horizon;
    private long totalSteps;

    private G allHead, allTail;
    private int live;
    private long nextGoid = 1;
    private long nextChanId = 1;

    /** The processor and goroutine of the running slice (goroutine null in scheduler context). */
    private P curP;
    private G curG;
    /** Steps left in the slice. Invariant: {@code sliceLen - budget} steps are not yet on curP's clock. */
    private int budget;
    private int sliceLen;

    private volatile G baton;
    private volatile boolean finished;
    private final AtomicReference<RunResult> result = new AtomicReference<>();
    private final AtomicInteger liveThreads = new AtomicInteger();
    private final ThreadFactory virtualThreads = Thread.ofVirtual().inheritInheritableThreadLocals(false).factory();
    private final boolean mainOnPlatform;
    private Thread host;
    private Thread mainThread;
    private boolean hasWallDeadline;
    private long wallDeadline;

    public Scheduler(SchedulerConfig config) {
        this.config = config;
        this.costs = config.costs();
        this.rand = new Rand(config.seed());
        this.perturbed = config.seed() != 0;
        this.trace = config.trace();
        this.procs = new Procs(config.procs(), rand, perturbed);
        this.mainOnPlatform = switch (config.mainThread()) {
            case PLATFORM -> true;
            case VIRTUAL -> false;
            case AUTO -> StackDepth.virtualThreadStackBytes() < StackDepth.DEEP_ENOUGH_BYTES;
        };
    }

    // =====================================================================================
    // Running a program

    /**
     * Runs {@code mainBody} as goroutine 1 and returns how the program ended, after every
     * goroutine's thread has terminated. Call once, from a thread that is not a goroutine.
     */
    public RunResult run(Runnable mainBody) {
        if (host != null) throw new IllegalStateException("a Scheduler runs one program, once");
        host = Thread.currentThread();
        if (config.wallTimeoutNanos() > 0) {
            hasWallDeadline = true;
            wallDeadline = System.nanoTime() + config.wallTimeoutNanos();
        }
        G main = newG(mainBody, null, true);
        for (int i = procs.n - 1; i >= 1; i--) procs.pidleput(procs.allp[i]);
        curP = procs.allp[0];
        if (trace != null) emit(TraceEvent.Kind.GO_CREATE, main.id, 0, null);
        execute(curP, main, false);
        G first = pickNext();
        if (first != null) transfer(null, first);
        awaitEnd();
        killAll();
        return result.get();
    }

    private void awaitEnd() {
        while (!finished) {
            if (!hasWallDeadline) {
                LockSupport.park(this);
                continue;
            }
            long left = wallDeadline + WALL_GRACE_NANOS - System.nanoTime();
            if (left <= 0) {
                // The running goroutine stopped calling the scheduler (a Java loop without
                // ticks, or blocking I/O): end without stopping the world.
                publish(new RunResult(Outcome.LIMIT, 2, limitMessage(Limit.WALL_TIME), null, null, Limit.WALL_TIME,
                        List.of(), totalSteps, nanos, null, config.seed()));
                return;
            }
            LockSupport.parkNanos(this, left);
        }
    }

    /** Wakes every parked goroutine thread to unwind, and waits until all have terminated. */
    private void killAll() {
        for (G g = allHead; g != null; g = g.allNext) {
            Thread t = g.thread;
            if (t != null) LockSupport.unpark(t);
        }
        // Wait while threads keep terminating; give up on any stuck in Java code that no
        // longer calls the scheduler (it is a daemon thread and cannot hold the JVM).
        int last = liveThreads.get();
        long stalledSince = System.nanoTime();
        while (last > 0) {
            LockSupport.parkNanos(this, 10_000_000L);
            int now = liveThreads.get();
            if (now < last) {
                last = now;
                stalledSince = System.nanoTime();
            } else if (System.nanoTime() - stalledSince > KILL_STALL_NANOS) {
                break;
            }
        }
        Thread m = mainThread;
        if (m != null && !m.isVirtual() && liveThreads.get() == 0) {
            try {
                m.join(KILL_STALL_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timers.clear();
    }

    /** True if the main goroutine runs on a platform thread, false for a virtual thread (see the config). */
    public boolean mainOnPlatformThread() {
        return mainOnPlatform;
    }

    /** Number of goroutine threads started and not yet terminated (for leak checks). */
    public int liveThreads() {
        return liveThreads.get();
    }

    /** The result once the run has ended, else null. */
    public RunResult result() {
        return result.get();
    }

    // =====================================================================================
    // Ending the program. Each records the ending (first one wins), stops the world and
    // throws GoroutineKilled to unwind the caller; the return type lets callers write
    // {@code throw sched.exit(3);}.

    /** {@code os.Exit(code)}: the program ends now; no deferred call runs anywhere. */
    public GoroutineKilled exit(int code) {
        end(Outcome.EXIT, code, null, curG, null, null, null);
        throw GoroutineKilled.INSTANCE;
    }

    /**
     * {@code fatal error: message}: the current goroutine is the culprit (shown
     * {@code [running]}), nothing recovers it and no deferred call runs.
     */
    public GoroutineKilled fatal(String message) {
        end(Outcome.FATAL, 2, message, curG, null, null, null);
        throw GoroutineKilled.INSTANCE;
    }

    /**
     * A panic escaped the current goroutine (its deferred calls have run): the program dies.
     * {@code panic} is whatever the interpreter needs to print it (value, chain, Go stack).
     */
    public GoroutineKilled panicked(Object panic) {
        end(Outcome.PANIC, 2, null, curG, panic, null, null);
        throw GoroutineKilled.INSTANCE;
    }

    private GoroutineKilled endLimit(Limit limit) {
        end(Outcome.LIMIT, 2, limitMessage(limit), curG, null, limit, null);
        return GoroutineKilled.INSTANCE;
    }

    private String limitMessage(Limit limit) {
        return switch (limit) {
            case STEPS -> limit.words() + " (" + config.maxSteps() + " steps)";
            case GOROUTINES -> limit.words() + " (" + config.maxGoroutines() + " live goroutines)";
            case VIRTUAL_TIME -> limit.words() + " (" + config.maxVirtualNanos() / 1_000_000_000L + "s of virtual time)";
            case WALL_TIME -> limit.words() + " (" + config.wallTimeoutNanos() / 1_000_000L + "ms)";
        };
    }

    private void end(Outcome outcome, int code, String message, G culprit, Object panic, Limit limit, Throwable err) {
        if (finished) return;
        if (curG != null) syncClock();
        List<G> gs = new ArrayList<>(live);
        var snap = config.snapshot();
        for (G g = allHead; g != null; g = g.allNext) {
            gs.add(g);
            if (snap != null) {
                try {
                    g.snapshot = snap.apply(g);
                } catch (RuntimeException e) {
                    g.snapshot = null;
                }
            }
        }
        publish(new RunResult(outcome, code, message, culprit, panic, limit, Collections.unmodifiableList(gs),
                totalSteps, nanos, err, config.seed()));
    }

    private void publish(RunResult r) {
        if (!result.compareAndSet(null, r)) return;
        finished = true;
        LockSupport.unpark(host);
    }

    // =====================================================================================
    // The hot path

    /**
     * One step: the interpreter calls this on every loop back-edge and function call. Another
     * goroutine may run before it returns (preemption, or another processor's turn).
     */
    public void tick() {
        if (--budget <= 0) tickSlow();
    }

    /** Charges {@code steps} extra steps for an expensive operation (allocation, formatting…). */
    public void charge(int steps) {
        if (steps <= 0) return;
        budget -= Math.min(steps, MAX_CHARGE);
        if (budget <= 0) tickSlow();
    }

    /** Charges one write of {@code bytes} bytes to standard output or error. */
    public void chargeOutput(int bytes) {
        int c = costs.outputBase() + costs.outputPerByte() * (Math.max(0, bytes) >>> 6);
        if (perturbed && c > 0) c = c / 2 + rand.nextInt(c + 1);
        charge(c);
    }

    private void tickSlow() {
        if (finished) throw GoroutineKilled.INSTANCE;
        G me = curG;
        if (me == null) {
            budget = sliceLen = 0;
            return;
        }
        syncClock();
        if (totalSteps >= config.maxSteps()) throw endLimit(Limit.STEPS);
        if (hasWallDeadline && System.nanoTime() - wallDeadline > 0) throw endLimit(Limit.WALL_TIME);
        P p = curP;
        if (p.clock - p.sliceStart >= costs.quantum()) {
            if (p.hasLocalWork() || procs.gSize > 0) {
                me.state = GState.RUNNABLE;
                if (trace != null) emit(TraceEvent.Kind.GO_PREEMPT, me.id, 0, null);
                procs.globput(me);
                p.curg = null;
                wakep();
                scheduleP(p);
            } else {
                p.sliceStart = p.clock;
            }
        }
        switchAway(me);
    }

    /** Folds the steps used so far in this slice into the processor's clock. */
    private void syncClock() {
        int used = sliceLen - budget;
        if (used == 0) return;
        P p = curP;
        p.clock += used;
        totalSteps += used;
        sliceLen = budget;
        if (p.clock > horizon) horizon = p.clock;
    }

    // =====================================================================================
    // Goroutines

    /**
     * The {@code go} statement: makes a goroutine that will run {@code body} (which must follow
     * the rules in the class comment) and puts it in the current processor's runnext slot.
     * {@code creatorInfo} is kept for dumps ({@code created by …}).
     */
    public G go(Runnable body, Object creatorInfo) {
        if (finished) throw GoroutineKilled.INSTANCE;
        if (live >= config.maxGoroutines()) throw endLimit(Limit.GOROUTINES);
        G g = newG(body, creatorInfo, false);
        if (trace != null) emit(TraceEvent.Kind.GO_CREATE, g.id, g.creatorId, null);
        if (curG != null) budget -= costs.goStatement();
        procs.runqput(curP, g, true);
        wakep();
        return g;
    }

    private G newG(Runnable body, Object creatorInfo, boolean isMain) {
        G creator = curG;
        G g = new G(nextGoid++, creator == null ? 0 : creator.id, creatorInfo, body, isMain);
        g.allPrev = allTail;
        if (allTail == null) allHead = g;
        else allTail.allNext = g;
        allTail = g;
        live++;
        return g;
    }

    private void unlinkG(G g) {
        if (g.allPrev == null) allHead = g.allNext;
        else g.allPrev.allNext = g.allNext;
        if (g.allNext == null) allTail = g.allPrev;
        else g.allNext.allPrev = g.allPrev;
        g.allPrev = g.allNext = null;
        live--;
    }

    /** The goroutine holding the baton; null in timer callbacks. */
    public G current() {
        return curG;
    }

    /** {@code runtime.NumGoroutine()}: goroutines created and not yet finished. */
    public int numGoroutine() {
        return live;
    }

    /**
     * Parks the current goroutine until someone calls {@link #ready} on it. The building block
     * of every blocking operation; the reason shows in dumps.
     */
    public void park(WaitReason reason) {
        G me = curG;
        if (me == null) throw new IllegalStateException("park outside a goroutine");
        if (finished) throw GoroutineKilled.INSTANCE;
        syncClock();
        me.state = GState.WAITING;
        me.waitReason = reason;
        me.waitSince = nanos;
        if (trace != null) emit(TraceEvent.Kind.GO_BLOCK, me.id, 0, reason);
        P p = curP;
        p.curg = null;
        scheduleP(p);
        switchAway(me);
    }

    /** Parks the current goroutine for good (nil channels, {@code select {}}). */
    public void blockForever(WaitReason reason) {
        for (;;) park(reason);
    }

    /**
     * Makes a parked goroutine runnable (Go's goready): it goes to the current processor's
     * runnext slot, and an idle processor is woken to help if there is one.
     */
    public void ready(G g) {
        if (finished) throw GoroutineKilled.INSTANCE;
        if (g.state != GState.WAITING) throw new IllegalStateException("ready of " + g);
        g.state = GState.RUNNABLE;
        g.waitReason = null;
        if (trace != null) emit(TraceEvent.Kind.GO_UNBLOCK, g.id, curG == null ? 0 : curG.id, null);
        procs.runqput(curP, g, true);
        wakep();
    }

    /** {@code runtime.Gosched()}: the current goroutine goes to the back of the global queue. */
    public void gosched() {
        yieldTo(true);
    }

    /** Go's goyield: like Gosched, but to the back of the current processor's queue. */
    void goyield() {
        yieldTo(false);
    }

    private void yieldTo(boolean global) {
        G me = curG;
        if (me == null) throw new IllegalStateException("yield outside a goroutine");
        if (finished) throw GoroutineKilled.INSTANCE;
        syncClock();
        me.state = GState.RUNNABLE;
        if (trace != null) emit(TraceEvent.Kind.GO_YIELD, me.id, 0, null);
        P p = curP;
        p.curg = null;
        if (global) {
            procs.globput(me);
            wakep();
        } else {
            procs.runqput(p, me, false);
        }
        scheduleP(p);
        switchAway(me);
    }

    /**
     * {@code runtime.Goexit()}, called once the goroutine's deferred calls have run: the
     * goroutine ends now. Throws GoroutineKilled to unwind its Java stack; the scheduler
     * catches it at the bottom of the goroutine. If main exits this way the program goes on
     * until no goroutine is left, then dies with
     * {@code fatal error: no goroutines (main called runtime.Goexit) - deadlock!}.
     */
    public GoroutineKilled goexit() {
        G me = curG;
        if (me == null) throw new IllegalStateException("goexit outside a goroutine");
        me.exiting = true;
        throw GoroutineKilled.INSTANCE;
    }

    /**
     * {@code runtime.GOMAXPROCS(n)}: returns the previous setting and, if n > 0, changes it,
     * stopping the world as Go does: goroutines running on other processors go to the global
     * queue and every other processor's queued goroutines follow.
     */
    public int gomaxprocs(int n) {
        int prev = procs.n;
        if (n <= 0 || n == prev) return prev;
        if (n > MAX_PROCS) n = MAX_PROCS;
        G me = curG;
        if (me == null) throw new IllegalStateException("GOMAXPROCS outside a goroutine");
        syncClock();
        P cur = curP;
        long now = cur.clock;
        for (P p : procs.allp) {
            if (p == cur) continue;
            if (p.status != P.Status.IDLE && p.clock > now) now = p.clock;
            if (p.curg != null) {
                G g = p.curg;
                g.state = GState.RUNNABLE;
                if (trace != null) emit(TraceEvent.Kind.GO_PREEMPT, g.id, 0, null);
                procs.globput(g);
                p.curg = null;
            }
        }
        P keep = cur;
        if (cur.id >= n) {
            keep = procs.allp[0];
            keep.curg = me;
            keep.status = P.Status.RUNNING;
            keep.sliceStart = now;
            keep.schedtick = cur.schedtick;
            cur.curg = null;
            if (keep.runnext == null && cur.runnext != null) {
                keep.runnext = cur.runnext;
                cur.runnext = null;
            }
        }
        procs.resize(n, keep, now);
        keep.clock = now;
        if (now > horizon) horizon = now;
        curP = keep;
        if (procs.gSize > 0) wakep();
        return prev;
    }

    // =====================================================================================
    // Scheduling decisions (all run by the baton holder with the world stopped)

    /** After p's goroutine stopped (parked, ended, preempted, yielded): p picks its next one. */
    private void scheduleP(P p) {
        curP = p;
        curG = null;
        budget = sliceLen = 0;
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
        if (g != null && trace != null) emit(TraceEvent.Kind.STEAL, g.id, procs.victim.id, null);
        return g;
    }

    private void execute(P p, G g, boolean inheritTime) {
        p.status = P.Status.RUNNING;
        p.curg = g;
        p.stealArmed = false;
        g.state = GState.RUNNING;
        if (!inheritTime) {
            p.schedtick++;
            p.sliceStart = p.clock;
        }
        p.clock += costs.contextSwitch();
        if (p.clock > horizon) horizon = p.clock;
        if (trace != null) emit(TraceEvent.Kind.GO_RUN, g.id, 0, null);
    }

    private void idle(P p) {
        p.status = P.Status.IDLE;
        p.curg = null;
        p.stealArmed = false;
        procs.pidleput(p);
        if (trace != null) emit(TraceEvent.Kind.PROC_IDLE, 0, 0, null);
    }

    /**
     * Go's wakep: if no processor is already looking for work, an idle one starts looking
     * {@code wakeLatency} steps from now. The running slice is shortened so that the woken
     * processor gets its turn on time.
     */
    private void wakep() {
        if (procs.nspinning > 0 || procs.nidle == 0) return;
        if (curG != null) syncClock();
        long now = curP == null ? horizon : curP.clock;
        P p = procs.pidleget();
        p.status = P.Status.SPINNING;
        p.stealArmed = false;
        procs.nspinning++;
        p.clock = Math.max(p.clock, now) + wakeLatency();
        if (trace != null) emit(TraceEvent.Kind.PROC_WAKE, 0, p.id, null);
        if (curG != null) {
            long allowed = Math.max(1, p.clock + costs.granularity() - curP.clock);
            if (allowed < budget) budget = sliceLen = (int) allowed;
        }
    }

    /** A spinning processor's turn: it looks for work, and wakes another helper if it found some. */
    private void spin(P p) {
        curP = p;
        curG = null;
        budget = sliceLen = 0;
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
     * Picks the goroutine to run next: the busy processor with the lowest step clock runs its
     * goroutine for one slice; spinning processors whose time has come look for work first.
     * With every processor idle, timers fire or the clock jumps; if none is pending the run
     * ends. Returns null when the run is over.
     */
    private G pickNext() {
        for (;;) {
            if (finished) return null;
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

    private void startSlice(P p, P other) {
        curP = p;
        curG = p.curg;
        long limit = MAX_SLICE;
        if (other != null) limit = Math.min(limit, other.clock + granularity() - p.clock);
        limit = Math.min(limit, costs.quantum() - (p.clock - p.sliceStart));
        limit = Math.min(limit, config.maxSteps() - totalSteps);
        if (limit < 1) limit = 1;
        budget = sliceLen = (int) limit;
    }

    /** Every processor is idle: Go's checkdead, then timers. False when the run is over. */
    private boolean idleMachine() {
        curG = null;
        if (live == 0) {
            end(Outcome.FATAL, 2, RunResult.GOEXIT_MESSAGE, null, null, null, null);
            return false;
        }
        Timer t = timers.peek();
        if (t == null) {
            end(Outcome.DEADLOCK, 2, RunResult.DEADLOCK_MESSAGE, null, null, null, null);
            return false;
        }
        if (t.when > nanos) {
            if (t.when > config.maxVirtualNanos()) {
                endLimit(Limit.VIRTUAL_TIME);
                return false;
            }
            nanos = t.when;
            if (trace != null) emit(TraceEvent.Kind.CLOCK_ADVANCE, 0, 0, null);
        }
        if (hasWallDeadline && System.nanoTime() - wallDeadline > 0) {
            endLimit(Limit.WALL_TIME);
            return false;
        }
        P p = procs.allp[Math.min(t.proc, procs.n - 1)];
        procs.removeIdle(p);
        if (p.clock < horizon) p.clock = horizon;
        scheduleP(p);
        return true;
    }

    private int granularity() {
        int g = costs.granularity();
        if (!perturbed) return g;
        if (rand.nextInt(16) == 0) return 1 + rand.nextInt(Math.max(1, g / 4));
        return g / 2 + rand.nextInt(g + g / 2 + 1);
    }

    private long wakeLatency() {
        long l = costs.wakeLatency();
        if (!perturbed || l == 0) return l;
        int k = rand.nextInt(8);
        long base = Math.max(1, k < 6 ? l >> (6 - k) : l << (k - 6));
        return base + rand.nextInt((int) Math.min(Integer.MAX_VALUE, base));
    }

    // =====================================================================================
    // The baton

    /** Gives the baton to {@code next} and, unless {@code me} has ended, waits to get it back. */
    private void switchAway(G me) {
        G next = pickNext();
        if (next == null) {
            if (me != null) throw GoroutineKilled.INSTANCE;
            return;
        }
        transfer(me, next);
    }

    private void transfer(G me, G next) {
        if (next == me) return;
        Thread t = next.thread;
        boolean fresh = t == null;
        if (fresh) t = newThread(next);
        baton = next;
        if (fresh) t.start();
        else LockSupport.unpark(t);
        if (me != null) awaitBaton(me);
    }

    private void awaitBaton(G me) {
        if (me.platformThread) {
            // A platform thread's park and unpark cost microseconds; the baton often comes
            // straight back (ping-pong with main), so wait briefly before parking. Virtual
            // threads never spin: a spinning virtual thread would hold a carrier.
            for (int i = 0; i < PLATFORM_SPINS && baton != me; i++) Thread.onSpinWait();
        }
        while (baton != me) {
            if (finished) throw GoroutineKilled.INSTANCE;
            LockSupport.park(this);
        }
        if (finished) throw GoroutineKilled.INSTANCE;
    }

    private Thread newThread(G g) {
        Thread t;
        if (g.isMain && mainOnPlatform) {
            t = new Thread(null, () -> threadMain(g), "lanes-main", config.mainStackBytes());
            t.setDaemon(true);
            g.platformThread = true;
        } else {
            t = virtualThreads.newThread(() -> threadMain(g));
        }
        if (g.isMain) mainThread = t;
        g.thread = t;
        liveThreads.incrementAndGet();
        return t;
    }

    /** The bottom of every goroutine's thread. */
    private void threadMain(G g) {
        try {
            awaitBaton(g);
            Runnable body = g.body;
            g.body = null;
            try {
                body.run();
            } catch (GoroutineKilled k) {
                if (!g.exiting || finished) throw k;
            }
            if (g.isMain && !g.exiting) {
                end(Outcome.RETURNED, 0, null, null, null, null, null);
                return;
            }
            goEnd(g);
        } catch (GoroutineKilled k) {
            // unwound: the run is over
        } catch (Throwable t) {
            escaped(g, t);
        } finally {
            if (liveThreads.decrementAndGet() == 0 && finished) LockSupport.unpark(host);
        }
    }

    private void goEnd(G g) {
        syncClock();
        g.state = GState.DEAD;
        g.waitReason = null;
        unlinkG(g);
        if (trace != null) emit(TraceEvent.Kind.GO_END, g.id, 0, null);
        P p = curP;
        p.curg = null;
        scheduleP(p);
        switchAway(null);
    }

    /** Safety net for exceptions the interpreter let escape a goroutine body. */
    private void escaped(G g, Throwable t) {
        if (finished || baton != g) return;
        if (t instanceof GoRuntimeFault f) {
            end(Outcome.PANIC, 2, f.getMessage(), g, f, null, null);
        } else if (t instanceof StackOverflowError) {
            end(Outcome.FATAL, 2, "stack overflow", g, null, null, t);
        } else {
            end(Outcome.INTERNAL_ERROR, 70, String.valueOf(t), g, null, null, t);
        }
    }

    // =====================================================================================
    // Time

    /** Virtual time, ns since the run began (Go's monotonic clock). */
    public long nanotime() {
        return nanos;
    }

    /** Virtual wall-clock time, Unix ns: {@code time.Now()}. */
    public long unixNanos() {
        return EPOCH_UNIX_NANOS + nanos;
    }

    /**
     * Simulated CPU time of the current processor, ns (its step clock times
     * {@link Costs#nsPerStep()}); advances while goroutines compute, unlike virtual time.
     */
    public long cpuNanos() {
        if (curG != null) syncClock();
        return (curP == null ? horizon : curP.clock) * costs.nsPerStep();
    }

    /** {@code time.Sleep(d)}: parks with reason {@code sleep}; returns at once if d <= 0. */
    public void sleep(long d) {
        if (d <= 0) return;
        G me = curG;
        if (me == null) throw new IllegalStateException("sleep outside a goroutine");
        if (finished) throw GoroutineKilled.INSTANCE;
        Timer t = me.sleepTimer;
        if (t == null) {
            t = new Timer(this, () -> ready(me));
            me.sleepTimer = t;
        }
        t.period = 0;
        arm(t, d);
        park(WaitReason.SLEEP);
    }

    /**
     * A timer that runs {@code callback} on the scheduler {@code delayNanos} from now (at once,
     * at the next scheduling point, if <= 0) and then every {@code periodNanos} if that is > 0.
     */
    public Timer newTimer(long delayNanos, long periodNanos, Runnable callback) {
        if (finished) throw GoroutineKilled.INSTANCE;
        Timer t = new Timer(this, callback);
        t.period = Math.max(0, periodNanos);
        arm(t, delayNanos);
        return t;
    }

    private void arm(Timer t, long delay) {
        long when = nanos;
        if (delay > 0) when = nanos + delay < nanos ? Long.MAX_VALUE : nanos + delay;
        t.when = when;
        t.proc = curP == null ? 0 : curP.id;
        timers.add(t);
    }

    boolean timerStop(Timer t) {
        if (t.heapIndex < 0) return false;
        timers.remove(t);
        return true;
    }

    boolean timerReset(Timer t, long delay, long period) {
        boolean was = timerStop(t);
        t.period = Math.max(0, period);
        arm(t, delay);
        return was;
    }

    /** Runs the timers whose time has come, in p's context, with no goroutine current. */
    private void runDueTimers(P p) {
        Timer t;
        while ((t = timers.peek()) != null && t.when <= nanos) {
            timers.remove(t);
            if (t.period > 0) {
                long next = t.when + t.period * (1 + (nanos - t.when) / t.period);
                t.when = next < t.when ? Long.MAX_VALUE : next;
                timers.add(t);
            }
            totalSteps += costs.timerFire();
            curP = p;
            curG = null;
            try {
                t.callback.run();
            } catch (GoroutineKilled k) {
                throw k;
            } catch (RuntimeException | StackOverflowError e) {
                end(Outcome.INTERNAL_ERROR, 70, "timer callback: " + e, null, null, null, e);
                return;
            }
        }
    }

    // =====================================================================================
    // Channels and select

    /** {@code make(chan T, capacity)}; {@code zero} is what a receive on the closed channel returns. */
    public Chan makeChan(int capacity, Object zero) {
        if (capacity < 0) throw GoRuntimeFault.plain("makechan: size out of range");
        return new Chan(this, nextChanId++, capacity, zero);
    }

    /** {@code ch <- v} with ch nil: blocks forever ({@code chan send (nil chan)}). */
    public void sendNil() {
        blockForever(WaitReason.CHAN_SEND_NIL);
    }

    /** {@code <-ch} with ch nil: blocks forever ({@code chan receive (nil chan)}). */
    public void recvNil() {
        blockForever(WaitReason.CHAN_RECEIVE_NIL);
    }

    /** {@code close(ch)} with ch nil: panics {@code close of nil channel}. */
    public void closeNil() {
        throw GoRuntimeFault.plain("close of nil channel");
    }

    /**
     * A {@code select} statement: returns the index of the case that ran, or -1 for default.
     * A nil channel's case is never ready. The chosen receive case's value and ok are in the
     * case ({@link SelectCase#value()}, {@link SelectCase#ok()}). With no cases and no default
     * ({@code select {}}) it blocks forever. Panics {@code send on closed channel} if the chosen
     * send case's channel is closed.
     */
    public int select(SelectCase[] cases, boolean hasDefault) {
        return Select.select(this, cases, hasDefault);
    }

    // =====================================================================================
    // Machine facts, randomness, tracing

    /** The current GOMAXPROCS. */
    public int procs() {
        return procs.n;
    }

    public SchedulerConfig config() {
        return config;
    }

    /** Steps run so far over all processors. */
    public long steps() {
        if (curG != null) syncClock();
        return totalSteps;
    }

    /** A random long from the run's seeded generator (map iteration, math/rand). */
    public long randomLong() {
        return rand.nextLong();
    }

    /** A random int in [0, bound) from the run's seeded generator. */
    public int randomInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound " + bound);
        return rand.nextInt(bound);
    }

    boolean tracing() {
        return trace != null;
    }

    void emit(TraceEvent.Kind kind, long g, long peer, WaitReason reason) {
        P p = curP;
        long step = p == null ? horizon : p.clock + (curG != null ? sliceLen - budget : 0);
        trace.event(new TraceEvent(kind, step, nanos, p == null ? -1 : p.id, g, peer, reason));
    }

    boolean isFinished() {
        return finished;
    }

    /**
     * The live goroutines in creation order, main first: for {@code GOTRACEBACK=all}-style
     * dumps while the program runs (call from a goroutine). After the run, use the result.
     */
    public List<G> goroutines() {
        List<G> gs = new ArrayList<>(live);
        for (G g = allHead; g != null; g = g.allNext) gs.add(g);
        return gs;
    }

    G goroutineForTest(long id) {
        for (G g = allHead; g != null; g = g.allNext) if (g.id == id) return g;
        return null;
    }
}
