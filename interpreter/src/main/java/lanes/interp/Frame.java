package lanes.interp;

import java.util.ArrayList;

import lanes.ast.Pos;

/**
 * The activation of one Go function call. Locals whose type is bool, an integer or a float
 * and that are neither captured nor address-taken live unboxed in {@code p} (floats as raw
 * bits); all others in {@code o} (escaping ones as {@link lanes.values.Cell}s). {@code env}
 * holds the cells a closure captured. {@code caller} and each frame's {@code pos} make the Go stack
 * that panics and deadlock dumps print.
 */
public final class Frame {
    public final long[] p;
    public final Object[] o;
    public final Object[] env;
    public final Code code;
    public final Goroutine g;
    public final Frame caller;
    /** How many Go calls deep this frame is (set by {@link Calls#invoke}). */
    public int depth;
    /** Where this frame is blocked or panicking (set just before it happens). */
    public Pos pos;

    /** Results of a {@code return}: one primitive (as bits), one object, or all of them. */
    public long retL;
    public Object retO;
    public Object[] ret;

    /** Target label of a labelled break/continue in flight. */
    public Object label;

    /** Deferred calls, run last-in first-out when the function ends; null until the first defer. */
    public ArrayList<Runnable> defers;
    /** The panic this frame may recover, when it was called directly as a deferred call during panicking. */
    public lanes.values.GoPanic recoverable;
    /** Values of a go/defer call's function and arguments, evaluated at the statement, read by {@link Captured} nodes. */
    public Object[] captured;

    public Frame(Code code, Object[] env, Frame caller, Goroutine g) {
        this.code = code;
        this.p = code.nPrim == 0 ? NO_PRIM : new long[code.nPrim];
        this.o = code.nObj == 0 ? NO_OBJ : new Object[code.nObj];
        this.env = env;
        this.caller = caller;
        this.g = g;
    }

    private static final long[] NO_PRIM = new long[0];
    private static final Object[] NO_OBJ = new Object[0];
}
