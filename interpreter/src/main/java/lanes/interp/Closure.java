package lanes.interp;

import lanes.values.FuncV;
import lanes.values.GoPanic;

/** A Go function value backed by compiled code: a top-level function, a closure with its captured cells, or a bound method (receiver pre-filled). */
public final class Closure extends FuncV {
    public final Code code;
    public final Object[] env;
    public final Interp interp;
    /** For a method value {@code x.M}: the receiver, passed as the first parameter. */
    public final Object recv;
    public final boolean hasRecv;

    public Closure(Code code, Object[] env, Interp interp) {
        this(code, env, interp, null, false);
    }

    public Closure(Code code, Object[] env, Interp interp, Object recv, boolean hasRecv) {
        this.code = code;
        this.env = env;
        this.interp = interp;
        this.recv = recv;
        this.hasRecv = hasRecv;
    }

    @Override
    public Object call(Object[] args) {
        Goroutine g = interp.current();
        Frame nf = new Frame(code, env, g.top, g);
        if (g.deferCall) {
            g.deferCall = false;
            nf.recoverable = g.panicking;
        }
        int k = 0;
        Slot[] ps = code.params;
        if (hasRecv) ps[k++].storeBoxed(nf, recv);
        for (Object a : args) ps[k++].storeBoxed(nf, a);
        Frame caller = g.top;
        int depth = g.depth;
        try {
            Calls.invoke(nf);
        } catch (GoPanic | Signals.Goexit e) {
            // a native that called this function may catch it and go on (fmt with a panicking
            // String method, testing after FailNow): the goroutine is back in the native's caller
            g.top = caller;
            g.depth = depth;
            throw e;
        }
        return result(nf);
    }

    /** The call's result in the generic convention: null, one boxed value, or Object[]. */
    public static Object result(Frame nf) {
        Code c = nf.code;
        if (c.nResults == 0) return null;
        if (c.nResults > 1) return nf.ret;
        return switch (c.resultKind) {
            case 'L' -> nf.retL;
            case 'D' -> Double.longBitsToDouble(nf.retL);
            case 'B' -> nf.retL != 0;
            default -> nf.retO;
        };
    }

    @Override
    public String name() {
        return code.name;
    }
}
