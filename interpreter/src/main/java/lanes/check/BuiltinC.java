package lanes.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.interp.BuiltinNodes;
import lanes.interp.Frame;
import lanes.interp.Interp;
import lanes.interp.Lit;
import lanes.interp.X;
import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.Kind;
import lanes.types.Layout;
import lanes.types.MapType;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.MapV;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.Values;

/** The builtin functions and slice expressions. */
abstract class BuiltinC extends CallC {
    BuiltinC(Interp interp, String file) {
        super(interp, file);
    }

    /** Channel builtins, provided by the concurrency layer. */
    abstract X chanLen(X ch);

    abstract X chanCap(X ch);

    abstract X chanClose(X ch);

    abstract X makeChan(ChanType t, X size);

    private void nargs(Expr.Call c, String name, int min, int max) {
        int n = c.args().size();
        if (n < min) {
            throw fail(c.rparen(), "invalid operation: not enough arguments for " + name + "(" + argsText(c) + ") (expected " + min + ", found " + n + ")");
        }
        if (max >= 0 && n > max) {
            throw fail(c.args().get(max).pos(), "invalid operation: too many arguments for " + name + "(" + argsText(c) + ") (expected " + max + ", found " + n + ")");
        }
    }

    private String argsText(Expr.Call c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(exprString(c.args().get(i)));
        }
        return sb.toString();
    }

    private Op novalue(X x, Expr.Call c) {
        Op op = new Op();
        op.mode = Op.NOVALUE;
        op.x = x;
        op.expr = c;
        return op;
    }

    @Override
    Op builtin(String name, Expr.Call c) {
        if (c.ellipsis() && !name.equals("append")) throw fail(c.pos(), "invalid operation: invalid use of ... with built-in " + name);
        switch (name) {
            case "len", "cap" -> {
                nargs(c, name, 1, 1);
                Op x = valueExpr(c.args().get(0));
                Type u = x.type.underlying();
                if (u instanceof PointerType pt && pt.elem().underlying() instanceof ArrayType) u = pt.elem().underlying();
                if (u instanceof ArrayType at) return Op.constant(Basic.INT, BigInteger.valueOf(at.length()), c);
                Kind k = u.kind();
                if (name.equals("len") && (k == Kind.STRING || k == Kind.UNTYPED_STRING)) {
                    if (x.mode == Op.CONST) return Op.constant(Basic.INT, BigInteger.valueOf(((String) x.val).length()), c);
                    X s = x.x;
                    return Op.value(Basic.INT, new X.L() {
                        @Override
                        public long evalLong(Frame f) {
                            return ((String) s.eval(f)).length();
                        }
                    }, c);
                }
                if (k == Kind.SLICE) {
                    X s = x.x;
                    boolean isLen = name.equals("len");
                    return Op.value(Basic.INT, new X.L() {
                        @Override
                        public long evalLong(Frame f) {
                            SliceV v = (SliceV) s.eval(f);
                            return v == null ? 0 : isLen ? v.len : v.cap;
                        }
                    }, c);
                }
                if (k == Kind.MAP && name.equals("len")) {
                    X m = x.x;
                    return Op.value(Basic.INT, new X.L() {
                        @Override
                        public long evalLong(Frame f) {
                            MapV v = (MapV) m.eval(f);
                            return v == null ? 0 : v.size();
                        }
                    }, c);
                }
                if (k == Kind.CHAN) return Op.value(Basic.INT, name.equals("len") ? chanLen(x.x) : chanCap(x.x), c);
                throw fail(c.args().get(0).pos(), "invalid argument: " + describe(x) + " for built-in " + name);
            }
            case "append" -> {
                if (c.args().isEmpty()) throw fail(c.rparen(), "invalid operation: not enough arguments for append() (expected 1, found 0)");
                Op s = valueExpr(c.args().get(0));
                Type st = s.type;
                if (s.mode == Op.NIL) throw fail(c.args().get(0).pos(), "first argument to append must be a typed slice; found untyped nil");
                if (!(st.underlying() instanceof SliceType sl)) {
                    throw fail(c.args().get(0).pos(), "invalid argument: " + describe(s) + " (expected slice)");
                }
                X sx = s.x;
                if (c.ellipsis()) {
                    nargs(c, name, 2, 2);
                    Op t = valueExpr(c.args().get(1));
                    boolean fromString = t.type.underlying().kind() == Kind.STRING || t.type.underlying().kind() == Kind.UNTYPED_STRING;
                    if (fromString && sl.elem().underlying().kind() == Kind.UINT8) {
                        return fresh(Op.value(st, BuiltinNodes.appendSlice(sx, rvalue(t), sl.elem(), true), c));
                    }
                    X tx = t.mode == Op.NIL ? new Lit.ObjC(null) : value(t, new SliceType(sl.elem()), "append");
                    if (t.mode != Op.NIL && !(t.type.underlying() instanceof SliceType)) {
                        throw fail(c.args().get(1).pos(), "cannot use " + describe(t) + " as " + new SliceType(sl.elem()) + " value in argument to append");
                    }
                    if (race != null) {
                        X ax = BuiltinNodes.appendSlice(sx, lanes.race.RaceNodes.operand(race, tx, 1), sl.elem(), false);
                        return fresh(Op.value(st, lanes.race.RaceNodes.appended(race, ax, -1), c));
                    }
                    return fresh(Op.value(st, BuiltinNodes.appendSlice(sx, tx, sl.elem(), false), c));
                }
                List<X> vs = new ArrayList<>();
                for (int i = 1; i < c.args().size(); i++) vs.add(value(valueExpr(c.args().get(i)), sl.elem(), "argument to append"));
                if (race != null) {
                    X ax = BuiltinNodes.append(sx, vs.toArray(new X[0]), sl.elem());
                    return fresh(Op.value(st, lanes.race.RaceNodes.appended(race, ax, vs.size()), c));
                }
                return fresh(Op.value(st, BuiltinNodes.append(sx, vs.toArray(new X[0]), sl.elem()), c));
            }
            case "make" -> {
                if (c.args().isEmpty()) throw fail(c.rparen(), "invalid operation: not enough arguments for make() (expected 1, found 0)");
                Type t = resolveType(c.args().get(0));
                Type u = t.underlying();
                List<X> sizes = new ArrayList<>();
                for (int i = 1; i < c.args().size(); i++) {
                    Op a = valueExpr(c.args().get(i));
                    if (a.mode == Op.CONST) {
                        BigInteger v = Const.toInt(a.val);
                        if (v == null) throw fail(a.expr.pos(), exprString(a.expr) + " (" + a.type + " constant) truncated to int");
                        if (v.signum() < 0) throw fail(a.expr.pos(), "invalid argument: index " + exprString(a.expr) + " (constant of type int) must not be negative");
                    }
                    sizes.add(indexValue(a, "index"));
                }
                if (u instanceof SliceType sl) {
                    if (sizes.isEmpty()) throw fail(c.rparen(), "invalid operation: " + exprString(c) + " expects 2 or 3 arguments; found 1");
                    if (sizes.size() > 2) throw fail(c.pos(), "invalid operation: " + exprString(c) + " expects 2 or 3 arguments; found " + c.args().size());
                    return fresh(Op.value(t, BuiltinNodes.makeSlice(sl.elem(), sizes.get(0), sizes.size() > 1 ? sizes.get(1) : null, c), c));
                }
                if (u instanceof MapType mt) {
                    if (sizes.size() > 1) throw fail(c.pos(), "invalid operation: " + exprString(c) + " expects 1 or 2 arguments; found " + c.args().size());
                    return fresh(Op.value(t, BuiltinNodes.makeMap(mt.key(), mt.value(), sizes.isEmpty() ? null : sizes.get(0)), c));
                }
                if (u instanceof ChanType ct) {
                    if (sizes.size() > 1) throw fail(c.pos(), "invalid operation: " + exprString(c) + " expects 1 or 2 arguments; found " + c.args().size());
                    return fresh(Op.value(t, makeChan(ct, sizes.isEmpty() ? null : sizes.get(0)), c));
                }
                throw fail(c.args().get(0).pos(), "invalid argument: cannot make " + exprString(c.args().get(0)) + "; type must be slice, map, or channel");
            }
            case "new" -> {
                nargs(c, name, 1, 1);
                Type t = resolveType(c.args().get(0));
                boolean aggr = Values.isAggregate(t);
                Object zero = aggr ? null : Values.zero(t);
                return fresh(Op.value(new PointerType(t), lanes.mem.Allocs.object(new X() {
                    @Override
                    public Object eval(Frame f) {
                        return aggr ? Values.zero(t) : new lanes.values.Cell(zero);
                    }
                }, t, c), c));
            }
            case "delete" -> {
                nargs(c, name, 2, 2);
                Op m = valueExpr(c.args().get(0));
                if (!(m.type.underlying() instanceof MapType mt)) throw fail(c.args().get(0).pos(), "invalid argument: " + describe(m) + " is not a map");
                X k = value(valueExpr(c.args().get(1)), mt.key(), "argument to delete");
                X mx = race == null ? m.x : lanes.race.RaceNodes.touchMap(race, m.x, true, lanes.race.RaceNodes.mapFunc(mt.key(), lanes.race.RaceNodes.MAP_DELETE));
                return novalue(new X() {
                    @Override
                    public Object eval(Frame f) {
                        MapV v = (MapV) mx.eval(f);
                        Object key = k.eval(f);
                        if (v != null) {
                            if (v.writing) throw lanes.interp.Access.mapFault("concurrent map writes");
                            v.remove(key);
                        }
                        return null;
                    }
                }, c);
            }
            case "copy" -> {
                nargs(c, name, 2, 2);
                Op d = valueExpr(c.args().get(0));
                Op s = valueExpr(c.args().get(1));
                if (!(d.type.underlying() instanceof SliceType ds)) throw fail(c.pos(), "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
                boolean fromString = s.type.underlying().kind() == Kind.STRING || s.type.underlying().kind() == Kind.UNTYPED_STRING;
                if (fromString && ds.elem().underlying().kind() == Kind.UINT8) {
                    return Op.value(Basic.INT, BuiltinNodes.copy(d.x, rvalue(s), true), c);
                }
                if (!(s.type.underlying() instanceof SliceType ss) || !ss.elem().equals(ds.elem())) {
                    throw fail(c.pos(), "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) + " have different element types");
                }
                if (race != null) {
                    return Op.value(Basic.INT, lanes.race.RaceNodes.copy(race, d.x, s.x), c);
                }
                return Op.value(Basic.INT, BuiltinNodes.copy(d.x, s.x, false), c);
            }
            case "panic" -> {
                nargs(c, name, 1, 1);
                Op v = valueExpr(c.args().get(0));
                X vx = value(v, lanes.check.Universe.ANY, "argument to panic");
                return novalue(new X() {
                    @Override
                    public Object eval(Frame f) {
                        Object val = vx.eval(f);
                        // since Go 1.21, panic(nil) panics with a *runtime.PanicNilError
                        if (val == null) throw lanes.values.RuntimeErrors.panicNil();
                        throw new GoPanic(val, false);
                    }
                }, c);
            }
            case "recover" -> {
                nargs(c, name, 0, 0);
                return Op.value(Universe.ANY, new X() {
                    @Override
                    public Object eval(Frame f) {
                        GoPanic p = f.recoverable;
                        if (p == null || p.recovered || f.g.panicking != p) return null;
                        p.recovered = true;
                        return p.value;
                    }
                }, c);
            }
            case "print", "println" -> {
                List<X> xs = new ArrayList<>();
                List<Type> ts = new ArrayList<>();
                for (Expr a : c.args()) {
                    Op o = valueExpr(a);
                    if (o.mode == Op.NIL) throw fail(a.pos(), "use of untyped nil in argument to built-in " + name);
                    Type t = o.mode == Op.CONST ? defaultType(o.type) : o.type;
                    xs.add(o.mode == Op.CONST ? rvalue(o) : o.x);
                    ts.add(t);
                }
                boolean ln = name.equals("println");
                X[] xa = xs.toArray(new X[0]);
                Type[] ta = ts.toArray(new Type[0]);
                return novalue(new X() {
                    @Override
                    public Object eval(Frame f) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < xa.length; i++) {
                            if (ln && i > 0) sb.append(' ');
                            sb.append(PrintBuiltin.format(ta[i], xa[i].eval(f)));
                        }
                        if (ln) sb.append('\n');
                        f.g.interp.writeErr(sb.toString());
                        return null;
                    }
                }, c);
            }
            case "min", "max" -> {
                return minMax(name, c);
            }
            case "clear" -> {
                nargs(c, name, 1, 1);
                Op x = valueExpr(c.args().get(0));
                X xx = x.x;
                if (x.type.underlying() instanceof MapType) {
                    return novalue(new X() {
                        @Override
                        public Object eval(Frame f) {
                            MapV m = (MapV) xx.eval(f);
                            if (m != null) m.clear();
                            return null;
                        }
                    }, c);
                }
                if (x.type.underlying() instanceof SliceType sl) {
                    Type elem = sl.elem();
                    return novalue(new X() {
                        @Override
                        public Object eval(Frame f) {
                            SliceV s = (SliceV) xx.eval(f);
                            if (s == null) return null;
                            for (int i = 0; i < s.len; i++) Store.set(s.array, s.off + i, Values.zero(elem));
                            return null;
                        }
                    }, c);
                }
                throw fail(c.args().get(0).pos(), "invalid argument: " + describe(x) + " must be a map or slice");
            }
            case "close" -> {
                nargs(c, name, 1, 1);
                Op x = valueExpr(c.args().get(0));
                if (!(x.type.underlying() instanceof ChanType ct)) throw fail(c.args().get(0).pos(), "invalid operation: non-chan argument " + describe(x) + " for built-in close");
                if (ct.dir() == ChanType.Dir.RECV) throw fail(c.args().get(0).pos(), "invalid operation: cannot close receive-only channel " + describe(x));
                return novalue(chanClose(x.x), c);
            }
            case "complex", "real", "imag" -> throw fail(c.pos(), "complex numbers are not supported by Lanes");
            case "unsafe.Sizeof", "unsafe.Alignof" -> {
                nargs(c, name, 1, 1);
                Op x = valueExpr(c.args().get(0));
                Type t = x.mode == Op.CONST ? defaultType(x.type) : x.type;
                long v = name.endsWith("Sizeof") ? Layout.sizeof(t) : Layout.alignof(t);
                return Op.constant(Basic.UINTPTR, BigInteger.valueOf(v), c);
            }
            case "unsafe.Offsetof" -> {
                nargs(c, name, 1, 1);
                Expr a = unparen(c.args().get(0));
                if (!(a instanceof Expr.Selector s)) throw fail(a.pos(), "invalid argument: " + exprString(a) + " is not a selector expression");
                Op x = valueExpr(s.x());
                Type t = x.type.underlying() instanceof PointerType pt ? pt.elem() : x.type;
                lanes.types.Lookup.Selection sel = lanes.types.Lookup.find(t, s.sel().name());
                if (sel == null || !sel.isField()) throw fail(a.pos(), "invalid argument: " + exprString(a) + " is a method value");
                Type holder = t;
                for (int p : sel.path()) holder = ((StructType) holder.underlying()).fields().get(p).type();
                long off = Layout.offsetof((StructType) holder.underlying(), sel.field());
                return Op.constant(Basic.UINTPTR, BigInteger.valueOf(off), c);
            }
            default -> throw fail(c.pos(), name + " is not supported by Lanes");
        }
    }

    private Op minMax(String name, Expr.Call c) {
        nargs(c, name, 1, -1);
        List<Op> ops = new ArrayList<>();
        for (Expr a : c.args()) ops.add(valueExpr(a));
        boolean allConst = ops.stream().allMatch(o -> o.mode == Op.CONST);
        Type t = null;
        for (Op o : ops) {
            if (!isUntyped(o.type)) {
                if (t != null && !t.equals(o.type)) {
                    throw fail(o.expr.pos(), "invalid argument: mismatched types " + t + " (previous argument) and " + o.type + " (type of " + exprString(o.expr) + ")");
                }
                t = o.type;
            }
        }
        for (Op o : ops) {
            Kind k = o.type.underlying().kind();
            if (!(k.isNumeric() || k == Kind.STRING || k == Kind.UNTYPED_STRING || k == Kind.UNTYPED_RUNE)) {
                throw fail(o.expr.pos(), "invalid argument: " + describe(o) + " cannot be ordered");
            }
        }
        boolean isMax = name.equals("max");
        if (allConst) {
            Op best = ops.get(0);
            for (Op o : ops) {
                int r = Const.cmp(o.val, best.val);
                if (isMax ? r > 0 : r < 0) best = o;
            }
            Type rt = t;
            if (rt == null) {
                rt = best.type;
                for (Op o : ops) {
                    if (o.type.underlying().kind() == Kind.UNTYPED_FLOAT) rt = Basic.UNTYPED_FLOAT;
                }
            }
            return Op.constant(rt, best.val, c);
        }
        Type rt = t;
        List<X> xs = new ArrayList<>();
        for (Op o : ops) xs.add(value(o, rt, "argument to " + name));
        X[] xa = xs.toArray(new X[0]);
        Kind k = rt.underlying().kind();
        if (k.isInteger()) {
            boolean uns = k == Kind.UINT64 || k == Kind.UINT || k == Kind.UINTPTR;
            return Op.value(rt, new X.L() {
                @Override
                public long evalLong(Frame f) {
                    long r = xa[0].evalLong(f);
                    for (int i = 1; i < xa.length; i++) {
                        long v = xa[i].evalLong(f);
                        int cmp = uns ? Long.compareUnsigned(v, r) : Long.compare(v, r);
                        if (isMax ? cmp > 0 : cmp < 0) r = v;
                    }
                    return r;
                }
            }, c);
        }
        if (k.isFloat()) {
            return Op.value(rt, new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    double r = xa[0].evalDouble(f);
                    for (int i = 1; i < xa.length; i++) {
                        double v = xa[i].evalDouble(f);
                        if (Double.isNaN(v) || Double.isNaN(r)) return Double.NaN;
                        r = isMax ? Math.max(r, v) : Math.min(r, v);
                    }
                    return r;
                }
            }, c);
        }
        return Op.value(rt, new X() {
            @Override
            public Object eval(Frame f) {
                String r = (String) xa[0].eval(f);
                for (int i = 1; i < xa.length; i++) {
                    String v = (String) xa[i].eval(f);
                    int cmp = v.compareTo(r);
                    if (isMax ? cmp > 0 : cmp < 0) r = v;
                }
                return r;
            }
        }, c);
    }

    @Override
    Op sliceExpr(Expr.SliceExpr s) {
        Op x = valueExpr(s.x());
        Type u = x.type.underlying();
        X lo = s.lo() == null ? null : indexValue(valueExpr(s.lo()), "index");
        X hi = s.hi() == null ? null : indexValue(valueExpr(s.hi()), "index");
        X max = s.max() == null ? null : indexValue(valueExpr(s.max()), "index");
        // constant indices are checked now: against an array's length or a constant string's, and in order
        long bound = -1;
        if (u instanceof ArrayType at0) bound = at0.length();
        else if (u instanceof PointerType pt0 && pt0.elem().underlying() instanceof ArrayType at0) bound = at0.length();
        else if (x.mode == Op.CONST && x.val instanceof String cs) bound = cs.length();
        long prev = -1;
        for (Expr b : new Expr[] {s.lo(), s.hi(), s.max()}) {
            if (b != null) {
                Op bo = valueExpr(b);
                if (bo.mode == Op.CONST && Const.toInt(bo.val) != null) {
                    BigInteger k = Const.toInt(bo.val);
                    if (k.signum() < 0) {
                        throw fail(b.pos(), "invalid argument: index " + exprString(b) + " (constant of type int) must not be negative");
                    }
                    if (bound >= 0 && k.compareTo(BigInteger.valueOf(bound)) > 0) {
                        throw fail(b.pos(), "invalid argument: index " + k + " out of bounds [0:" + (bound + 1) + "]");
                    }
                    if (k.compareTo(BigInteger.valueOf(prev)) < 0) throw fail(b.pos(), "invalid slice indices: " + k + " < " + prev);
                    prev = k.longValue();
                }
            }
        }
        if (u.kind() == Kind.STRING || u.kind() == Kind.UNTYPED_STRING) {
            if (s.full()) throw fail(s.pos(), "invalid operation: 3-index slice of string");
            Type rt = isUntyped(x.type) ? Basic.STRING : x.type;
            return Op.value(rt, BuiltinNodes.slice(rvalue(x), lo, hi, null, 2), s);
        }
        if (u instanceof SliceType) return fresh(Op.value(x.type, BuiltinNodes.slice(x.x, lo, hi, max, 0), s));
        if (u instanceof ArrayType at) {
            if (x.mode != Op.VAR) throw fail(s.pos(), "invalid operation: " + exprString(s.x()) + " (slice of unaddressable value)");
            return fresh(Op.value(new SliceType(at.elem()), BuiltinNodes.slice(x.x, lo, hi, max, 1), s));
        }
        if (u instanceof PointerType pt && pt.elem().underlying() instanceof ArrayType at) {
            return fresh(Op.value(new SliceType(at.elem()), BuiltinNodes.slice(x.x, lo, hi, max, 1), s));
        }
        throw fail(s.pos(), "cannot slice " + describe(x));
    }
}
