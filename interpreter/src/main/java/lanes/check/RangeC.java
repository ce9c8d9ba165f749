package lanes.check;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Stmt;
import lanes.interp.Frame;
import lanes.interp.Lit;
import lanes.interp.S;
import lanes.interp.Slot;
import lanes.interp.Stmts;
import lanes.interp.X;
import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.Kind;
import lanes.types.MapType;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.MapV;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.Values;

/**
 * {@code for k, v := range x}: each form becomes an ordinary loop over hidden temporaries
 * (the range expression is evaluated once), with the iteration variables assigned at the
 * top of each iteration (declared afresh each time with {@code :=}, Go 1.22).
 */
final class RangeC {
    private RangeC() {}

    static S compile(StmtC c, Stmt.Range r, Object label) {
        Op x = c.valueExpr(r.x());
        Type u = x.type.underlying();
        if (u instanceof ChanType ct) return c.rangeChan(r, x, ct, label);
        List<S> pre = new ArrayList<>();
        Type keyT;
        Type valT = null;
        Kind k = u.kind();
        if (k.isInteger() || (x.mode == Op.CONST && (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE || k == Kind.UNTYPED_FLOAT))) {
            keyT = x.mode == Op.CONST ? (ExprC.isUntyped(x.type) ? Basic.INT : x.type) : x.type;
            if (r.value() != null) throw c.fail(r.value().pos(), "range over " + c.describe(x) + " permits only one iteration variable");
            X n = c.temp(keyT, x.mode == Op.CONST ? c.value(x, keyT, "range") : x.x, pre);
            Slot i = c.fn.alloc(Basic.INT, false);
            X iv = lanes.interp.Locals.read(i);
            pre.add(lanes.interp.Locals.write(i, Lit.of(0L, 'L')));
            X cond = lanes.interp.Arith.cmpLong("<", false, iv, n);
            S post = lanes.interp.Locals.write(i, lanes.interp.Arith.binLong("+", Kind.INT, iv, Lit.of(1L, 'L')));
            return loop(c, r, pre, cond, post, iv, keyT, null, null, label);
        }
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            X s = c.temp(Basic.STRING, c.rvalue(x), pre);
            Slot i = c.fn.alloc(Basic.INT, false);
            Slot w = c.fn.alloc(Basic.INT, false);
            Slot rn = c.fn.alloc(Basic.INT32, false);
            X iv = lanes.interp.Locals.read(i);
            pre.add(lanes.interp.Locals.write(i, Lit.of(0L, 'L')));
            int ii = i.index();
            int wi = w.index();
            int ri = rn.index();
            X cond = new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    String str = (String) s.eval(f);
                    int at = (int) f.p[ii];
                    if (at >= str.length()) return false;
                    long rw = GoStrings.decodeRune(str, at);
                    f.p[ri] = rw >>> 32;
                    f.p[wi] = (int) rw;
                    return true;
                }
            };
            S post = new S() {
                @Override
                public int exec(Frame f) {
                    f.p[ii] += f.p[wi];
                    return NORMAL;
                }
            };
            return loop(c, r, pre, cond, post, iv, Basic.INT, lanes.interp.Locals.read(rn), Basic.INT32, label);
        }
        if (u instanceof MapType mt) {
            X mx = c.race == null ? x.x : lanes.race.RaceNodes.touchMap(c.race, x.x, false, lanes.race.RaceNodes.mapFunc(mt.key(), lanes.race.RaceNodes.MAP_ITERINIT));
            // the map and its key snapshot are dropped when the loop ends, so that (as in Go) the
            // loop's hidden iterator does not keep the map reachable afterwards (runtime.GC, MemStats)
            Slot ms = c.fn.alloc(mt, false);
            pre.add(lanes.interp.Locals.write(ms, mx));
            int mi = ms.index();
            X m = lanes.interp.Locals.read(ms);
            Slot keys = c.fn.alloc(Basic.UNSAFE_POINTER, false);
            Slot i = c.fn.alloc(Basic.INT, false);
            int ki = keys.index();
            int ii = i.index();
            pre.add(new S() {
                @Override
                public int exec(Frame f) {
                    MapV mv = (MapV) m.eval(f);
                    f.o[ki] = mv == null ? List.of() : mv.keys(f.g.interp.mapIterStart());
                    f.p[ii] = -1;
                    return NORMAL;
                }
            });
            X cond = new X.B() {
                @Override
                @SuppressWarnings("unchecked")
                public boolean evalBool(Frame f) {
                    List<Object> ks = (List<Object>) f.o[ki];
                    MapV mv = (MapV) m.eval(f);
                    if (mv != null && mv.writing) throw lanes.interp.Access.mapFault("concurrent map iteration and map write");
                    int at = (int) f.p[ii] + 1;
                    while (at < ks.size() && !mv.containsKey(ks.get(at))) at++;
                    f.p[ii] = at;
                    if (at < ks.size()) return true;
                    f.o[ki] = null;
                    f.o[mi] = null;
                    return false;
                }
            };
            X key = CallNodesBridge.unbox(new X() {
                @Override
                @SuppressWarnings("unchecked")
                public Object eval(Frame f) {
                    return ((List<Object>) f.o[ki]).get((int) f.p[ii]);
                }
            }, ExprC.kind(mt.key()));
            Object zero = Values.zero(mt.value());
            X val = CallNodesBridge.unbox(new X() {
                @Override
                @SuppressWarnings("unchecked")
                public Object eval(Frame f) {
                    Object kv = ((List<Object>) f.o[ki]).get((int) f.p[ii]);
                    Object v = ((MapV) m.eval(f)).get(kv);
                    return v == null ? zero : v;
                }
            }, ExprC.kind(mt.value()));
            return loop(c, r, pre, cond, null, key, mt.key(), val, mt.value(), label);
        }
        boolean slice;
        Type elem;
        X base;
        if (u instanceof SliceType st) {
            slice = true;
            elem = st.elem();
            base = c.temp(x.type, x.x, pre);
        } else if (u instanceof ArrayType at) {
            slice = false;
            elem = at.elem();
            X arr = r.value() != null ? lanes.interp.Access.copy(x.type, x.x) : x.x;
            base = c.temp(x.type, arr, pre);
        } else if (u instanceof PointerType pt && pt.elem().underlying() instanceof ArrayType at) {
            slice = false;
            elem = at.elem();
            base = c.temp(x.type, x.x, pre);
        } else if (u.kind() == Kind.FUNC) {
            throw c.fail(r.x().pos(), "range over functions (iterators) is not supported by Lanes");
        } else {
            throw c.fail(r.x().pos(), "cannot range over " + c.describe(x));
        }
        Slot n = c.fn.alloc(Basic.INT, false);
        Slot i = c.fn.alloc(Basic.INT, false);
        X nv = lanes.interp.Locals.read(n);
        X iv = lanes.interp.Locals.read(i);
        X b = base;
        pre.add(lanes.interp.Locals.write(n, new X.L() {
            @Override
            public long evalLong(Frame f) {
                Object v = b.eval(f);
                if (v == null) return 0;
                return v instanceof SliceV s ? s.len : Store.length(v);
            }
        }));
        pre.add(lanes.interp.Locals.write(i, Lit.of(0L, 'L')));
        X cond = lanes.interp.Arith.cmpLong("<", false, iv, nv);
        S post = lanes.interp.Locals.write(i, lanes.interp.Arith.binLong("+", Kind.INT, iv, Lit.of(1L, 'L')));
        boolean signed = elem.underlying().kind() == Kind.INT8;
        X val = r.value() == null ? null
                : c.race != null && !Values.isAggregate(elem) && !(u instanceof ArrayType)
                        ? lanes.race.RaceNodes.loadElemAt(c.race, base, iv, slice, signed, ExprC.kind(elem), r.pos())
                        : lanes.interp.Access.index(base, iv, slice, Values.storeOf(elem), signed);
        return loop(c, r, pre, cond, post, iv, Basic.INT, val, elem, label);
    }

    /** Builds the loop: assignments of key/value at the top of each iteration, then the body. */
    static S loop(StmtC c, Stmt.Range r, List<S> pre, X cond, S post, X key, Type keyT, X val, Type valT, Object label) {
        List<S> top = new ArrayList<>();
        c.push();
        try {
            assignVar(c, r, r.key(), key, keyT, top);
            if (r.value() != null) {
                if (val == null) throw c.fail(r.value().pos(), "range clause permits at most one iteration variable");
                assignVar(c, r, r.value(), val, valT, top);
            }
            S body = c.block(r.body().stmts(), top);
            pre.add(new Stmts.For(cond, body, post, label));
            return new Stmts.Seq(pre.toArray(new S[0]));
        } finally {
            c.closeScope();
        }
    }

    static void assignVar(StmtC c, Stmt.Range r, Expr target, X src, Type t, List<S> out) {
        if (target == null) return;
        if (r.define()) {
            Expr.Ident id = (Expr.Ident) target;
            if (id.name().equals("_")) return;
            X v = Values.isAggregate(t) ? lanes.interp.Access.copy(t, src) : src;
            Var var = c.declareVar(id, t, false);
            out.add(c.initVar(var, v));
            return;
        }
        Op l = c.lvalue(target, false);
        if (l == null) return;
        Op srcOp = Op.value(t, src, target);
        out.add(l.lv.store(c.value(srcOp, l.type, "range")));
    }
}
