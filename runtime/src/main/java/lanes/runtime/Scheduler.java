package lanes.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one Go program's goroutines: the public face of the runtime (Go's proc.go and
 * time.go), over {@link Dispatch} (who runs next) and {@link Baton} (the threads).
 *
 * <h2>One goroutine at a time</h2>
 * Every goroutine has a Java thread, but exactly one runs at any instant: the one holding
 * the baton. A thread gives the baton away only inside a scheduler call — {@link #tick},
 * {@link #park}, a channel operation, the end of its body — after deciding, with the world
 * stopped, who runs next. So all runtime state (processors, queues, channels, timers,
 * goroutine records) is touched by one thread at a time and needs no lock. Which goroutine
 * runs next depends only on the seed and the program, never on host timing: a run replays.
 *
 * <h2>Two clocks</h2>
 * The step clock is simulated CPU time: each of the GOMAXPROCS processors counts the
 * interpreter steps ({@link #tick()}, {@link #charge}) its goroutines run, and the busy
 * processors take turns in small slices so that their goroutines interleave as if in
 * parallel. Virtual time ({@link #nanotime()}) is what {@code time} sees; it advances only
 * when no processor has anything to do and a timer is pending, jumping to that timer. When
 * nothing can run and no timer is pending, the run ends in a deadlock.
 *
 * <h2>Ending</h2>
 * A run ends when main's body returns, when a goroutine calls {@link #exit}, {@link #fatal}
 * or {@link #panicked}, on a deadlock, or on a limit. The first ending wins; with the world
 * stopped the config's snapshot function sees every goroutine as it was; then every other
 * goroutine's thread is woken to throw {@link GoroutineKilled}, which unwinds its Java stack,
 * and {@link #run} returns once all of them have terminated.
 *
 * <h2>Controlled schedules</h2>
 * With a {@link Strategy} in the config (PCT, exhaustive exploration, a recorded schedule) the
 * run uses one processor, unperturbed, and at every switch point — {@link #syncPoint}, called
 * before each synchronisation operation, plus blocking, ending, Gosched and preemption — the
 * strategy picks which runnable goroutine goes on. Without one, {@link #syncPoint} does
 * nothing and the schedule is exactly the usual one.
 *
 * <h2>Rules for the interpreter</h2>
 * Call the scheduler only from the goroutine that is running (it holds the baton), or from a
 * timer callback. A goroutine body must let {@link GoroutineKilled} pass and must run no Go
 * deferred calls for it. A Scheduler runs one program, once; it has no static state.
 */
public final class Scheduler {
    /** The simulated machine's CPU count: {@code runtime.NumCPU()} and the default GOMAXPROCS. */
    public static final int NUM_CPU = 8;
    public static final int MAX_PROCS = 256;
    /** Unix time of the virtual clock's zero, 2009-11-10 23:00:00 UTC (the Playground's). */
    public static final long EPOCH_UNIX_NANOS = 1_257_894_000L * 1_000_000_000L;

    private static final int MAX_CHARGE = 1 << 24;
    private static final long WALL_GRACE_NANOS = 2_000_000_000L;

    final SchedulerConfig config;
    final Costs costs;
    final Rand rand;
    final boolean perturbed;
    final TraceListener trace;
    final Procs procs;
    /** A controlled schedule, or null for the usual model (see {@link Strategy}). */
    final Strategy strategy;
    /** GOMAXPROCS as the program sees it under a strategy (which runs on one processor). */
    private int shownProcs;
    /** The goroutine that ran last, for the strategy. */
    G lastRun;
    final TimerHeap timers = new TimerHeap();
    private final Dispatch dispatch;
    private final Baton baton;

    /** Virtual time, ns since the run began. */
    long nanos;
    /** The furthest any processor's step clock has got: where idle processors wake. */
    long horizon;
    long totalSteps;

    private G allHead, allTail;
    private int live;
    private long nextGoid = 1;
    private long nextChanId = 1;

    /** The processor and goroutine of the running slice (goroutine null in scheduler context). */
    P curP;
    G curG;
    /**
     * Steps left in the running chunk of the slice. Invariant: {@code sliceLen - budget} steps
     * are not yet on curP's clock. A slice is handed out in chunks of at most {@link #CHUNK}
     * steps, {@code reserve} being the rest: a chunk's end only starts the next one, so the JIT
     * sees {@link #tick}'s slow path taken early and compiles it as a call instead of a trap
     * that throws the compiled interpreter away at the end of the first slice.
     */
    int budget;
    int sliceLen;
    private long reserve;
    static final int CHUNK = 1_000;

    /** The running goroutine may take {@code steps} more steps (none yet used: the clock is synced). */
    void setSlice(long steps) {
        int c = (int) Math.min(steps, CHUNK);
        budget = sliceLen = c;
        reserve = steps - c;
    }

    /** Steps left in the slice. */
    long sliceLeft() {
        return budget + reserve;
    }

    /** Happens-before edges for a race detector; null (and never called) without one. */
    SyncHook syncHook;

    private volatile boolean finished;
    private final AtomicReference<RunResult> result = new AtomicReference<>();
    private Thread host;
    private boolean hasWallDeadline;
    private long wallDeadline;

    public Scheduler(SchedulerConfig config) {
        this.config = config;
        this.costs = config.costs();
        this.rand = new Rand(config.seed());
        this.strategy = config.strategy();
        this.perturbed = config.seed() != 0 && strategy == null;
        this.trace = config.trace();
        this.shownProcs = config.procs();
        this.procs = new Procs(strategy == null ? config.procs() : 1, rand, perturbed);
        this.dispatch = new Dispatch(this);
        boolean platformMain = switch (config.mainThread()) {
            case PLATFORM -> true;
            case VIRTUAL -> false;
            case AUTO -> StackDepth.virtualThreadStackBytes() < StackDepth.DEEP_ENOUGH_BYTES;
        };
        this.baton = new Baton(this, platformMain, config.mainStackBytes());
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
        if (strategy != null) strategy.created(main);
        if (syncHook != null) syncHook.spawned(null, main);
        for (int i = procs.n - 1; i >= 1; i--) procs.pidleput(procs.allp[i]);
        curP = procs.allp[0];
        if (trace != null) emit(TraceEvent.Kind.GO_CREATE, main.id, 0, null);
        dispatch.execute(curP, main, false);
        G first = dispatch.pickNext();
        if (first != null) baton.transfer(null, first);
        awaitEnd();
        if (!processExits) baton.killAll(allHead);
        timers.clear();
        return result.get();
    }

    private boolean processExits;

    /**
     * The JVM exits once this run has ended and been reported ({@code lanes run}): goroutines
     * still parked at the end are left parked, as a Go program's exit leaves its goroutines,
     * instead of each being woken to unwind its stack (for a hundred thousand parked
     * goroutines that took seconds). {@link #liveThreads} then stays above zero. Call before
     * {@link #run}.
     */
    public void processExitsAfterRun() {
        processExits = true;
    }

    private void awaitEnd() {
        while (!finished) {
            if (!hasWallDeadline) {
                LockSupport.park(this);
                continue;
            }
            long left = wallDeadline + WALL_GRACE_NANOS - System.nanoTime();
            if (left <= 0) {
                // The running goroutine stopped calling the scheduler (Java code without
                // ticks, or blocking I/O): end without stopping the world.
                publish(new RunResult(Outcome.LIMIT, 2, limitMessage(Limit.WALL_TIME), null, null, Limit.WALL_TIME,
                        List.of(), totalSteps, nanos, null, config.seed()));
                return;
            }
            LockSupport.parkNanos(this, left);
        }
    }

    /**
     * The Go-level life of a goroutine, on its own thread once it first holds the baton.
     * A kill passes through (there is deliberately no handler for it here); an exception the
     * interpreter let escape ends the run, here or in {@link #uncaught}.
     */
    void runGoroutine(G g) {
        Runnable body = g.body;
        g.body = null;
        try {
            body.run();
        } catch (GoroutineKilled.Goexit e) {
            // runtime.Goexit: the goroutine ends below, the program goes on
        } catch (RuntimeException e) {
            escaped(g, e);
            return;
        }
        if (g.isMain && !g.exiting) {
            end(Outcome.RETURNED, 0, null, null, null, null, null);
            return;
        }
        syncClock();
        g.state = GState.DEAD;
        g.waitReason = null;
        unlinkG(g);
        if (trace != null) emit(TraceEvent.Kind.GO_END, g.id, 0, null);
        P p = curP;
        p.curg = null;
        dispatch.scheduleP(p);
        switchAway(null);
    }

    /** An Error other than a kill escaped goroutine g's thread (stack overflow, interpreter bug). */
    void uncaught(G g, Throwable t) {
        if (t == GoroutineKilled.INSTANCE) {
            if (finished) return;
            t = new IllegalStateException("GoroutineKilled thrown by a running goroutine");
        }
        escaped(g, t);
    }

    /** Safety net for exceptions the interpreter let escape a goroutine body. */
    private void escaped(G g, Throwable t) {
        if (finished || !baton.heldBy(g)) return;
        if (t instanceof GoRuntimeFault f) {
            end(Outcome.PANIC, 2, f.getMessage(), g, f, null, null);
        } else if (t instanceof StackOverflowError) {
            end(Outcome.FATAL, 2, "stack overflow", g, null, null, t);
        } else {
            end(Outcome.INTERNAL_ERROR, 70, String.valueOf(t), g, null, null, t);
        }
    }

    /** True if the main goroutine runs on a platform thread, false for a virtual thread (see the config). */
    public boolean mainOnPlatformThread() {
        return baton.mainOnPlatform();
    }

    /** Number of goroutine threads started and not yet terminated (for leak checks). */
    public int liveThreads() {
        return baton.liveThreads();
    }

    /** The result once the run has ended, else null. */
    public RunResult result() {
        return result.get();
    }

    boolean pauseRequested() {
        return pauseRequested;
    }

    /** True while a REPL session waits for its next input. */
    public boolean paused() {
        return paused;
    }

    boolean isFinished() {
        return finished;
    }

    void wakeHost() {
        LockSupport.unpark(host);
    }

    // =====================================================================================
    // REPL sessions. Main runs one input after another and parks with REPL_INPUT between
    // them. When main waits for input and nothing else can run, the machine pauses (no
    // baton holder, the host wakes) instead of declaring a deadlock; virtual time stands
    // still while paused. A deadlock or an interrupt during an input abandons that input:
    // main's waits become stale (its epoch changes) and its park throws Abandon.

    private boolean session;
    private G sessionMain;
    private volatile boolean paused;
    /** Set by the baton holder that found the machine idle; the pause is published in switchAway. */
    private boolean pauseRequested;
    private volatile boolean interruptRequested;
    /** Why main's last input was abandoned: the goroutines as a deadlock dump shows them, or null for an interrupt. */
    private RunResult abandonReport;
    /** The goroutines' dump headers ({@code chan receive}…) when the report was taken. */
    private List<String> abandonStates = List.of();
    private final List<Long> interruptedIds = new ArrayList<>();

    /**
     * Starts a session: {@code mainBody} runs as goroutine 1 and must loop calling {@link
     * #awaitInput}. Returns once main first waits for input (or the run ended).
     */
    public void startSession(Runnable mainBody) {
        if (host != null) throw new IllegalStateException("a Scheduler runs one program, once");
        host = Thread.currentThread();
        session = true;
        G main = newG(mainBody, null, true);
        sessionMain = main;
        for (int i = procs.n - 1; i >= 1; i--) procs.pidleput(procs.allp[i]);
        curP = procs.allp[0];
        if (trace != null) emit(TraceEvent.Kind.GO_CREATE, main.id, 0, null);
        dispatch.execute(curP, main, false);
        hostDispatch();
    }

    /** From the host: hands the baton to the next goroutine and waits for the pause or the end. */
    private void hostDispatch() {
        G next = dispatch.pickNext();
        if (next != null) {
            baton.transfer(null, next);
        } else if (pauseRequested) {
            pauseRequested = false;
            paused = true;
        }
        awaitPause();
    }

    /** Main, between inputs: parks until the host calls {@link #resume}. */
    public void awaitInput() {
        if (curG != sessionMain) throw new IllegalStateException("awaitInput outside the session's main");
        park(WaitReason.REPL_INPUT);
    }

    /**
     * The host hands main its next input: main runs, then every goroutine that can, until
     * main waits for input again and nothing else can run, or the run ends. Returns the
     * result if the run ended (the session is over), else null.
     */
    public RunResult resume() {
        if (!paused) throw new IllegalStateException("resume of a session that is not paused");
        host = Thread.currentThread(); // any one thread at a time may drive the session
        paused = false;
        G m = sessionMain;
        m.state = GState.RUNNABLE;
        m.waitReason = null;
        P p = procs.allp[0];
        procs.removeIdle(p);
        if (p.clock < horizon) p.clock = horizon;
        curP = p;
        dispatch.execute(p, m, false);
        hostDispatch();
        return result.get();
    }

    private void awaitPause() {
        while (!finished && !paused) LockSupport.park(this);
        if (finished) {
            baton.killAll(allHead);
            timers.clear();
        }
    }

    /** Ends a paused session: every goroutine is unwound. */
    public void endSession() {
        if (finished) return;
        end(Outcome.RETURNED, 0, null, null, null, null, null);
        baton.killAll(allHead);
        timers.clear();
    }

    /** From any thread: stop the running input and the goroutines that keep running (Ctrl-C). */
    public void interrupt() {
        if (session && !paused) interruptRequested = true;
    }

    /**
     * After an input: the deadlock report if main's input was abandoned in a deadlock, then
     * cleared. (The interrupt case is told by {@link #takeInterrupted}.)
     */
    public RunResult takeAbandonReport() {
        RunResult r = abandonReport;
        abandonReport = null;
        return r;
    }

    /** The dump headers of the goroutines in the last {@link #takeAbandonReport} report, in its order. */
    public List<String> abandonStates() {
        return abandonStates;
    }

    /** The goroutines (other than main) stopped by the last interrupt, then cleared. */
    public List<Long> takeInterrupted() {
        List<Long> l = new ArrayList<>(interruptedIds);
        interruptedIds.clear();
        return l;
    }

    /** True if main waits for input and nothing can run: the session's machine is paused. */
    boolean pauseIfIdle() {
        if (!session) return false;
        G m = sessionMain;
        Timer t = timers.peek();
        boolean dueTimer = t != null && t.when <= nanos;
        if (m.state == GState.WAITING && m.waitReason == WaitReason.REPL_INPUT && !dueTimer) {
            interruptRequested = false;
            pauseRequested = true;
            return true;
        }
        if (interruptRequested || t == null) {
            // main is stuck in its input: a deadlock (no timer can wake anyone) or Ctrl-C
            if (!interruptRequested) {
                abandonReport = snapshotAll(Outcome.DEADLOCK, RunResult.DEADLOCK_MESSAGE);
                List<String> states = new ArrayList<>();
                for (G g : abandonReport.goroutines()) states.add(g.statusWords());
                abandonStates = states;
            }
            abandonMain();
            return true;
        }
        return false;
    }

    private RunResult snapshotAll(Outcome o, String message) {
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
        return new RunResult(o, 2, message, null, null, null, Collections.unmodifiableList(gs), totalSteps, nanos, null, config.seed());
    }

    /** Main (parked inside its input) is made runnable; its park throws Abandon. */
    private void abandonMain() {
        G m = sessionMain;
        m.epoch++;
        m.abandoned = true;
        if (m.sleepTimer != null) timerStop(m.sleepTimer);
        m.state = GState.RUNNABLE;
        m.waitReason = null;
        P p = procs.allp[0];
        procs.removeIdle(p);
        if (p.clock < horizon) p.clock = horizon;
        curP = p;
        dispatch.execute(p, m, false);
    }

    /** The running main throws Abandon at once (an interrupt seen before it parks). */
    private GoroutineKilled abandonMainNow() {
        sessionMain.epoch++;
        return GoroutineKilled.Abandon.INSTANCE;
    }

    /** An interrupt seen by a running goroutine: main abandons its input, others end. */
    private void interruptRunning(G me) {
        if (!session) return;
        if (me == sessionMain) {
            if (me.waitReason == null) throw abandonMainNow();
            return;
        }
        interruptedIds.add(me.id);
        me.exiting = true;
        throw GoroutineKilled.Goexit.INSTANCE;
    }

    // =====================================================================================
    // Ending the program. Each records the ending (the first one wins), stops the world and
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

    GoroutineKilled endLimit(Limit limit) {
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

    /** Records how the run ended, with a snapshot of every live goroutine, and stops it. */
    void end(Outcome outcome, int code, String message, G culprit, Object panic, Limit limit, Throwable err) {
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

    boolean wallExpired() {
        return hasWallDeadline && System.nanoTime() - wallDeadline > 0;
    }

    // =====================================================================================
    // The hot path and the step clock

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
        if (reserve > 0 && curG != null && !finished && !interruptRequested && !wallExpired()) {
            // the next chunk of the same slice: nothing else changes
            do {
                int c = (int) Math.min(reserve, CHUNK);
                budget += c;
                sliceLen += c;
                reserve -= c;
            } while (budget <= 0 && reserve > 0);
            if (budget > 0) return;
        }
        if (finished) throw GoroutineKilled.INSTANCE;
        G me = curG;
        if (me == null) { // charged from a timer callback
            setSlice(0);
            return;
        }
        syncClock();
        if (interruptRequested) interruptRunning(me);
        if (totalSteps >= config.maxSteps()) throw endLimit(Limit.STEPS);
        if (wallExpired()) throw endLimit(Limit.WALL_TIME);
        P p = curP;
        if (p.clock - p.sliceStart >= costs.quantum()) {
            if (p.hasLocalWork() || procs.gSize > 0) {
                // Go's sysmon preemption: to the global queue, then the processor picks again.
                me.state = GState.RUNNABLE;
                if (trace != null) emit(TraceEvent.Kind.GO_PREEMPT, me.id, 0, null);
                procs.globput(me);
                p.curg = null;
                dispatch.wakep();
                dispatch.scheduleP(p);
            } else {
                p.sliceStart = p.clock;
            }
        }
        switchAway(me);
    }

    /** Folds the steps used so far in this slice into the processor's clock. */
    void syncClock() {
        int used = sliceLen - budget;
        if (used == 0) return;
        P p = curP;
        p.clock += used;
        totalSteps += used;
        sliceLen = budget;
        advanceHorizon(p.clock);
    }

    void advanceHorizon(long clock) {
        if (clock > horizon) horizon = clock;
    }

    /** The current processor's step clock, brought up to date. */
    long stepNow() {
        if (curG != null) syncClock();
        return curP == null ? horizon : curP.clock;
    }

    long stepsLeft() {
        return config.maxSteps() - totalSteps;
    }

    /** Lets the next goroutine run; unless {@code me} has ended, returns when it runs again. */
    private void switchAway(G me) {
        G next = dispatch.pickNext();
        if (next == null) {
            if (pauseRequested) {
                // publish the pause last: the host may resume the machine at once
                pauseRequested = false;
                baton.drop();
                paused = true;
                wakeHost();
                baton.pause(me);
                return;
            }
            if (me != null) throw GoroutineKilled.INSTANCE;
            return;
        }
        if (me == null) baton.transferFromEnded(next); // me has ended
        else baton.transfer(me, next);
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
        if (strategy != null) syncPoint(SyncOp.GO, 0);
        if (live >= config.maxGoroutines()) throw endLimit(Limit.GOROUTINES);
        G g = newG(body, creatorInfo, false);
        if (strategy != null) strategy.created(g);
        if (syncHook != null) syncHook.spawned(curG, g);
        if (trace != null) emit(TraceEvent.Kind.GO_CREATE, g.id, g.creatorId, null);
        if (curG != null) budget -= costs.goStatement();
        procs.runqput(curP, g, true);
        dispatch.wakep();
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

    /** The goroutine that is running (the caller); null in timer callbacks. */
    public G current() {
        return curG;
    }

    /** {@code runtime.NumGoroutine()}: goroutines created and not yet finished. */
    public int numGoroutine() {
        return live;
    }

    /**
     * The live goroutines in creation order, main first, for dumps while the program runs
     * (e.g. a panic under {@code GOTRACEBACK=all}). After the run, use {@link RunResult#goroutines()}.
     */
    public List<G> goroutines() {
        List<G> gs = new ArrayList<>(live);
        for (G g = allHead; g != null; g = g.allNext) gs.add(g);
        return gs;
    }

    /**
     * Parks the current goroutine until someone calls {@link #ready} on it: the building block
     * of every blocking operation. The reason shows in dumps.
     */
    public void park(WaitReason reason) {
        G me = curG;
        if (me == null) throw new IllegalStateException("park outside a goroutine");
        if (finished) throw GoroutineKilled.INSTANCE;
        if (interruptRequested && me == sessionMain && reason != WaitReason.REPL_INPUT) throw abandonMainNow();
        syncClock();
        me.state = GState.WAITING;
        me.waitReason = reason;
        me.waitSince = nanos;
        if (trace != null) emit(TraceEvent.Kind.GO_BLOCK, me.id, 0, reason);
        P p = curP;
        p.curg = null;
        dispatch.scheduleP(p);
        switchAway(me);
        if (me.abandoned) {
            me.abandoned = false;
            throw GoroutineKilled.Abandon.INSTANCE;
        }
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
        if (g == sessionMain && (g.state != GState.WAITING || g.waitReason == WaitReason.REPL_INPUT)) {
            return; // a wait of an abandoned REPL input (sync.Cond keeps its own list); only resume() gives input
        }
        if (g.state != GState.WAITING) throw new IllegalStateException("ready of " + g);
        g.state = GState.RUNNABLE;
        g.waitReason = null;
        if (trace != null) emit(TraceEvent.Kind.GO_UNBLOCK, g.id, curG == null ? 0 : curG.id, null);
        procs.runqput(curP, g, true);
        dispatch.wakep();
    }

    /** {@code runtime.Gosched()}: the current goroutine goes to the back of the global queue. */
    public void gosched() {
        requeue(true);
    }

    /** Go's goyield: like Gosched, but to the back of the current processor's queue. */
    void goyield() {
        requeue(false);
    }

    private void requeue(boolean global) {
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
            dispatch.wakep();
        } else {
            procs.runqput(p, me, false);
        }
        dispatch.scheduleP(p);
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
        throw GoroutineKilled.Goexit.INSTANCE;
    }

    /**
     * {@code runtime.GOMAXPROCS(n)}: returns the previous setting and, if n > 0, changes it,
     * stopping the world as Go does: goroutines running on other processors go to the global
     * queue and every other processor's queued goroutines follow.
     */
    public int gomaxprocs(int n) {
        if (strategy != null) {
            int was = shownProcs;
            if (n > 0) shownProcs = Math.min(n, MAX_PROCS);
            return was;
        }
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
        }
        procs.resize(n, keep, now);
        keep.clock = now;
        advanceHorizon(now);
        curP = keep;
        if (procs.gSize > 0) dispatch.wakep();
        return prev;
    }

    /** The current GOMAXPROCS. */
    public int procs() {
        return strategy != null ? shownProcs : procs.n;
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
        return stepNow() * costs.nsPerStep();
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
     * A timer that runs {@code callback} on the scheduler {@code delayNanos} from now (at the
     * next scheduling point if <= 0), then every {@code periodNanos} if that is > 0.
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
    // Randomness, facts, tracing

    /**
     * Installs a race detector's hook before {@link #run}. As Go's runtime does when its race
     * detector is on, the schedule is then randomised: a new or woken goroutine skips the
     * runnext slot half the time and run-queue overflow batches are shuffled.
     */
    public void setSyncHook(SyncHook hook) {
        if (host != null) throw new IllegalStateException("set the hook before run");
        this.syncHook = hook;
        procs.randomize = hook != null;
    }

    public SyncHook syncHook() {
        return syncHook;
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

    /**
     * A switch point: the running goroutine is about to do {@code op} on the object with
     * {@code id} (a channel's id; ignored for other kinds). Under a {@link Strategy} the
     * strategy may run other goroutines first; with none (the default) this does nothing.
     */
    public void syncPoint(SyncOp op, long id) {
        if (strategy == null) return;
        G me = curG;
        if (me == null || finished) return;
        requeue(false);
        strategy.touch(me, op, op.key(id));
    }

    /** Adds one more object to what the current switch point's operation touches (select). */
    void touchAlso(SyncOp op, long id) {
        if (strategy != null && curG != null) strategy.touch(curG, op, op.key(id));
    }

    /**
     * Records a synchronisation event of the running goroutine for the trace (locks):
     * {@code kind} with {@code peer} as the object's id. Free when not tracing.
     */
    public void note(TraceEvent.Kind kind, long peer) {
        if (trace != null && curG != null) emit(kind, curG.id, peer, null);
    }

    /** A random choice among {@code n} alternatives for select: the strategy's under a strategy. */
    int choose(int n) {
        return strategy != null ? strategy.choose(n) : rand.nextInt(n);
    }

    boolean tracing() {
        return trace != null;
    }

    void emit(TraceEvent.Kind kind, long g, long peer, WaitReason reason) {
        P p = curP;
        long step = p == null ? horizon : p.clock + (curG != null ? sliceLen - budget : 0);
        trace.event(new TraceEvent(kind, step, nanos, p == null ? -1 : p.id, g, peer, reason));
    }

    G goroutineForTest(long id) {
        for (G g = allHead; g != null; g = g.allNext) if (g.id == id) return g;
        return null;
    }
}
