package lanes.interp;

import lanes.ast.Pos;
import lanes.values.FuncV;
import lanes.values.Values;

/** Function calls: to known code (fast path), to function values, and to natives. */
public final class CallNodes {
    private CallNodes() {}

    /** Builds the callee frame for known code and runs it. */
    static Frame run(Frame f, Code code, Object[] env, Arg[] args, Pos pos) {
        Goroutine g = f.g;
        Frame nf = new Frame(code, env, f, g);
        for (Arg a : args) a.store(f, nf);
        if (g.deferCall) {
            // a deferred call: the caller stays where it returns or panics, as Go's traceback shows
            g.deferCall = false;
            nf.recoverable = g.panicking;
        } else {
            f.pos = pos;
        }
        g.interp.tick(g);
        Calls.invoke(nf);
        return nf;
    }

    /** A call of statically known code, typed by its result kind ('L','D','B','O', 'T' tuple, 'V' none). */
    public static X code(Code code, Arg[] args, char kind, Pos pos) {
        return switch (kind) {
            case 'L' -> new X.L() {
                @Override
                public long evalLong(Frame f) {
                    return run(f, code, null, args, pos).retL;
                }
            };
            case 'D' -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return Double.longBitsToDouble(run(f, code, null, args, pos).retL);
                }
            };
            case 'B' -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return run(f, code, null, args, pos).retL != 0;
                }
            };
            case 'O' -> new X() {
                @Override
                public Object eval(Frame f) {
                    return run(f, code, null, args, pos).retO;
                }
            };
            case 'T' -> new X() {
                @Override
                public Object eval(Frame f) {
                    return run(f, code, null, args, pos).ret;
                }
            };
            default -> new X() {
                @Override
                public Object eval(Frame f) {
                    run(f, code, null, args, pos);
                    return null;
                }
            };
        };
    }

    /** A call of a REPL session's function: the code its reference holds when the call starts. */
    public static X ref(FuncRef ref, Arg[] args, char kind, Pos pos) {
        return unbox(new X() {
            @Override
            public Object eval(Frame f) {
                return Closure.result(run(f, ref.code(), null, args, pos));
            }
        }, kind);
    }

    /**
     * A call through a function value. {@code args} store into the canonical parameter
     * layout; {@code boxed} evaluate the same arguments for natives and bound methods.
     */
    public static X value(X fn, Arg[] args, X[] boxed, char kind, Pos pos) {
        X call = new X() {
            @Override
            public Object eval(Frame f) {
                Object v = fn.eval(f);
                if (v == null) {
                    throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                }
                if (v instanceof Closure c && !c.hasRecv) {
                    Frame nf = run(f, c.code, c.env, args, pos);
                    return Closure.result(nf);
                }
                Object[] a = new Object[boxed.length];
                for (int i = 0; i < a.length; i++) a[i] = boxed[i].eval(f);
                if (!f.g.deferCall) f.pos = pos;
                return ((FuncV) v).call(a);
            }
        };
        return unbox(call, kind);
    }

    /** A native function with boxed arguments. */
    public static X nativeCall(FuncV fn, X[] args, char kind, Pos pos) {
        X call = new X() {
            @Override
            public Object eval(Frame f) {
                Object[] a = new Object[args.length];
                for (int i = 0; i < a.length; i++) a[i] = args[i].eval(f);
                if (!f.g.deferCall) f.pos = pos;
                return fn.call(a);
            }
        };
        return unbox(call, kind);
    }

    /** Adapts a boxed-result node to the unboxed entry its result type needs. */
    public static X unbox(X call, char kind) {
        return switch (kind) {
            case 'L' -> new X.L() {
                @Override
                public long evalLong(Frame f) {
                    return (Long) call.eval(f);
                }
            };
            case 'D' -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return (Double) call.eval(f);
                }
            };
            case 'B' -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return (Boolean) call.eval(f);
                }
            };
            default -> call;
        };
    }
}
