package lanes.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import lanes.ast.Pos;
import lanes.runtime.Chan;
import lanes.runtime.G;
import lanes.runtime.GoRuntimeFault;
import lanes.runtime.Outcome;
import lanes.runtime.RecvResult;
import lanes.runtime.RunResult;
import lanes.runtime.Scheduler;
import lanes.runtime.SchedulerConfig;
import lanes.runtime.SelectCase;
import lanes.types.Basic;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.Values;

/**
 * The interpreter's bridge to the scheduler ({@code lanes.runtime}): runs main and the other
 * goroutines, performs channel operations (turning the runtime's faults into Go panics), and
 * turns the way a run ended into Go's report and exit status.
 */
public final class Concurrency {
    private final Interp in;
    private Scheduler sched;
    /** A limit the interpreter itself detected (output size), ending the run. */
    private String interpLimit;
    /** Extra lines Go prints before a fatal error's line (stack overflow). */
    private String fatalPreamble;

    Concurrency(Interp in) {
        this.in = in;
    }

    public Scheduler scheduler() {
        return sched;
    }

    void tick(Goroutine g) {
        sched.tick();
    }

    /** Whether goroutines may be running at the same moment: several processors and goroutines. */
    boolean parallel() {
        return sched.procs() > 1 && sched.numGoroutine() > 1;
    }

    void chargeOutput(int n) {
        if (sched != null && sched.current() != null) sched.chargeOutput(n);
    }

    void chargeAlloc(long bytes) {
        if (sched != null && sched.current() != null) sched.charge((int) Math.min(bytes >>> 10, 1000));
    }

    Goroutine current() {
        G g = sched.current();
        return g == null ? null : (Goroutine) g.userData();
    }

    int randomInt(int bound) {
        return sched == null ? 0 : sched.randomInt(bound);
    }

    // ---- goroutines ------------------------------------------------------------------------

    /** Runs a goroutine's body under Go's rules for how it may end. */
    private void body(Goroutine g, Runnable r) {
        G rg = sched.current();
        rg.setUserData(g);
        g.rt = rg;
        g.id = rg.id();
        try {
            r.run();
            if (in.race != null) in.race.finished(rg);
        } catch (GoPanic e) {
            if (sessionMode && g != sessionMain) {
                sessionPanic(g, e);
                return;
            }
            throw sched.panicked(e);
        } catch (Signals.Exit e) {
            throw sched.exit(e.code);
        } catch (Signals.Fatal e) {
            fatalPreamble = e.preamble;
            throw sched.fatal(e.goMessage);
        } catch (Signals.Goexit e) {
            if (in.race != null) in.race.finished(rg);
            throw sched.goexit();
        } catch (Signals.Limit e) {
            interpLimit = e.getMessage();
            throw sched.exit(2);
        } catch (GoRuntimeFault f) {
            if (sessionMode && g != sessionMain) {
                sessionPanic(g, fault(f));
                return;
            }
            throw sched.panicked(fault(f));
        } catch (StackOverflowError e) {
            fatalPreamble = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
            throw sched.fatal("stack overflow");
        }
    }

    void spawn(Goroutine parent, String creator, Pos at, Consumer<Goroutine> body) {
        Goroutine ng = new Goroutine(in, 0, creator, at, parent == null ? 0 : parent.id);
        sched.go(() -> body(ng, () -> body.accept(ng)), ng);
    }

    /** Go's panic value for a fault raised inside the runtime. */
    public static GoPanic fault(GoRuntimeFault f) {
        String msg = GoStrings.fromJava(f.getMessage());
        return switch (f.kind()) {
            case PLAIN_ERROR -> Values.plainRuntimePanic(msg);
            case RUNTIME_ERROR -> new GoPanic(new Iface(Values.RUNTIME_ERROR, msg), true);
            case STRING -> new GoPanic(new Iface(Basic.STRING, msg), false);
        };
    }

    /** A switch point for a controlled schedule (output, atomics); nothing otherwise. */
    void syncPoint(lanes.runtime.SyncOp op) {
        if (sched != null && sched.current() != null) sched.syncPoint(op, 0);
    }

    // ---- channels ----------------------------------------------------------------------------

    Object makeChan(int cap, Object zero) {
        try {
            return sched.makeChan(cap, zero);
        } catch (GoRuntimeFault f) {
            throw fault(f);
        }
    }

    long chanLen(Object ch) {
        return ch == null ? 0 : ((Chan) ch).len();
    }

    long chanCap(Object ch) {
        return ch == null ? 0 : ((Chan) ch).cap();
    }

    void close(Object ch) {
        try {
            if (ch == null) sched.closeNil();
            else ((Chan) ch).close();
        } catch (GoRuntimeFault f) {
            throw fault(f);
        }
    }

    void send(Object ch, Object v) {
        try {
            if (ch == null) sched.sendNil();
            else ((Chan) ch).send(v);
        } catch (GoRuntimeFault f) {
            throw fault(f);
        }
    }

    Object recv(Object ch) {
        if (ch == null) {
            sched.recvNil();
            return null;
        }
        return ((Chan) ch).recv();
    }

    Object[] recv2(Object ch) {
        if (ch == null) {
            sched.recvNil();
            return null;
        }
        RecvResult r = ((Chan) ch).recv2();
        return new Object[] {r.value(), r.ok()};
    }

    int select(Object[] chans, boolean[] isSend, Object[] sendVals, boolean hasDefault, Object[] result) {
        SelectCase[] cases = new SelectCase[chans.length];
        for (int i = 0; i < cases.length; i++) {
            Chan c = (Chan) chans[i];
            cases[i] = isSend[i] ? SelectCase.send(c, sendVals[i]) : SelectCase.recv(c);
        }
        int k;
        try {
            k = sched.select(cases, hasDefault);
        } catch (GoRuntimeFault f) {
            throw fault(f);
        }
        if (k >= 0 && !isSend[k]) {
            result[0] = cases[k].value();
            result[1] = cases[k].ok();
        }
        return k;
    }

    // ---- REPL sessions ---------------------------------------------------------------------
    // Main loops: wait for an input, run it, repeat. A panic in an input or in another
    // goroutine is reported and the session goes on; os.Exit, fatal errors and limits end it.

    private boolean sessionMode;
    private Goroutine sessionMain;
    private Code nextInput;
    private boolean inputPanicked;

    /** After {@link #runInput}: whether the input itself panicked; then cleared. */
    public boolean takeInputPanicked() {
        boolean p = inputPanicked;
        inputPanicked = false;
        return p;
    }

    /** Starts a REPL session's runtime; {@code trace} (may be null) sees every scheduling event. */
    public void startSession(lanes.runtime.TraceListener trace) {
        sessionMode = true;
        SchedulerConfig sc = schedulerConfig();
        if (trace != null) sc = sc.withTrace(trace);
        sched = new Scheduler(sc);
        sessionMain = new Goroutine(in, 1, null, null, 0);
        sched.startSession(() -> body(sessionMain, this::sessionLoop));
    }

    private void sessionLoop() {
        for (;;) {
            sched.awaitInput();
            Code c = nextInput;
            nextInput = null;
            Goroutine g = sessionMain;
            try {
                runCode(c, g);
            } catch (GoPanic e) {
                inputPanicked = true;
                sessionPanic(g, e);
            } catch (GoRuntimeFault f) {
                inputPanicked = true;
                sessionPanic(g, fault(f));
            } catch (lanes.runtime.GoroutineKilled.Abandon a) {
                // deadlock or interrupt: the REPL reports it
            } catch (Signals.Goexit e) {
                in.err.write(GoStrings.fromJava("lanes: runtime.Goexit in main ended this input\n"));
            } finally {
                g.top = null;
                g.depth = 0;
                g.panicking = null;
                g.deferCall = false;
            }
            in.out.flush();
        }
    }

    private void sessionPanic(Goroutine g, GoPanic p) {
        StringBuilder sb = new StringBuilder(Reports.panicLines(in, p));
        sb.append("\ngoroutine ").append(g.id).append(" [running]:\n");
        if (p.goStack != null) sb.append(Reports.frames(in, (List<Stacks.Entry>) p.goStack));
        if (g.rt instanceof G rg) createdBy(sb, rg);
        in.out.flush();
        in.err.write(GoStrings.fromJava(sb.toString()));
        in.err.flush();
    }

    /**
     * Runs one compiled input as main's next statements, then lets every goroutine run
     * until all wait. Returns the exit status if this ended the session (os.Exit, a fatal
     * error, a limit: already reported), else -1.
     */
    public int runInput(Code c) {
        nextInput = c;
        RunResult r = sched.resume();
        in.out.flush();
        in.err.flush();
        if (r == null) return -1;
        int code = report(r);
        in.err.flush();
        return code;
    }

    /** After {@link #runInput}: Go's deadlock dump if the input was abandoned in a deadlock, else null. */
    @SuppressWarnings("unchecked")
    public String takeDeadlockReport() {
        RunResult r = sched.takeAbandonReport();
        if (r == null) return null;
        StringBuilder sb = new StringBuilder("fatal error: ").append(r.message()).append('\n');
        List<String> states = sched.abandonStates();
        for (int i = 0; i < r.goroutines().size(); i++) {
            G g = r.goroutines().get(i);
            sb.append("\ngoroutine ").append(g.id()).append(" [").append(states.get(i)).append("]:\n");
            if (g.snapshot() instanceof List<?> l) sb.append(Reports.frames(in, (List<Stacks.Entry>) l));
            createdBy(sb, g);
        }
        return sb.toString();
    }

    /** Ends the session: every goroutine is unwound. */
    public void endSession() {
        if (sched != null) sched.endSession();
    }

    /** Where a live goroutine is now: its Go stack, innermost first (empty between inputs). */
    public static List<Stacks.Entry> stackOf(G g) {
        Object o = snapshot(g);
        @SuppressWarnings("unchecked")
        List<Stacks.Entry> l = (List<Stacks.Entry>) o;
        return l;
    }

    /** The {@code created by} line of a goroutine, or null for main. */
    public String creatorOf(G g) {
        StringBuilder sb = new StringBuilder();
        createdBy(sb, g);
        return sb.isEmpty() ? null : sb.toString();
    }


    // ---- a whole run -----------------------------------------------------------------------

    /** Runs the program's main goroutine body: package init, init functions, main. */
    static void mainBody(Program p, Goroutine g) {
        runCode(p.varInit(), g);
        for (Code c : p.inits()) runCode(c, g);
        runCode(p.main(), g);
    }

    static void runCode(Code c, Goroutine g) {
        Frame f = new Frame(c, null, null, g);
        Calls.invoke(f);
    }

    private SchedulerConfig schedulerConfig() {
        RunConfig c = in.config;
        SchedulerConfig sc = SchedulerConfig.defaults()
                .withSeed(c.seed())
                .withProcs(Math.max(1, Math.min(c.procs(), Scheduler.MAX_PROCS)))
                .withLimits(c.maxSteps(), c.maxGoroutines(), Math.min(c.maxVirtualNanos(), SchedulerConfig.defaults().maxVirtualNanos()),
                        c.wallMillis() * 1_000_000L)
                .withSnapshot(Concurrency::snapshot);
        if (c.strategy() != null) sc = sc.withStrategy(c.strategy().get());
        if (c.trace() != null) sc = sc.withTrace(c.trace());
        return sc;
    }

    int runMain(Program p) {
        RunConfig c = in.config;
        sched = new Scheduler(schedulerConfig());
        if (in.processExitsAfterRun) sched.processExitsAfterRun();
        if (c.trace() instanceof RunTrace rt) rt.locator(this::whereIs);
        if (in.race != null) sched.setSyncHook(in.race);
        Goroutine main = new Goroutine(in, 1, null, null, 0);
        RunResult r = sched.run(() -> body(main, () -> mainBody(p, main)));
        in.out.flush();
        if (c.trace() instanceof RunTrace rt) rt.ended(r);
        return report(r);
    }

    /** Where goroutine id is in the source now (its innermost frame), or null. */
    private lanes.ast.Pos whereIs(long id) {
        G g = traced.get(id);
        if (g == null) {
            for (G x : sched.goroutines()) traced.putIfAbsent(x.id(), x);
            g = traced.get(id);
        }
        if (g != null && g.userData() instanceof Goroutine gr && gr.top != null) return gr.top.pos;
        return null;
    }

    /** Goroutines by id, for {@link #whereIs} (filled on demand, only when tracing). */
    private final java.util.Map<Long, G> traced = new java.util.HashMap<>();

    /** What a dump shows of a goroutine: its Go stack as it was when the run ended. */
    private static Object snapshot(G g) {
        Object u = g.userData();
        if (!(u instanceof Goroutine gr) || gr.top == null) return List.of();
        return Stacks.capture(gr.top);
    }

    @SuppressWarnings("unchecked")
    private int report(RunResult r) {
        in.out.lift();
        in.err.lift();
        StringBuilder sb = new StringBuilder();
        switch (r.outcome()) {
            case RETURNED -> {
                if (in.config.leaks()) reportLeaks(r);
                return racesFound(r, 0);
            }
            case EXIT -> {
                if (interpLimit != null) {
                    in.err.write(GoStrings.fromJava("lanes: " + interpLimit + "\n"));
                    return 2;
                }
                return racesFound(r, r.exitCode());
            }
            case PANIC -> {
                GoPanic p = r.panicValue() instanceof GoPanic gp ? gp : null;
                if (p == null && r.panicValue() instanceof GoRuntimeFault f) p = fault(f);
                if (p != null) sb.append(Reports.panicLines(in, p));
                sb.append('\n');
                G culprit = r.culprit();
                sb.append("goroutine ").append(culprit == null ? 1 : culprit.id()).append(" [running]:\n");
                List<Stacks.Entry> st = p != null && p.goStack != null ? (List<Stacks.Entry>) p.goStack
                        : culprit != null ? (List<Stacks.Entry>) culprit.snapshot() : List.of();
                if (st != null) sb.append(Reports.frames(in, st));
                if (culprit != null) createdBy(sb, culprit);
            }
            case FATAL, DEADLOCK -> {
                if (fatalPreamble != null && r.outcome() == Outcome.FATAL) sb.append(fatalPreamble);
                sb.append("fatal error: ").append(r.message()).append('\n');
                if (r.dumpsAllGoroutines() || fatalPreamble != null) {
                    List<G> gs = new ArrayList<>(r.goroutines());
                    G culprit = r.culprit();
                    if (culprit != null && gs.remove(culprit)) gs.add(0, culprit);
                    for (G g : gs) {
                        sb.append('\n');
                        String state = g == culprit ? "running" : g.statusWords() + waitedFor(g, r.virtualNanos());
                        sb.append("goroutine ").append(g.id()).append(" [").append(state).append("]:\n");
                        Object snap = g.snapshot();
                        if (snap instanceof List<?> l) sb.append(Reports.frames(in, (List<Stacks.Entry>) l));
                        createdBy(sb, g);
                    }
                }
            }
            case LIMIT -> sb.append("lanes: ").append(r.message()).append('\n');
            case INTERNAL_ERROR -> sb.append("lanes: internal error: ").append(r.internalError()).append('\n');
        }
        if (r.outcome() != Outcome.LIMIT && in.config.strategy() != null) {
            sb.append("\n[lanes: controlled schedule (seed ").append(r.seed()).append("); replay with the same --pct/--schedule options]\n");
        } else if (r.outcome() != Outcome.LIMIT) {
            sb.append("\n[lanes: seed ").append(r.seed()).append("; replay with ").append(in.race != null ? "--race " : "")
                    .append("--seed ").append(r.seed()).append("]\n");
        }
        in.err.write(GoStrings.fromJava(sb.toString()));
        return r.exitCode();
    }

    /**
     * Under {@code --race}, a program that returns or calls os.Exit after races were reported
     * ends as Go's race runtime ends it: {@code Found N data race(s)} and exit status 66 (GORACE exitcode).
     */
    private int racesFound(RunResult r, int status) {
        if (in.race == null || in.race.found() == 0) return status;
        String seedLine = "\n[lanes: seed " + r.seed() + "; replay with --race --seed " + r.seed() + "]\n";
        if (in.race.halted()) { // GORACE=halt_on_error=1: the run ended at the first report, with no summary
            in.err.write(GoStrings.fromJava(seedLine));
            return status;
        }
        in.err.write(GoStrings.fromJava("Found " + in.race.found() + " data race(s)\n" + seedLine));
        return in.race.exitCode();
    }

    /** {@code --leaks}: the goroutines main left behind, as a dump shows them. */
    @SuppressWarnings("unchecked")
    private void reportLeaks(RunResult r) {
        List<G> left = new ArrayList<>();
        for (G g : r.goroutines()) if (!g.isMain()) left.add(g);
        StringBuilder sb = new StringBuilder();
        if (left.isEmpty()) {
            sb.append("lanes: no goroutine leaked: every goroutine had finished when main returned\n");
        } else {
            sb.append("lanes: ").append(left.size()).append(left.size() == 1 ? " goroutine was" : " goroutines were")
                    .append(" still alive when main returned (leaked):\n");
            for (G g : left) {
                sb.append("\ngoroutine ").append(g.id()).append(" [").append(g.statusWords())
                        .append(waitedFor(g, r.virtualNanos())).append("]:\n");
                if (g.snapshot() instanceof List<?> l) sb.append(Reports.frames(in, (List<Stacks.Entry>) l));
                createdBy(sb, g);
            }
        }
        in.err.write(GoStrings.fromJava(sb.toString()));
    }

    /**
     * Go's header suffix for a goroutine parked a minute or more: {@code , N minutes} (whole
     * minutes, and Go says "1 minutes" too), measured on the virtual clock. Go stamps the time
     * when a garbage collection first sees the goroutine parked (sysmon forces one every two
     * minutes); Lanes uses the moment it parked, the figure Go's stamp approximates.
     */
    static String waitedFor(G g, long nowNanos) {
        if (g.waitReason() == null) return "";
        long minutes = (nowNanos - g.waitSinceNanos()) / 60_000_000_000L;
        return minutes >= 1 ? ", " + minutes + " minutes" : "";
    }

    private void createdBy(StringBuilder sb, G g) {
        if (g.isMain() || !(g.userData() instanceof Goroutine gr) || gr.createdBy == null) return;
        sb.append("created by ").append(gr.createdBy).append(" in goroutine ").append(gr.createdIn).append('\n');
        sb.append('\t').append(in.place(gr.createdAt.line())).append('\n');
    }

}
