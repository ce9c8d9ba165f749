package lanes.check;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.Stmt;
import lanes.interp.Code;
import lanes.interp.Frame;
import lanes.interp.Interp;
import lanes.interp.S;
import lanes.interp.Slot;
import lanes.interp.X;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.Type;
import lanes.values.Values;

/** Goroutines, channels, select, and the go/defer statements. */
abstract class ConcC extends StmtC {
    ConcC(Interp interp, String file) {
        super(interp, file);
    }

    // ---- go and defer ----------------------------------------------------------------------------

    /**
     * Compiles the call of a go/defer statement so that its function value, receiver and
     * arguments are evaluated now (into an array) and the call itself runs later.
     */
    private record Deferred(X call, X[] now) {}

    private Deferred captureCall(Expr callExpr, String what) {
        Expr e = unparen(callExpr);
        if (!(e instanceof Expr.Call c)) throw fail(callExpr.pos(), "expression in " + what + " must be function call");
        Expr.Call savedFor = captureFor;
        List<X> savedNow = captureNow;
        captureFor = c;
        captureNow = new ArrayList<>();
        try {
            Op op = expr(c);
            if (op.mode == Op.TYPE || (op.mode == Op.CONST)) throw fail(c.pos(), what + " requires function call, not conversion");
            if (c.fun() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Ent.BuiltinEnt be) {
                switch (be.name()) {
                    case "append", "cap", "len", "make", "new", "min", "max", "complex", "real", "imag" ->
                        throw fail(c.pos(), what + " discards result of " + exprString(c));
                    default -> {
                    }
                }
            }
            return new Deferred(op.x, captureNow.toArray(new X[0]));
        } finally {
            captureFor = savedFor;
            captureNow = savedNow;
        }
    }

    @Override
    S deferStmt(Stmt.Defer d) {
        Deferred dc = captureCall(d.call(), "defer");
        X call = dc.call;
        X[] now = dc.now;
        return new S() {
            @Override
            public int exec(Frame f) {
                Object[] vals = new Object[now.length];
                for (int i = 0; i < vals.length; i++) vals[i] = now[i].eval(f);
                if (f.defers == null) f.defers = new ArrayList<>();
                f.defers.add(() -> {
                    Object[] saved = f.captured;
                    f.captured = vals;
                    f.g.deferCall = true;
                    try {
                        call.eval(f);
                    } finally {
                        f.g.deferCall = false;
                        f.captured = saved;
                    }
                });
                return NORMAL;
            }
        };
    }

    @Override
    S goStmt(Stmt.Go g) {
        Deferred dc = captureCall(g.call(), "go");
        X call = dc.call;
        X[] now = dc.now;
        Pos pos = g.pos();
        String creator = fn.code.name;
        Code entry = new Code("goroutine", pos);
        entry.synthetic = true;
        entry.params = new Slot[0];
        entry.resultZeros = new Object[0];
        return new S() {
            @Override
            public int exec(Frame f) {
                Object[] vals = new Object[now.length];
                for (int i = 0; i < vals.length; i++) vals[i] = now[i].eval(f);
                f.pos = pos;
                Interp in = f.g.interp;
                in.spawn(f.g, creator, pos, ng -> {
                    Frame gf = new Frame(entry, null, null, ng);
                    gf.captured = vals;
                    gf.pos = pos;
                    ng.top = gf;
                    call.eval(gf);
                });
                return NORMAL;
            }
        };
    }

    // ---- channels --------------------------------------------------------------------------------

    @Override
    X makeChan(ChanType t, X size) {
        Object zero = Values.zero(t.elem());
        return new X() {
            @Override
            public Object eval(Frame f) {
                long n = size == null ? 0 : size.evalLong(f);
                if (n < 0 || n > Integer.MAX_VALUE) throw Values.runtimePanic("makechan: size out of range");
                return f.g.interp.makeChan((int) n, zero, t.elem());
            }
        };
    }

    @Override
    X chanLen(X ch) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return f.g.interp.chanLen(ch.eval(f));
            }
        };
    }

    @Override
    X chanCap(X ch) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return f.g.interp.chanCap(ch.eval(f));
            }
        };
    }

    @Override
    X chanClose(X ch) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                f.g.interp.close(ch.eval(f));
                return null;
            }
        };
    }

    @Override
    S sendStmt(Stmt.Send s) {
        Op ch = valueExpr(s.ch());
        if (!(ch.type.underlying() instanceof ChanType ct)) {
            throw fail(s.arrow(), "invalid operation: cannot send to non-channel " + describe(ch));
        }
        if (ct.dir() == ChanType.Dir.RECV) {
            throw fail(s.arrow(), "invalid operation: cannot send to receive-only channel " + describe(ch));
        }
        X v = value(valueExpr(s.value()), ct.elem(), "send");
        X c = ch.x;
        Pos pos = s.pos();
        return new S() {
            @Override
            public int exec(Frame f) {
                Object chv = c.eval(f);
                Object val = v.eval(f);
                f.pos = pos;
                f.g.interp.send(chv, val);
                return NORMAL;
            }
        };
    }

    @Override
    Op receive(Expr.Unary u) {
        Op ch = valueExpr(u.x());
        if (!(ch.type.underlying() instanceof ChanType ct)) {
            throw fail(u.pos(), "invalid operation: cannot receive from non-channel " + describe(ch));
        }
        if (ct.dir() == ChanType.Dir.SEND) {
            throw fail(u.x().pos(), "invalid operation: cannot receive from send-only channel " + describe(ch));
        }
        X c = ch.x;
        Pos pos = u.pos();
        X one = CallNodesBridge.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                Object chv = c.eval(f);
                f.pos = pos;
                return f.g.interp.recv(chv);
            }
        }, kind(ct.elem()));
        Op op = Op.value(ct.elem(), one, u);
        op.commaOk = new X() {
            @Override
            public Object eval(Frame f) {
                Object chv = c.eval(f);
                f.pos = pos;
                return f.g.interp.recv2(chv);
            }
        };
        return op;
    }

    @Override
    S rangeChan(Stmt.Range r, Op x, ChanType ct, Object label) {
        if (ct.dir() == ChanType.Dir.SEND) {
            throw fail(r.x().pos(), "invalid operation: range " + exprString(r.x()) + " receive from send-only channel " + ct);
        }
        if (r.value() != null) throw fail(r.value().pos(), "range over " + describe(x) + " permits only one iteration variable");
        List<S> pre = new ArrayList<>();
        X c = temp(x.type, x.x, pre);
        Slot v = fn.alloc(Basic.UNSAFE_POINTER, false);
        int vi = v.index();
        Pos pos = r.pos();
        X cond = new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                Object chv = c.eval(f);
                f.pos = pos;
                Object[] res = f.g.interp.recv2(chv);
                f.o[vi] = res[0];
                return (Boolean) res[1];
            }
        };
        X val = CallNodesBridge.unbox(lanes.interp.Locals.read(v), kind(ct.elem()));
        return RangeC.loop(this, r, pre, cond, null, val, ct.elem(), null, null, label);
    }

    // ---- select ----------------------------------------------------------------------------------

    @Override
    S selectStmt(Stmt.Select s, Object label) {
        int n = s.clauses().size();
        List<X> chans = new ArrayList<>();
        List<X> sendVals = new ArrayList<>();
        List<Boolean> isSend = new ArrayList<>();
        List<Integer> caseOf = new ArrayList<>();
        S[] bodies = new S[n];
        int def = -1;
        Slot res = fn.alloc(Basic.UNSAFE_POINTER, false);
        int ri = res.index();
        for (int i = 0; i < n; i++) {
            Stmt.CommClause cc = s.clauses().get(i);
            push();
            try {
                List<S> prologue = new ArrayList<>();
                if (cc.comm() == null) {
                    if (def >= 0) error(cc.pos(), "multiple defaults in select");
                    def = i;
                } else if (cc.comm() instanceof Stmt.Send snd) {
                    Op ch = valueExpr(snd.ch());
                    if (!(ch.type.underlying() instanceof ChanType ct)) throw fail(snd.arrow(), "invalid operation: cannot send to non-channel " + describe(ch));
                    if (ct.dir() == ChanType.Dir.RECV) throw fail(snd.arrow(), "invalid operation: cannot send to receive-only channel " + describe(ch));
                    chans.add(ch.x);
                    sendVals.add(value(valueExpr(snd.value()), ct.elem(), "send"));
                    isSend.add(true);
                    caseOf.add(i);
                } else {
                    Expr recvE;
                    List<Expr> lhs = List.of();
                    boolean define = false;
                    if (cc.comm() instanceof Stmt.ExprStmt es) {
                        recvE = unparen(es.x());
                    } else if (cc.comm() instanceof Stmt.Assign a) {
                        recvE = unparen(a.rhs().get(0));
                        lhs = a.lhs();
                        define = a.op().equals(":=");
                    } else {
                        throw fail(cc.comm().pos(), "select case must be receive, send or assign recv");
                    }
                    if (!(recvE instanceof Expr.Unary u && u.op().equals("<-"))) {
                        throw fail(recvE.pos(), "select case must be receive, send or assign recv");
                    }
                    Op ch = valueExpr(u.x());
                    if (!(ch.type.underlying() instanceof ChanType ct)) throw fail(u.pos(), "invalid operation: cannot receive from non-channel " + describe(ch));
                    if (ct.dir() == ChanType.Dir.SEND) throw fail(u.x().pos(), "invalid operation: cannot receive from send-only channel " + describe(ch));
                    chans.add(ch.x);
                    sendVals.add(null);
                    isSend.add(false);
                    caseOf.add(i);
                    X val = CallNodesBridge.unbox(new X() {
                        @Override
                        public Object eval(Frame f) {
                            return ((Object[]) f.o[ri])[0];
                        }
                    }, kind(ct.elem()));
                    X ok = new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return (Boolean) ((Object[]) f.o[ri])[1];
                        }
                    };
                    Type[] ts = {ct.elem(), Basic.BOOL};
                    X[] srcs = {val, ok};
                    for (int k = 0; k < lhs.size(); k++) {
                        Expr target = lhs.get(k);
                        if (define) {
                            Expr.Ident id = (Expr.Ident) target;
                            if (id.name().equals("_")) continue;
                            Var var = declareVar(id, ts[k], false);
                            X src = Values.isAggregate(ts[k]) ? lanes.interp.Access.copy(ts[k], srcs[k]) : srcs[k];
                            prologue.add(initVar(var, src));
                        } else {
                            Op l = lvalue(target, false);
                            if (l != null) prologue.add(l.lv.store(value(Op.value(ts[k], srcs[k], target), l.type, "assignment")));
                        }
                    }
                }
                bodies[i] = block(cc.body(), prologue);
            } finally {
                closeScope();
            }
        }
        X[] cs = chans.toArray(new X[0]);
        X[] vs = sendVals.toArray(new X[0]);
        boolean[] snd = new boolean[isSend.size()];
        for (int i = 0; i < snd.length; i++) snd[i] = isSend.get(i);
        int[] clause = caseOf.stream().mapToInt(Integer::intValue).toArray();
        int defClause = def;
        Pos pos = s.pos();
        return new S() {
            @Override
            public int exec(Frame f) {
                Object[] chv = new Object[cs.length];
                Object[] sv = new Object[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    chv[i] = cs[i].eval(f);
                    if (snd[i]) sv[i] = vs[i].eval(f);
                }
                f.pos = pos;
                Object[] result = new Object[2];
                int k = f.g.interp.select(chv, snd, sv, defClause >= 0, result);
                int body = k < 0 ? defClause : clause[k];
                f.o[ri] = result;
                int st = bodies[body].exec(f);
                if (st == BREAK && (f.label == null || f.label == label)) {
                    f.label = null;
                    return NORMAL;
                }
                return st;
            }
        };
    }
}
