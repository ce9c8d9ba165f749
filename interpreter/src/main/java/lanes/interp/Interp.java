package lanes.interp;

import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

import lanes.ast.Pos;
import lanes.lib.Pkg;
import lanes.lib.fmt.GoFormat;
import lanes.values.GoPanic;

/**
 * One program run: the interpreter's program-wide state (output streams, method dispatch,
 * fmt, the standard packages bound to this run) and the bridge to the scheduler. Nothing
 * here is static: many interpreters may live in one JVM (REPL, grader).
 */
public final class Interp {
    public final RunConfig config;
    public final Output out;
    public final Output err;
    public final Dispatch dispatch;
    /** The model of Go's heap behind runtime.ReadMemStats; off unless the program reads it. */
    public final lanes.mem.Heap heap = new lanes.mem.Heap();
    /** Set by {@code lanes run --escapes}: the checker records what escape analysis needs here. */
    public lanes.escape.Facts escapeFacts;
    public final GoFormat fmt;
    public final Map<String, Pkg> packages;
    public int maxDepth = Calls.MAX_DEPTH;
    /** The JVM exits after this program's run ({@code lanes run}): goroutines left at the end need not unwind. */
    public boolean processExitsAfterRun;
    /** Absolute path of the source file, as Go prints it in tracebacks. */
    public String sourcePath = "main.go";
    public String[] args = new String[0];
    /** How tracebacks name a source line; null means {@code sourcePath:line} (the REPL names its inputs). */
    public java.util.function.IntFunction<String> lineNames;
    final Concurrency conc;
    /** The data race detector, only when the run asks for it ({@code --race}); the checker then emits instrumented nodes. */
    public final lanes.race.Detector race;

    public Interp(RunConfig config, OutputStream stdout, OutputStream stderr) {
        this.config = config;
        long[] total = new long[1];
        this.out = new Output(stdout, total, config.maxOutput());
        this.err = new Output(stderr, total, config.maxOutput());
        out.pair(err);
        err.pair(out);
        this.dispatch = new Dispatch(this);
        this.fmt = new GoFormat(dispatch);
        this.conc = new Concurrency(this);
        this.race = config.race() ? new lanes.race.Detector(this) : null;
        this.packages = lanes.lib.Packages.create(this);
    }

    /** A source line as tracebacks print it. */
    public String place(int line) {
        return lineNames != null ? lineNames.apply(line) : sourcePath + ":" + line;
    }

    public void writeOut(String bytes) {
        conc.syncPoint(lanes.runtime.SyncOp.OUTPUT);
        out.write(bytes);
        conc.chargeOutput(bytes.length());
    }

    public void writeErr(String bytes) {
        conc.syncPoint(lanes.runtime.SyncOp.OUTPUT);
        err.write(bytes);
        conc.chargeOutput(bytes.length());
    }

    /** One scheduler step: loop back-edges and calls; the scheduler may switch goroutines here. */
    public void tick(Goroutine g) {
        conc.tick(g);
    }

    public void chargeAlloc(long bytes) {
        conc.chargeAlloc(bytes);
    }

    public Goroutine current() {
        return conc.current();
    }

    public int mapIterStart() {
        return conc.randomInt(1 << 20);
    }

    public void spawn(Goroutine parent, String creator, Pos at, Consumer<Goroutine> body) {
        conc.spawn(parent, creator, at, body);
    }

    public Object makeChan(int cap, Object zero, lanes.types.Type elem) {
        return conc.makeChan(cap, zero);
    }

    public long chanLen(Object ch) {
        return conc.chanLen(ch);
    }

    public long chanCap(Object ch) {
        return conc.chanCap(ch);
    }

    public void close(Object ch) {
        conc.close(ch);
    }

    public void send(Object ch, Object v) {
        conc.send(ch, v);
    }

    public Object recv(Object ch) {
        return conc.recv(ch);
    }

    public Object[] recv2(Object ch) {
        return conc.recv2(ch);
    }

    public int select(Object[] chans, boolean[] isSend, Object[] sendVals, boolean hasDefault, Object[] result) {
        return conc.select(chans, isSend, sendVals, hasDefault, result);
    }

    public Concurrency concurrency() {
        return conc;
    }

    /** Runs a compiled program to its end; returns the process exit status. */
    public int run(Program p) {
        try {
            return conc.runMain(p);
        } finally {
            out.flush();
            err.flush();
        }
    }

}
