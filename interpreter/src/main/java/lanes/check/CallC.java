package lanes.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.interp.Access;
import lanes.interp.Arg;
import lanes.interp.CallNodes;
import lanes.interp.Closure;
import lanes.interp.Code;
import lanes.interp.Conv;
import lanes.interp.Frame;
import lanes.interp.Interp;
import lanes.interp.Lit;
import lanes.interp.Slot;
import lanes.interp.X;
import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Kind;
import lanes.types.Lookup;
import lanes.types.MapType;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.types.TupleType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.Iface;
import lanes.values.Values;

/** Calls, selectors, conversions, composite literals and type assertions. */
abstract class CallC extends ExprC {
    CallC(Interp interp, String file) {
        super(interp, file);
    }

    abstract Op builtin(String name, Expr.Call c);

    /** The call of a go/defer statement being compiled: its function, receiver and arguments are captured. */
    Expr.Call captureFor;
    List<X> captureNow;

    /** In a go/defer call, x is evaluated at the statement and read back when the call runs. */
    X capture(Expr.Call c, X x) {
        if (captureFor != c || x == null) return x;
        captureNow.add(x);
        X read = new lanes.interp.Captured(captureNow.size() - 1);
        if (x instanceof X.L) return CallNodes.unbox(read, 'L');
        if (x instanceof X.D) return CallNodes.unbox(read, 'D');
        if (x instanceof X.B) return CallNodes.unbox(read, 'B');
        return read;
    }

    /** The canonical parameter layout for a signature (receiver first): what {@link Arg}s store into. */
    static Slot[] canonicalSlots(Type recv, FuncType sig) {
        List<Type> ts = new ArrayList<>();
        if (recv != null) ts.add(recv);
        ts.addAll(sig.params());
        Slot[] out = new Slot[ts.size()];
        int np = 0;
        int no = 0;
        for (int i = 0; i < out.length; i++) {
            char k = FnCtx.primKind(ts.get(i));
            out[i] = k == 'O' ? new Slot('O', no++) : new Slot(k, np++);
        }
        return out;
    }

    static char resultKind(FuncType sig) {
        return switch (sig.results().size()) {
            case 0 -> 'V';
            case 1 -> FnCtx.primKind(sig.results().get(0));
            default -> 'T';
        };
    }

    static Type resultType(FuncType sig) {
        return switch (sig.results().size()) {
            case 0 -> null;
            case 1 -> sig.results().get(0);
            default -> new TupleType(sig.results());
        };
    }

    Op callResult(FuncType sig, X node, Expr.Call c) {
        Op op;
        if (sig.results().isEmpty()) {
            op = new Op();
            op.mode = Op.NOVALUE;
            op.x = node;
        } else {
            op = Op.value(resultType(sig), node, c);
            if (sig.results().size() > 1) op.tuple = sig.results();
        }
        op.fresh = true;
        op.expr = c;
        return op;
    }

    // ---- selectors ------------------------------------------------------------------------------

    @Override
    Op selector(Expr.Selector s) {
        if (s.x() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Ent.PkgEnt pe) {
            pe.used()[0] = true;
            return pkgMember(pe.pkg(), s);
        }
        Op x = expr(s.x());
        String name = s.sel().name();
        if (x.mode == Op.TYPE) return methodExpr(x.type, s);
        valueExpr(s.x());
        Type t = x.type;
        if (t.underlying() instanceof InterfaceType it && !(t instanceof PointerType)) {
            InterfaceType.IMethod im = it.method(name);
            if (im == null) throw fail(s.sel().pos(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
            X recv = x.x;
            Op op = Op.value(im.sig(), new X() {
                @Override
                public Object eval(Frame f) {
                    return interp.dispatch.bind(recv.eval(f), name);
                }
            }, s);
            op.ifaceMethod = name;
            op.recvX = recv;
            return op;
        }
        if (t.underlying() instanceof PointerType pt && pt.elem().underlying() instanceof InterfaceType) {
            throw fail(s.sel().pos(), exprString(s) + " undefined (type " + t + " is pointer to interface, not interface)");
        }
        Lookup.Selection sel = Lookup.find(t, name);
        if (sel == null) {
            throw fail(s.sel().pos(), exprString(s) + " undefined (type " + t + " has no field or method " + name + describeCase(t, name) + ")");
        }
        if (sel.ambiguous()) throw fail(s.sel().pos(), "ambiguous selector " + exprString(s));
        boolean isPtr = t.underlying() instanceof PointerType;
        X base = x.mode == Op.CONST ? rvalue(x) : x.x;
        // the pointer itself, before it is checked for nil: a pointer method may be called on nil
        X ptrRecv = isPtr ? base : null;
        if (isPtr) base = Access.nonNil(base);
        boolean addressable = x.mode == Op.VAR || isPtr;
        boolean inMap = x.mapIndex && !isPtr;
        for (int i = 0; i < sel.path().length; i++) {
            base = Access.field(base, sel.path()[i], 'O');
            ptrRecv = null;
            if (sel.embeddedPtr()[i]) {
                ptrRecv = base;
                base = Access.nonNil(base);
                addressable = true;
                inMap = false;
            }
        }
        if (sel.isField()) {
            Type ft = sel.fieldType();
            LV lv = fieldLV(ft, base, sel.field());
            if (!addressable) return Op.value(ft, lv.load(), s);
            Op op = Op.var(ft, lv, s);
            // m[k].f is a map element's field (not assignable); m[k].p.f reaches through a pointer
            op.mapIndex = inMap;
            return op;
        }
        if (sel.imethod() != null) {
            // method promoted from an embedded interface field
            InterfaceType.IMethod im = sel.imethod();
            X recv = base;
            Op op = Op.value(im.sig(), new X() {
                @Override
                public Object eval(Frame f) {
                    return interp.dispatch.bind(recv.eval(f), name);
                }
            }, s);
            op.ifaceMethod = name;
            op.recvX = recv;
            return op;
        }
        Method m = sel.method();
        Named holder = sel.holder();
        boolean viaPtr = sel.anyPtr(isPtr);
        X recv;
        if (m.pointerReceiver()) {
            if (Values.isAggregate(holder)) {
                recv = ptrRecv != null ? ptrRecv : base;
            } else if (sel.path().length == 0 && isPtr) {
                recv = x.x;
            } else if (sel.path().length == 0 && x.mode == Op.VAR && x.lv.addr() != null) {
                recv = x.lv.addr();
            } else {
                throw fail(s.pos(), "cannot call pointer method " + name + " on " + t);
            }
        } else {
            if (Values.isAggregate(holder)) {
                recv = Access.copy(holder, base);
            } else if (viaPtr && sel.path().length == 0) {
                recv = Access.deref(x.x, kind(holder));
            } else {
                recv = base;
            }
        }
        X recvFinal = recv;
        Op op = Op.value(m.sig(), new X() {
            @Override
            public Object eval(Frame f) {
                Object r = recvFinal.eval(f);
                Object impl = m.impl();
                if (impl instanceof Code code) return new Closure(code, null, interp, r, true);
                FuncV nf = (FuncV) impl;
                return new FuncV() {
                    @Override
                    public Object call(Object[] args) {
                        Object[] all = new Object[args.length + 1];
                        all[0] = r;
                        System.arraycopy(args, 0, all, 1, args.length);
                        return nf.call(all);
                    }

                    @Override
                    public String name() {
                        return nf.name();
                    }
                };
            }
        }, s);
        op.method = m;
        op.recvX = recv;
        op.recvType = m.pointerReceiver() ? new PointerType(holder) : holder;
        return op;
    }

    private String describeCase(Type t, String name) {
        String alt = Character.isUpperCase(name.charAt(0))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Lookup.Selection s = Lookup.find(t, alt);
        if (s != null && !s.ambiguous()) return ", but does have " + (s.isField() ? "field " : "method ") + alt;
        return "";
    }

    /** {@code T.M} or {@code (*T).M}: a function taking the receiver first. */
    private Op methodExpr(Type t, Expr.Selector s) {
        String name = s.sel().name();
        if (t.underlying() instanceof InterfaceType it && !(t instanceof PointerType)) {
            // I.M: a function taking the interface value first, dispatching dynamically
            InterfaceType.IMethod im = it.method(name);
            if (im == null) throw fail(s.sel().pos(), exprString(s) + " undefined (type " + t + " has no method " + name + ")");
            List<Type> ips = new ArrayList<>();
            ips.add(t);
            ips.addAll(im.sig().params());
            FuncType ift = new FuncType(ips, im.sig().results(), im.sig().variadic());
            Interp iin = interp;
            FuncV ifv = new FuncV() {
                @Override
                public Object call(Object[] args) {
                    return iin.dispatch.callIface(args[0], name, java.util.Arrays.copyOfRange(args, 1, args.length));
                }

                @Override
                public String name() {
                    return t + "." + name;
                }
            };
            return Op.value(ift, new Lit.ObjC(ifv), s);
        }
        Lookup.Selection sel = Lookup.method(t, name);
        if (sel == null || sel.method() == null) {
            throw fail(s.sel().pos(), exprString(s) + " undefined (type " + t + " has no method " + name + ")");
        }
        Method m = sel.method();
        List<Type> ps = new ArrayList<>();
        ps.add(t);
        ps.addAll(m.sig().params());
        FuncType ft = new FuncType(ps, m.sig().results(), m.sig().variadic());
        boolean deref = t instanceof PointerType && !m.pointerReceiver() && !Values.isAggregate(((PointerType) t).elem());
        Interp in = interp;
        FuncV fv = new FuncV() {
            @Override
            public Object call(Object[] args) {
                Object r = args[0];
                if (deref) r = ((lanes.values.Ref) r).load();
                Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                Object impl = m.impl();
                if (impl instanceof Code code) return new Closure(code, null, in, r, true).call(rest);
                Object[] all = new Object[args.length];
                all[0] = r;
                System.arraycopy(rest, 0, all, 1, rest.length);
                return ((FuncV) impl).call(all);
            }

            @Override
            public String name() {
                return m.name();
            }
        };
        return Op.value(ft, new Lit.ObjC(fv), s);
    }

    // ---- calls ---------------------------------------------------------------------------------

    @Override
    Op call(Expr.Call c) {
        Op f = expr(c.fun());
        switch (f.mode) {
            case Op.TYPE -> {
                return conversion(f.type, c);
            }
            case Op.BUILTIN -> {
                return builtin(f.builtin, c);
            }
            case Op.NOVALUE, Op.PKG -> valueExpr(c.fun());
            default -> {
            }
        }
        if (f.mode == Op.NIL) throw fail(c.pos(), "invalid operation: cannot call non-function nil");
        if (!(f.type.underlying() instanceof FuncType sig)) {
            throw fail(c.pos(), "invalid operation: cannot call non-function " + describe(f));
        }
        String fname = exprString(c.fun());
        List<X> args = arguments(c, sig, fname);
        if (captureFor == c) {
            if (f.recvX != null) f.recvX = capture(c, f.recvX);
            if (f.method == null && f.ifaceMethod == null && f.special == null) f.x = capture(c, f.x);
            for (int i = 0; i < args.size(); i++) args.set(i, capture(c, args.get(i)));
        }
        char rk = resultKind(sig);
        X node;
        if (f.method != null) {
            Method m = f.method;
            List<X> all = new ArrayList<>();
            all.add(f.recvX);
            all.addAll(args);
            if (m.impl() instanceof FuncV nf && !(m.impl() instanceof Closure)) {
                node = CallNodes.nativeCall(nf, all.toArray(new X[0]), rk, c.lparen());
            } else {
                Slot[] slots = canonicalSlots(f.recvType, sig);
                node = callCode(m, slots, all, rk, c.lparen());
            }
        } else if (f.ifaceMethod != null) {
            String name = f.ifaceMethod;
            X recv = f.recvX;
            X[] as = args.toArray(new X[0]);
            node = CallNodes.unbox(new X() {
                @Override
                public Object eval(Frame fr) {
                    Object r = recv.eval(fr);
                    Object[] a = new Object[as.length];
                    for (int i = 0; i < a.length; i++) a[i] = as[i].eval(fr);
                    if (!fr.g.deferCall) fr.pos = c.lparen();
                    return interp.dispatch.callIface(r, name, a);
                }
            }, rk);
        } else if (f.special != null && f.special.startsWith("func:")) {
            Ent.FuncEnt fe = (Ent.FuncEnt) scope.lookup(f.special.substring(5));
            Slot[] slots = canonicalSlots(null, sig);
            Arg[] as = new Arg[args.size()];
            for (int i = 0; i < as.length; i++) as[i] = Arg.of(slots[i], args.get(i));
            node = fe.ref() != null ? CallNodes.ref(fe.ref(), as, rk, c.lparen()) : CallNodes.code(fe.code(), as, rk, c.lparen());
        } else if (f.special != null && f.special.startsWith("native:")) {
            node = CallNodes.nativeCall((FuncV) f.x.eval(null), args.toArray(new X[0]), rk, c.lparen());
        } else {
            Slot[] slots = canonicalSlots(null, sig);
            Arg[] as = new Arg[args.size()];
            for (int i = 0; i < as.length; i++) as[i] = Arg.of(slots[i], args.get(i));
            node = CallNodes.value(f.x, as, args.toArray(new X[0]), rk, c.lparen());
        }
        return callResult(sig, node, c);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    private X callCode(Method m, Slot[] slots, List<X> all, char rk, Pos pos) {
        Arg[] as = new Arg[all.size()];
        for (int i = 0; i < as.length; i++) as[i] = Arg.of(slots[i], all.get(i));
        // the method's Code exists before its body is compiled (declared in the first pass)
        return CallNodes.code((Code) m.impl(), as, rk, pos);
    }

    /** Checks and converts call arguments against a signature (variadic, spread, f(g()) forms). */
    List<X> arguments(Expr.Call c, FuncType sig, String fname) {
        List<Type> ps = sig.params();
        List<Expr> es = c.args();
        List<X> out = new ArrayList<>();
        // f(g()) where g returns several values
        if (es.size() == 1 && !c.ellipsis()) {
            Op only = expr(es.get(0));
            if (only.tuple != null) {
                List<Type> ts = only.tuple;
                boolean ok = sig.variadic() ? ts.size() >= ps.size() - 1 : ts.size() == ps.size();
                if (!ok) throw argCount(c, sig, fname, ts, ts.size() < ps.size());
                List<lanes.interp.S> pre = new ArrayList<>();
                X tuple = temp(Basic.UNSAFE_POINTER, only.x, pre);
                lanes.interp.S[] preArr = pre.toArray(new lanes.interp.S[0]);
                for (int i = 0; i < ts.size(); i++) {
                    int k = i;
                    X elem = new X() {
                        @Override
                        public Object eval(Frame f) {
                            if (k == 0) for (lanes.interp.S s : preArr) s.exec(f);
                            return ((Object[]) tuple.eval(f))[k];
                        }
                    };
                    Op eo = Op.value(ts.get(i), CallNodesBridge.unbox(elem, kind(ts.get(i))), es.get(0));
                    eo.fresh = true;
                    if (sig.variadic() && i >= ps.size() - 1) {
                        out.add(null);
                        out.set(out.size() - 1, value(eo, ((SliceType) ps.get(ps.size() - 1)).elem(), "argument to " + fname));
                    } else {
                        out.add(value(eo, ps.get(i), "argument to " + fname));
                    }
                }
                if (sig.variadic()) return packVariadic(out, ps.size() - 1, (SliceType) ps.get(ps.size() - 1));
                return out;
            }
            return argumentsFrom(c, sig, fname, List.of(only));
        }
        List<Op> ops = new ArrayList<>();
        for (Expr e : es) ops.add(valueExpr(e));
        return argumentsFrom(c, sig, fname, ops);
    }

    private List<X> argumentsFrom(Expr.Call c, FuncType sig, String fname, List<Op> ops) {
        List<Type> ps = sig.params();
        List<X> out = new ArrayList<>();
        for (Op o : ops) {
            if (o.tuple != null) valueExpr(o.expr);
            if (o.mode == Op.NOVALUE) throw fail(o.expr.pos(), exprString(o.expr) + " (no value) used as value");
        }
        if (c.ellipsis()) {
            if (!sig.variadic()) throw fail(c.args().get(c.args().size() - 1).pos(), "have (...) for non-variadic function " + fname);
            if (ops.size() != ps.size()) throw argCount(c, sig, fname, types(ops), ops.size() < ps.size());
            for (int i = 0; i < ops.size(); i++) out.add(value(ops.get(i), ps.get(i), "argument to " + fname));
            return out;
        }
        if (sig.variadic()) {
            int fixed = ps.size() - 1;
            if (ops.size() < fixed) throw argCount(c, sig, fname, types(ops), true);
            for (int i = 0; i < fixed; i++) out.add(value(ops.get(i), ps.get(i), "argument to " + fname));
            SliceType st = (SliceType) ps.get(fixed);
            for (int i = fixed; i < ops.size(); i++) out.add(value(ops.get(i), st.elem(), "argument to " + fname));
            return packVariadic(out, fixed, st);
        }
        if (ops.size() != ps.size()) throw argCount(c, sig, fname, types(ops), ops.size() < ps.size());
        for (int i = 0; i < ops.size(); i++) out.add(value(ops.get(i), ps.get(i), "argument to " + fname));
        return out;
    }

    private List<Type> types(List<Op> ops) {
        List<Type> ts = new ArrayList<>();
        for (Op o : ops) ts.add(o.mode == Op.NIL ? null : o.type);
        return ts;
    }

    private Bail argCount(Expr.Call c, FuncType sig, String fname, List<Type> have, boolean notEnough) {
        StringBuilder h = new StringBuilder("(");
        for (int i = 0; i < have.size(); i++) {
            if (i > 0) h.append(", ");
            h.append(have.get(i) == null ? "nil" : summary(have.get(i)));
        }
        if (c.ellipsis() && !have.isEmpty()) h.append("...");
        h.append(')');
        String want = sig.signature();
        int sp = want.indexOf(") ");
        if (sp >= 0) want = want.substring(0, sp + 1);
        // types2: too many at the first extra argument, not enough at the last one (or the call)
        List<Expr> as = c.args();
        Pos pos = notEnough ? (as.isEmpty() ? c.pos() : as.get(as.size() - 1).pos())
                : as.get(Math.min(sig.params().size(), as.size() - 1)).pos();
        return fail(pos, (notEnough ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + h + "\n\twant " + want);
    }

    /** Packs the variadic arguments from index {@code fixed} into one slice argument. */
    private List<X> packVariadic(List<X> args, int fixed, SliceType st) {
        List<X> out = new ArrayList<>(args.subList(0, fixed));
        X[] rest = args.subList(fixed, args.size()).toArray(new X[0]);
        if (rest.length == 0) {
            out.add(new Lit.ObjC(null));
            return out;
        }
        lanes.values.Store store = Values.storeOf(st.elem());
        out.add(new X() {
            @Override
            public Object eval(Frame f) {
                Object arr = store.alloc(rest.length);
                for (int i = 0; i < rest.length; i++) lanes.values.Store.set(arr, i, rest[i].eval(f));
                return new lanes.values.SliceV(arr, 0, rest.length, rest.length);
            }
        });
        return out;
    }

    // ---- conversions ------------------------------------------------------------------------------

    Op conversion(Type t, Expr.Call c) {
        if (c.args().size() != 1) {
            if (c.args().isEmpty()) throw fail(c.rparen(), "missing argument in conversion to " + t);
            throw fail(c.args().get(1).pos(), "too many arguments in conversion to " + t);
        }
        Op x = valueExpr(c.args().get(0));
        Op r = convert(x, t, c);
        r.expr = c;
        return r;
    }

    Op convert(Op x, Type t, Expr e) {
        Type tu = t.underlying();
        Kind tk = tu.kind();
        if (x.mode == Op.NIL) {
            if (!nilable(t)) throw fail(x.expr.pos(), "cannot convert nil to type " + t);
            return Op.value(t, new Lit.ObjC(null), e);
        }
        Kind xk = x.type.underlying().kind();
        if (x.mode == Op.CONST && !t.isInterface()) {
            Object v = x.val;
            if ((tk.isInteger() || tk.isFloat()) && (xk.isNumeric() || xk == Kind.UNTYPED_RUNE)) {
                if (tk.isInteger()) {
                    BigInteger i = Const.toInt(v);
                    if (i == null) throw fail(x.expr.pos(), "cannot convert " + describe(x) + " to type " + t);
                    // integer to integer can only overflow: Go (since 1.22) says so concisely
                    if (!Const.fits(i, tk)) {
                        if (xk.isInteger() || xk == Kind.UNTYPED_RUNE) throw fail(x.expr.pos(), "constant " + i + " overflows " + t);
                        throw fail(x.expr.pos(), "cannot convert " + describe(x) + " to type " + t);
                    }
                    return Op.constant(t, i, e);
                }
                java.math.BigDecimal d = Const.toDec(v);
                if (!Const.fitsFloat(d, tk)) throw fail(x.expr.pos(), "cannot convert " + describe(x) + " to type " + t);
                double dv = tk == Kind.FLOAT32 ? (float) d.doubleValue() : d.doubleValue();
                return Op.constant(t, new java.math.BigDecimal(dv), e);
            }
            if (tk == Kind.STRING && (xk == Kind.STRING || xk == Kind.UNTYPED_STRING)) return Op.constant(t, v, e);
            if (tk == Kind.STRING && xk.isInteger()) {
                return Op.constant(t, Const.runeString(Const.toInt(v)), e);
            }
            if (tk == Kind.BOOL && (xk == Kind.BOOL || xk == Kind.UNTYPED_BOOL)) return Op.constant(t, v, e);
        }
        X xv = x.mode == Op.CONST ? rvalue(x) : x.x;
        Type xt = x.mode == Op.CONST ? defaultType(x.type) : x.type;
        Type xu = xt.underlying();
        xk = xu.kind();
        if (t.isInterface()) {
            return Op.value(t, value(x, t, "conversion"), e);
        }
        if (xu.equals(tu) || (xu instanceof PointerType xp && tu instanceof PointerType tp && xp.elem().underlying().equals(tp.elem().underlying()))) {
            Op o = Op.value(t, Values.isAggregate(t) && !x.fresh ? Access.copy(t, xv) : xv, e);
            o.fresh = true;
            return o;
        }
        if (isUntyped(x.type) && x.mode != Op.CONST && tk == Kind.BOOL) return Op.value(t, xv, e);
        if (xk.isInteger() && tk.isInteger()) return Op.value(t, Conv.intToInt(xv, tk), e);
        if (xk.isInteger() && tk.isFloat()) {
            return Op.value(t, Conv.intToFloat(xv, xk == Kind.UINT64 || xk == Kind.UINT, tk == Kind.FLOAT32), e);
        }
        if (xk.isFloat() && tk.isInteger()) return Op.value(t, Conv.floatToInt(xv, tk), e);
        if (xk.isFloat() && tk.isFloat()) return Op.value(t, Conv.floatToFloat(xv, tk == Kind.FLOAT32), e);
        if (tk == Kind.STRING && xk.isInteger()) return Op.value(t, Conv.runeToString(xv), e);
        if (tk == Kind.STRING && xu instanceof SliceType st) {
            Kind ek = st.elem().underlying().kind();
            if (ek == Kind.UINT8) return fresh(Op.value(t, Conv.bytesToString(xv), e));
            if (ek == Kind.INT32) return fresh(Op.value(t, Conv.runesToString(xv), e));
        }
        if (xk == Kind.STRING && tu instanceof SliceType st) {
            Kind ek = st.elem().underlying().kind();
            if (ek == Kind.UINT8) return fresh(Op.value(t, Conv.stringToBytes(xv), e));
            if (ek == Kind.INT32) return fresh(Op.value(t, Conv.stringToRunes(xv), e));
        }
        if (xu instanceof lanes.types.ChanType && tu instanceof lanes.types.ChanType && assignable(xt, t)) return Op.value(t, xv, e);
        if (xu instanceof SliceType sst) {
            if (tu instanceof ArrayType at && sst.elem().equals(at.elem())) return fresh(Op.value(t, Conv.sliceToArray(xv, at, false), e));
            if (tu instanceof PointerType tp && tp.elem().underlying() instanceof ArrayType at && sst.elem().equals(at.elem())) {
                return Op.value(t, Conv.sliceToArray(xv, at, true), e);
            }
        }
        throw fail(x.expr.pos(), "cannot convert " + describe(x) + " to type " + t);
    }

    static Op fresh(Op o) {
        o.fresh = true;
        return o;
    }

    // ---- composite literals -----------------------------------------------------------------------

    @Override
    Op compositeLit(Expr.CompositeLit c, Type elided) {
        Type t;
        if (c.type() == null) {
            if (elided == null) throw fail(c.pos(), "invalid composite literal type: missing type");
            t = elided;
        } else if (c.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            Type elem = resolveType(at.elem());
            long n = 0;
            long idx = 0;
            for (Expr.Element el : c.elements()) {
                if (el.key() != null) idx = Const.toInt(constExpr(el.key()).val).longValue();
                idx++;
                n = Math.max(n, idx);
            }
            t = new ArrayType(elem, n);
        } else {
            t = resolveType(c.type());
        }
        ensureResolved(t);
        Type u = t.underlying();
        boolean addr = false;
        if (elided != null && c.type() == null && u instanceof PointerType pt) {
            t = pt.elem();
            u = t.underlying();
            addr = true;
        }
        X node;
        switch (u) {
            case StructType st -> node = structLit(c, t, st);
            case ArrayType at -> node = arrayLit(c, at.elem(), at.length(), false);
            case SliceType sl -> node = arrayLit(c, sl.elem(), -1, true);
            case MapType mt -> node = mapLit(c, mt);
            default -> throw fail(c.pos(), "invalid composite literal type " + t);
        }
        Type rt = t;
        if (addr) {
            rt = new PointerType(t);
            if (!Values.isAggregate(t)) {
                X inner = node;
                node = new X() {
                    @Override
                    public Object eval(Frame f) {
                        return new lanes.values.Cell(inner.eval(f));
                    }
                };
            }
        }
        Op op = Op.value(rt, node, c);
        op.fresh = true;
        return op;
    }

    private Op element(Expr e, Type t) {
        if (e instanceof Expr.CompositeLit cl && cl.type() == null) return compositeLit(cl, t);
        if (e instanceof Expr.Unary u && u.op().equals("&") && u.x() instanceof Expr.CompositeLit cl && cl.type() == null
                && t.underlying() instanceof PointerType) {
            return compositeLit(cl, t);
        }
        return valueExpr(e);
    }

    private X structLit(Expr.CompositeLit c, Type t, StructType st) {
        List<StructType.Field> fs = st.fields();
        X[] vals = new X[fs.size()];
        boolean keyed = !c.elements().isEmpty() && c.elements().get(0).key() != null;
        if (keyed) {
            for (Expr.Element el : c.elements()) {
                if (!(el.key() instanceof Expr.Ident id)) throw fail(el.value().pos(), "mixture of field:value and value elements in struct literal");
                int i = st.indexOf(id.name());
                if (i < 0) throw fail(id.pos(), "unknown field " + id.name() + " in struct literal of type " + t);
                if (vals[i] != null) throw fail(id.pos(), "duplicate field name " + id.name() + " in struct literal");
                vals[i] = value(element(el.value(), fs.get(i).type()), fs.get(i).type(), "struct literal");
            }
        } else if (!c.elements().isEmpty()) {
            List<Expr.Element> els = c.elements();
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i).key() != null) throw fail(els.get(i).value().pos(), "mixture of field:value and value elements in struct literal");
                if (i >= fs.size()) throw fail(els.get(i).value().pos(), "too many values in struct literal of type " + t);
                vals[i] = value(element(els.get(i).value(), fs.get(i).type()), fs.get(i).type(), "struct literal");
            }
            if (els.size() < fs.size()) throw fail(c.rbrace(), "too few values in struct literal of type " + t);
        }
        Object[] zeros = new Object[fs.size()];
        boolean[] aggr = new boolean[fs.size()];
        for (int i = 0; i < zeros.length; i++) {
            if (vals[i] == null) {
                zeros[i] = Values.zero(fs.get(i).type());
                aggr[i] = Values.isAggregate(fs.get(i).type());
            }
        }
        List<Type> ftypes = new ArrayList<>();
        for (StructType.Field f : fs) ftypes.add(f.type());
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object[] out = new Object[vals.length];
                for (int i = 0; i < out.length; i++) {
                    if (vals[i] != null) out[i] = vals[i].eval(f);
                    else out[i] = aggr[i] ? Values.zero(ftypes.get(i)) : zeros[i];
                }
                return new lanes.values.StructV(out);
            }
        };
    }

    private X arrayLit(Expr.CompositeLit c, Type elem, long length, boolean slice) {
        List<long[]> idxs = new ArrayList<>();
        List<X> vals = new ArrayList<>();
        long idx = 0;
        long max = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Expr.Element el : c.elements()) {
            if (el.key() != null) {
                Op k = constExpr(el.key());
                if (k.mode != Op.CONST || Const.toInt(k.val) == null) throw fail(el.key().pos(), "index " + exprString(el.key()) + " must be integer constant");
                idx = Const.toInt(k.val).longValue();
            }
            if (length >= 0 && idx >= length) throw fail(el.value().pos(), "index " + idx + " out of bounds [0:" + length + "]");
            if (!seen.add(idx)) throw fail(el.value().pos(), "duplicate index " + idx + " in array or slice literal");
            idxs.add(new long[] {idx});
            vals.add(value(element(el.value(), elem), elem, "array or slice literal"));
            idx++;
            max = Math.max(max, idx);
        }
        int n = (int) (length >= 0 ? length : max);
        int[] at = new int[idxs.size()];
        for (int i = 0; i < at.length; i++) at[i] = (int) idxs.get(i)[0];
        X[] vs = vals.toArray(new X[0]);
        lanes.values.Store store = Values.storeOf(elem);
        boolean aggr = Values.isAggregate(elem) || elem.underlying().kind() == Kind.STRING;
        Type elemT = elem;
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object arr = store.alloc(n);
                if (aggr) {
                    Object[] o = (Object[]) arr;
                    for (int i = 0; i < n; i++) o[i] = Values.zero(elemT);
                }
                for (int i = 0; i < vs.length; i++) lanes.values.Store.set(arr, at[i], vs[i].eval(f));
                return slice ? new lanes.values.SliceV(arr, 0, n, n) : arr;
            }
        };
    }

    private X mapLit(Expr.CompositeLit c, MapType mt) {
        List<X> ks = new ArrayList<>();
        List<X> vs = new ArrayList<>();
        java.util.Set<Object> constKeys = new java.util.HashSet<>();
        for (Expr.Element el : c.elements()) {
            if (el.key() == null) throw fail(el.value().pos(), "missing key in map literal");
            Op k = element(el.key(), mt.key());
            if (k.mode == Op.CONST && !constKeys.add(k.val)) {
                throw fail(el.key().pos(), "duplicate key " + exprString(el.key()) + " in map literal");
            }
            ks.add(value(k, mt.key(), "map literal"));
            vs.add(value(element(el.value(), mt.value()), mt.value(), "map literal"));
        }
        X[] ka = ks.toArray(new X[0]);
        X[] va = vs.toArray(new X[0]);
        return new X() {
            @Override
            public Object eval(Frame f) {
                lanes.values.MapV m = new lanes.values.MapV(mt.key(), ka.length).account(f.g.interp.heap, mt.value(), ka.length);
                for (int i = 0; i < ka.length; i++) m.put(ka[i].eval(f), va[i].eval(f));
                return m;
            }
        };
    }

    // ---- type assertions ---------------------------------------------------------------------------

    @Override
    Op typeAssert(Expr.TypeAssert ta) {
        Op x = valueExpr(ta.x());
        if (!x.type.isInterface()) throw fail(ta.x().pos(), "invalid operation: " + exprString(ta.x()) + " (" + (x.mode == Op.VAR ? "variable" : "value") + " of type " + x.type + ") is not an interface");
        Type t = resolveType(ta.type());
        if (!t.isInterface()) {
            String miss = Lookup.missingMethod(t, (InterfaceType) x.type.underlying());
            if (miss != null) {
                throw fail(ta.x().pos(), "impossible type assertion: " + exprString(ta.x()) + ".(" + exprString(ta.type()) + ")\n\t" + t + " does not implement " + x.type + " (missing method " + miss + ")");
            }
        }
        X xv = x.x;
        Type from = x.type;
        Object zero = Values.zero(t);
        boolean toIface = t.isInterface();
        InterfaceType it = toIface ? (InterfaceType) t.underlying() : null;
        java.util.function.Predicate<Object> test = v -> {
            if (v == null) return false;
            Iface i = (Iface) v;
            return toIface ? Lookup.implementsIface(i.type, it) : i.type.equals(t);
        };
        X one = CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                Object v = xv.eval(f);
                if (!test.test(v)) {
                    throw assertionPanic(from, t, v, it);
                }
                return toIface ? v : ((Iface) v).value;
            }
        }, kind(t));
        Op op = Op.value(t, one, ta);
        op.commaOk = new X() {
            @Override
            public Object eval(Frame f) {
                Object v = xv.eval(f);
                if (!test.test(v)) return new Object[] {zero, false};
                return new Object[] {toIface ? v : ((Iface) v).value, true};
            }
        };
        return op;
    }

    static lanes.values.GoPanic assertionPanic(Type from, Type t, Object v, InterfaceType it) {
        String fromS = from.toString();
        String msg;
        if (v == null) {
            msg = "interface conversion: interface is nil, not " + t;
            if (!(from.underlying() instanceof InterfaceType fi && fi.methods().isEmpty()) || from instanceof Named) {
                msg = "interface conversion: interface is nil, not " + t;
            }
        } else if (it != null) {
            msg = "interface conversion: " + ((Iface) v).type + " is not " + t + ": missing method " + Lookup.missingMethod(((Iface) v).type, it);
        } else {
            msg = "interface conversion: " + fromS + " is " + ((Iface) v).type + ", not " + t;
        }
        return lanes.values.RuntimeErrors.typeAssertion(msg);
    }
}
