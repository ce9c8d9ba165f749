package lanes.interp;

import java.util.List;
import java.util.function.Consumer;

import lanes.ast.Pos;
import lanes.values.GoPanic;

/**
 * The interpreter's bridge to the scheduler: runs main, spawns goroutines, performs channel
 * operations, and turns the way a run ended into Go's report and exit status.
 * (Interim single-goroutine version until the runtime lands.)
 */
public final class Concurrency {
    private final Interp in;
    private Goroutine main;
    private long state = 0x9E3779B97F4A7C15L;

    Concurrency(Interp in) {
        this.in = in;
    }

    void tick(Goroutine g) {
    }

    void chargeOutput(int n) {
    }

    void chargeAlloc(long bytes) {
    }

    Goroutine current() {
        return main;
    }

    int randomInt(int bound) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) Math.floorMod(state, (long) bound);
    }

    void spawn(Goroutine parent, String creator, Pos at, Consumer<Goroutine> body) {
        throw new UnsupportedOperationException("goroutines");
    }

    Object makeChan(int cap, Object zero) {
        throw new UnsupportedOperationException("channels");
    }

    long chanLen(Object ch) {
        throw new UnsupportedOperationException("channels");
    }

    long chanCap(Object ch) {
        throw new UnsupportedOperationException("channels");
    }

    void close(Object ch) {
        throw new UnsupportedOperationException("channels");
    }

    void send(Object ch, Object v) {
        throw new UnsupportedOperationException("channels");
    }

    Object recv(Object ch) {
        throw new UnsupportedOperationException("channels");
    }

    Object[] recv2(Object ch) {
        throw new UnsupportedOperationException("channels");
    }

    int select(Object[] chans, boolean[] isSend, Object[] sendVals, boolean hasDefault, Object[] result) {
        throw new UnsupportedOperationException("channels");
    }

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

    int runMain(Program p) {
        main = new Goroutine(in, 1, null, null, 0);
        int[] code = {0};
        Thread t = new Thread(null, () -> code[0] = runGoroutine(p, main), "lanes-main", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return code[0];
    }

    private int runGoroutine(Program p, Goroutine g) {
        try {
            mainBody(p, g);
            return 0;
        } catch (GoPanic e) {
            in.out.flush();
            StringBuilder sb = new StringBuilder(Reports.panicLines(in, e));
            sb.append("\ngoroutine ").append(g.id).append(" [running]:\n");
            @SuppressWarnings("unchecked")
            List<Stacks.Entry> st = (List<Stacks.Entry>) e.goStack;
            if (st != null) sb.append(Reports.frames(in, st));
            in.err.write(lanes.values.GoStrings.fromJava(sb.toString()));
            return 2;
        } catch (Signals.Exit e) {
            return e.code;
        } catch (Signals.Fatal e) {
            in.out.flush();
            StringBuilder sb = new StringBuilder();
            if (e.preamble != null) sb.append(e.preamble);
            sb.append("fatal error: ").append(e.goMessage).append("\n\ngoroutine ").append(g.id).append(" [running]:\n");
            if (g.top != null) sb.append(Reports.frames(in, Stacks.capture(g.top)));
            in.err.write(lanes.values.GoStrings.fromJava(sb.toString()));
            return 2;
        } catch (Signals.Limit e) {
            in.err.write("lanes: " + e.getMessage() + "\n");
            return 2;
        }
    }
}
