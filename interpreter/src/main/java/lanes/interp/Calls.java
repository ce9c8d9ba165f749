package lanes.interp;

import java.util.ArrayList;

import lanes.values.GoPanic;
import lanes.values.Values;

/**
 * Running a prepared frame: the Go call protocol. Keeps the goroutine's stack pointer and
 * depth, runs deferred calls (last in, first out) on normal return, on panic and on Goexit,
 * turns stray Java faults into Go's runtime panics, and records where a panic started.
 */
public final class Calls {
    private Calls() {}

    /** Go's default maximum stack is 1 GB; we bound the depth of Go calls instead. */
    public static final int MAX_DEPTH = 1_000_000;

    /**
     * Runs a prepared frame. On a normal return the goroutine's stack pointer and depth go back
     * to the caller. An exception leaves them at the innermost frame: whoever catches it and goes
     * on running Go code restores them ({@link #runWithDefers}, {@link Closure#call}), and a
     * fatal error's goroutine dump wants them exactly so. No handler here sees a fatal error or a
     * killed goroutine pass: a handler C2 never saw entered is a deoptimization trap, and a
     * million frames each deoptimizing as a stack overflow unwinds took ten seconds.
     */
    public static void invoke(Frame nf) {
        Goroutine g = nf.g;
        g.top = nf;
        int d = ++g.depth;
        nf.depth = d;
        if (d > g.interp.maxDepth) {
            nf.pos = nf.code.pos; // Go's stack check fails in the function's prologue
            throw stackOverflow();
        }
        try {
            Code c = nf.code;
            if (c.cellParamsFrom != null) {
                Slot[] from = c.cellParamsFrom;
                for (int i = 0; i < from.length; i++) {
                    nf.o[c.cellParamsTo[i]] = new lanes.values.Cell(from[i].loadBoxed(nf));
                }
            }
            if (c.hasDefer) {
                runWithDefers(nf, c);
            } else {
                c.body.exec(nf);
            }
            if (c.namedResults != null) loadNamedResults(nf, c);
        } catch (GoPanic p) {
            if (p.goStack == null) p.goStack = Stacks.capture(nf);
            throw p;
        } catch (NullPointerException e) {
            GoPanic p = Values.runtimePanic("invalid memory address or nil pointer dereference");
            p.goStack = Stacks.capture(nf);
            throw p;
        } catch (StackOverflowError e) {
            throw stackOverflow();
        }
        g.top = nf.caller;
        g.depth = d - 1;
    }

    /** After catching an exception that unwound to {@code nf}: the goroutine is back in it. */
    static void resume(Frame nf) {
        nf.g.top = nf;
        nf.g.depth = nf.depth;
    }

    private static Signals.Fatal stackOverflow() {
        return new Signals.Fatal("stack overflow",
                "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    }

    private static void runWithDefers(Frame nf, Code c) {
        try {
            // deferred calls run at the return statement, or at the closing brace (as Go's tracebacks show)
            if (c.body.exec(nf) != S.RETURN && c.endPos != null) nf.pos = c.endPos;
        } catch (GoPanic p) {
            if (p.goStack == null) p.goStack = Stacks.capture(nf);
            resume(nf);
            GoPanic still = runDefers(nf, p);
            if (still != null) throw still;
            if (c.namedResults == null) fillZeroResults(nf, c);
            return;
        } catch (NullPointerException e) {
            GoPanic p = Values.runtimePanic("invalid memory address or nil pointer dereference");
            p.goStack = Stacks.capture(nf);
            resume(nf);
            GoPanic still = runDefers(nf, p);
            if (still != null) throw still;
            if (c.namedResults == null) fillZeroResults(nf, c);
            return;
        } catch (Signals.Goexit e) {
            resume(nf);
            GoPanic still = runDefers(nf, null);
            if (still != null) throw still;
            throw e;
        }
        GoPanic p = runDefers(nf, null);
        if (p != null) throw p;
    }

    /**
     * Runs the frame's deferred calls while {@code panic} (possibly null) is in flight. Returns
     * the panic still in flight afterwards: null when there was none or it was recovered.
     */
    static GoPanic runDefers(Frame nf, GoPanic panic) {
        Goroutine g = nf.g;
        ArrayList<Runnable> ds = nf.defers;
        lanes.ast.Pos at = nf.pos;
        while (ds != null && !ds.isEmpty()) {
            Runnable d = ds.remove(ds.size() - 1);
            GoPanic saved = g.panicking;
            g.panicking = panic;
            resume(nf);
            nf.pos = at;
            try {
                d.run();
            } catch (GoPanic np) {
                if (np != panic) {
                    if (np.previous == null) np.previous = panic;
                    if (panic != null) np.goStack = onPanickingStack(np.goStack, nf, panic.goStack);
                    panic = np;
                }
            } catch (NullPointerException e) {
                GoPanic np = Values.runtimePanic("invalid memory address or nil pointer dereference");
                np.goStack = Stacks.capture(nf);
                np.previous = panic;
                panic = np;
            } finally {
                g.panicking = saved;
                resume(nf);
            }
            if (panic != null && panic.recovered) panic = null;
        }
        return panic;
    }

    /**
     * A deferred call that runs during a panic runs on top of the panicking stack, as in Go:
     * the new panic's stack is its own frames down to the deferring frame {@code nf}, then the
     * stack of the panic in flight (which ends with {@code nf} and its callers).
     */
    @SuppressWarnings("unchecked")
    private static Object onPanickingStack(Object own, Frame nf, Object inFlight) {
        if (!(own instanceof java.util.List<?> o) || !(inFlight instanceof java.util.List<?> f)) return own;
        int below = Stacks.capture(nf).size();
        if (below > o.size()) return own;
        java.util.List<Stacks.Entry> out = new ArrayList<>((java.util.List<Stacks.Entry>) o.subList(0, o.size() - below));
        out.addAll((java.util.List<Stacks.Entry>) f);
        return out;
    }

    private static void loadNamedResults(Frame nf, Code c) {
        Slot[] rs = c.namedResults;
        if (rs.length == 1) {
            Object v = rs[0].loadBoxed(nf);
            switch (c.resultKind) {
                case 'L' -> nf.retL = (Long) v;
                case 'D' -> nf.retL = Double.doubleToRawLongBits((Double) v);
                case 'B' -> nf.retL = ((Boolean) v) ? 1 : 0;
                default -> nf.retO = v;
            }
        } else if (rs.length > 1) {
            Object[] r = new Object[rs.length];
            for (int i = 0; i < r.length; i++) r[i] = rs[i].loadBoxed(nf);
            nf.ret = r;
        }
    }

    private static void fillZeroResults(Frame nf, Code c) {
        Object[] z = c.resultZeros;
        if (z.length == 1) {
            switch (c.resultKind) {
                case 'L', 'D', 'B' -> nf.retL = 0;
                default -> nf.retO = z[0];
            }
        } else if (z.length > 1) {
            nf.ret = z.clone();
        }
    }
}
