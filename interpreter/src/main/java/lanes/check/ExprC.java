package lanes.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.interp.Access;
import lanes.interp.Arith;
import lanes.interp.Conv;
import lanes.interp.Frame;
import lanes.interp.Interp;
import lanes.interp.Lit;
import lanes.interp.X;
import lanes.lib.Pkg;
import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.InterfaceType;
import lanes.types.Kind;
import lanes.types.Lookup;
import lanes.types.MapType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.Values;

/** Checking and compiling expressions (operators, names, selectors, indexing, conversions of operands). */
abstract class ExprC extends TypeC {
    ExprC(Interp interp, String file) {
        super(interp, file);
    }

    abstract Op call(Expr.Call c);

    abstract Op funcLit(Expr.FuncLit f);

    abstract Op compositeLit(Expr.CompositeLit c, Type elided);

    abstract Op selector(Expr.Selector s);

    abstract Op typeAssert(Expr.TypeAssert t);

    abstract Op receive(Expr.Unary u);

    abstract Op sliceExpr(Expr.SliceExpr s);

    @Override
    Op constExpr(Expr e) {
        return expr(e);
    }

    static char kind(Type t) {
        return FnCtx.primKind(t);
    }

    // ---- operand descriptions in Go's words -------------------------------------------------

    String describe(Op op) {
        String text = exprString(op.expr);
        if (op.mode == Op.NIL) return "nil";
        if (op.mode == Op.CONST) {
            boolean literal = op.expr instanceof Expr.BasicLit
                    || (op.expr instanceof Expr.Unary u && u.x() instanceof Expr.BasicLit);
            if (op.type instanceof Basic b && b.kind().isUntyped()) {
                return literal ? text + " (" + op.type + " constant)" : text + " (" + op.type + " constant " + Const.describe(op.val) + ")";
            }
            return literal ? text + " (constant of " + typeDesc(op.type) + ")"
                    : text + " (constant " + Const.describe(op.val) + " of " + typeDesc(op.type) + ")";
        }
        if (op.mapIndex) return text + " (map index expression of " + typeDesc(op.type) + ")";
        if (op.mode == Op.VAR) return text + " (variable of " + typeDesc(op.type) + ")";
        if (op.type instanceof lanes.types.TupleType) return text + " (value of type " + op.type + ")";
        if (op.type instanceof Basic b && b.kind().isUntyped()) return text + " (" + op.type + " value)";
        return text + " (value of " + typeDesc(op.type) + ")";
    }

    /**
     * {@code type T}, or for a defined type its structure first, as current Go words operands:
     * {@code struct type Animal}, {@code float64 type Celsius}, {@code interface type error}.
     */
    /** A type as Go's typesSummary writes it in have/want lines: {@code number} for untyped numbers. */
    String summary(Type t) {
        if (t == null) return "unknown type";
        if (t instanceof Basic b && b.kind().isUntyped()) {
            return b.kind().isNumeric() || b.kind() == Kind.UNTYPED_RUNE ? "number" : b.toString().replace("untyped ", "");
        }
        return t.toString();
    }

    static String typeDesc(Type t) {
        if (!(t instanceof lanes.types.Named)) return "type " + t;
        Type u = t.underlying();
        String what = switch (u) {
            case lanes.types.ArrayType a -> "array";
            case lanes.types.SliceType s -> "slice";
            case lanes.types.StructType s -> "struct";
            case lanes.types.PointerType p -> "pointer";
            case lanes.types.FuncType f -> "func";
            case lanes.types.InterfaceType i -> "interface";
            case lanes.types.MapType m -> "map";
            case lanes.types.ChanType c -> "chan";
            default -> u.toString();
        };
        return what + " type " + t;
    }

    // ---- expressions ----------------------------------------------------------------------

    Op expr(Expr e) {
        Op op = expr0(e);
        if (op.expr == null) op.expr = e;
        if (interp.escapeFacts != null) {
            interp.escapeFacts.type(e, op.type);
            if (op.mode == Op.CONST && op.type != null && op.type.underlying().kind().isInteger()) interp.escapeFacts.constant(e, Const.toInt(op.val));
        }
        return op;
    }

    /** An expression that must have a single value. */
    Op valueExpr(Expr e) {
        return singleValue(expr(e), e);
    }

    /** Checks that the already compiled operand of e has a single value. */
    Op singleValue(Op op, Expr e) {
        switch (op.mode) {
            case Op.TYPE -> throw fail(e.pos(), exprString(e) + " (type) is not an expression");
            case Op.NOVALUE -> throw fail(e.pos(), exprString(e) + " (no value) used as value");
            case Op.BUILTIN -> throw fail(e.pos(), exprString(e) + " (built-in) must be called");
            case Op.PKG -> throw fail(e.pos(), "use of package " + op.pkg.name + " without selector");
            default -> {
            }
        }
        if (op.tuple != null) {
            throw fail(e.pos(), "multiple-value " + exprString(e) + " (value of type " + op.type + ") in single-value context");
        }
        return op;
    }

    private Op expr0(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                return ident(id);
            }
            case Expr.BasicLit l -> {
                return literal(l);
            }
            case Expr.Paren p -> {
                Op op = expr(p.x());
                Op copy = shallow(op);
                copy.expr = e;
                return copy;
            }
            case Expr.Binary b -> {
                return binary(b);
            }
            case Expr.Unary u -> {
                return unary(u);
            }
            case Expr.Star s -> {
                return star(s);
            }
            case Expr.Call c -> {
                return call(c);
            }
            case Expr.Selector s -> {
                return selector(s);
            }
            case Expr.Index ix -> {
                return index(ix);
            }
            case Expr.SliceExpr s -> {
                return sliceExpr(s);
            }
            case Expr.CompositeLit c -> {
                return compositeLit(c, null);
            }
            case Expr.FuncLit f -> {
                return funcLit(f);
            }
            case Expr.TypeAssert t -> {
                if (t.type() == null) throw fail(t.pos(), "invalid syntax tree: use of .(type) outside type switch");
                return typeAssert(t);
            }
            default -> {
                Type t = tryType(e);
                if (t != null) {
                    Op op = new Op();
                    op.mode = Op.TYPE;
                    op.type = t;
                    return op;
                }
                throw fail(e.pos(), "unexpected expression " + exprString(e));
            }
        }
    }

    static Op shallow(Op op) {
        Op o = new Op();
        o.mode = op.mode;
        o.type = op.type;
        o.val = op.val;
        o.x = op.x;
        o.lv = op.lv;
        o.builtin = op.builtin;
        o.pkg = op.pkg;
        o.commaOk = op.commaOk;
        o.mapIndex = op.mapIndex;
        o.special = op.special;
        o.tuple = op.tuple;
        o.fresh = op.fresh;
        return o;
    }

    Op ident(Expr.Ident id) {
        if (id.name().equals("_")) throw fail(id.pos(), "cannot use _ as value");
        Ent ent = scope.lookup(id.name());
        if (ent == null) throw fail(id.pos(), "undefined: " + id.name());
        if (ent instanceof Ent.PendingVarEnt p) ent = resolvePending(p, id.name(), id.pos());
        switch (ent) {
            case Ent.VarEnt ve -> {
                Var v = ve.v();
                if (v.invalid) throw new Bail();
                v.used = true;
                if (interp.escapeFacts != null) interp.escapeFacts.use(id, v.declKey);
                return Op.var(v.type, varLV(v), id);
            }
            case Ent.ConstEnt ce -> {
                if (ce.used() != null) ce.used()[0] = true;
                if (ce.value() == null) throw fail(id.pos(), "invalid constant " + id.name());
                return Op.constant(ce.type(), ce.value(), id);
            }
            case Ent.TypeEnt te -> {
                Op op = new Op();
                op.mode = Op.TYPE;
                op.type = te.type();
                ensureResolved(te.type());
                return op;
            }
            case Ent.FuncEnt fe -> {
                lanes.interp.FuncRef ref = fe.ref();
                X v = ref == null ? new Lit.ObjC(new lanes.interp.Closure(fe.code(), null, interp)) : new X() {
                    @Override
                    public Object eval(Frame f) {
                        return ref.value();
                    }
                };
                Op op = Op.value(fe.sig(), v, id);
                op.special = "func:" + fe.name();
                return op;
            }
            case Ent.BuiltinEnt be -> {
                Op op = new Op();
                op.mode = Op.BUILTIN;
                op.builtin = be.name();
                return op;
            }
            case Ent.PkgEnt pe -> {
                pe.used()[0] = true;
                Op op = new Op();
                op.mode = Op.PKG;
                op.pkg = pe.pkg();
                return op;
            }
            case Ent.PendingVarEnt p -> throw new IllegalStateException("unresolved package variable " + id.name());
            case Ent.NilEnt ne -> {
                Op op = new Op();
                op.mode = Op.NIL;
                op.type = Basic.UNTYPED_NIL;
                op.x = new Lit.ObjC(null);
                return op;
            }
        }
    }

    Op literal(Expr.BasicLit l) {
        try {
            return switch (l.kind()) {
                case INT -> Op.constant(Basic.UNTYPED_INT, lanes.parse.Literals.parseInt(l.text()), l);
                case FLOAT -> Op.constant(Basic.UNTYPED_FLOAT, lanes.parse.Literals.parseFloat(l.text()), l);
                case CHAR -> Op.constant(Basic.UNTYPED_RUNE, BigInteger.valueOf(lanes.parse.Literals.parseRune(l.text())), l);
                case STRING -> Op.constant(Basic.UNTYPED_STRING, lanes.parse.Literals.parseString(l.text()), l);
                case IMAG -> throw fail(l.pos(), "complex numbers are not supported by Lanes");
            };
        } catch (Bail b) {
            throw b;
        } catch (RuntimeException ex) {
            throw fail(l.pos(), "invalid literal " + l.text());
        }
    }

    // ---- variables as lvalues -------------------------------------------------------------

    LV varLV(Var v) {
        FnCtx here = fn;
        if (v.owner == null) {
            boolean raced = race != null && !Values.isAggregate(v.type);
            if (race != null) race.markGlobal(v.global);
            return new LV(v.type) {
                @Override
                X load() {
                    if (raced) return lanes.race.RaceNodes.loadCell(race, new Lit.ObjC(v.global), kind(v.type));
                    return CallNodesBridge.unbox(lanes.interp.Locals.readGlobal(v.global), kind(v.type));
                }

                @Override
                lanes.interp.S store(X x) {
                    if (Values.isAggregate(v.type)) return Access.assignInto(v.type, aggregateDst(lanes.interp.Locals.readGlobal(v.global)), x);
                    if (raced) return lanes.race.RaceNodes.storeCell(race, new Lit.ObjC(v.global), x);
                    return lanes.interp.Locals.writeGlobal(v.global, x);
                }

                @Override
                X addr() {
                    if (Values.isAggregate(v.type)) return lanes.interp.Locals.readGlobal(v.global);
                    return new Lit.ObjC(v.global);
                }

                @Override
                LV stabilize(List<lanes.interp.S> pre) {
                    return this;
                }
            };
        }
        if (v.owner != here) {
            // captured from an enclosing function: reach it through the closure's env
            markEscape(v);
            int idx = captureIndex(here, v);
            boolean aggr = Values.isAggregate(v.type);
            return new LV(v.type) {
                @Override
                X load() {
                    if (aggr) return lanes.interp.Locals.envCell(idx);
                    if (race != null) return lanes.race.RaceNodes.loadCell(race, lanes.interp.Locals.envCell(idx), kind(v.type));
                    return CallNodesBridge.unbox(lanes.interp.Locals.readEnv(idx), kind(v.type));
                }

                @Override
                lanes.interp.S store(X x) {
                    if (aggr) return Access.assignInto(v.type, aggregateDst(lanes.interp.Locals.envCell(idx)), x);
                    if (race != null) return lanes.race.RaceNodes.storeCell(race, lanes.interp.Locals.envCell(idx), x);
                    return lanes.interp.Locals.writeEnv(idx, x);
                }

                @Override
                X addr() {
                    return lanes.interp.Locals.envCell(idx);
                }

                @Override
                LV stabilize(List<lanes.interp.S> pre) {
                    return this;
                }
            };
        }
        if (v.slot.kind() != 'C') v.accessedDirect = true;
        return new LV(v.type) {
            @Override
            X load() {
                if (race != null && v.slot.kind() == 'C' && !Values.isAggregate(v.type)) {
                    return lanes.race.RaceNodes.loadCell(race, lanes.interp.Locals.cellOf(v.slot), kind(v.type));
                }
                return CallNodesBridge.unbox(lanes.interp.Locals.read(v.slot), kind(v.type));
            }

            @Override
            lanes.interp.S store(X x) {
                if (Values.isAggregate(v.type)) return Access.assignInto(v.type, aggregateDst(lanes.interp.Locals.read(v.slot)), x);
                if (race != null && v.slot.kind() == 'C') return lanes.race.RaceNodes.storeCell(race, lanes.interp.Locals.cellOf(v.slot), x);
                return lanes.interp.Locals.write(v.slot, x);
            }

            @Override
            X addr() {
                if (Values.isAggregate(v.type)) return lanes.interp.Locals.read(v.slot);
                markEscape(v);
                if (v.slot.kind() == 'C') return lanes.interp.Locals.cellOf(v.slot);
                return new Lit.ObjC(null);
            }

            @Override
            LV stabilize(List<lanes.interp.S> pre) {
                return this;
            }
        };
    }

    /** Records that v escapes; when direct accesses were already compiled the function is compiled again. */
    void markEscape(Var v) {
        if (Values.isAggregate(v.type) || v.owner == null) return;
        if (escapes.put(v.declKey, Boolean.TRUE) == null || v.slot == null || v.slot.kind() != 'C') {
            restart = true;
        }
    }

    int captureIndex(FnCtx ctx, Var v) {
        if (ctx.outer != v.owner && ctx.outer != null) captureIndex(ctx.outer, v);
        return ctx.envIndex(v);
    }

    /** A temporary local holding x's value, evaluated once. */
    X temp(Type t, X x, List<lanes.interp.S> pre) {
        lanes.interp.Slot s = fn.alloc(t, false);
        pre.add(lanes.interp.Locals.write(s, x));
        return CallNodesBridge.unbox(lanes.interp.Locals.read(s), kind(t));
    }

    // ---- converting operands to a target type ------------------------------------------------

    static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.kind().isUntyped();
    }

    static boolean nilable(Type t) {
        Kind k = t.underlying().kind();
        return k == Kind.POINTER || k == Kind.SLICE || k == Kind.MAP || k == Kind.CHAN || k == Kind.FUNC
                || k == Kind.INTERFACE || k == Kind.UNSAFE_POINTER;
    }

    /** Whether a value of type v may be assigned to type t (spec "Assignability"), for typed v. */
    static boolean hasName(Type t) {
        return t instanceof Named || t instanceof Basic;
    }

    static boolean assignable(Type v, Type t) {
        if (v.equals(t)) return true;
        Type vu = v.underlying();
        Type tu = t.underlying();
        // identical underlying types, and at least one of them unnamed (predeclared types have names)
        if (vu.equals(tu) && (!hasName(v) || !hasName(t))) return true;
        if (tu instanceof InterfaceType it) return Lookup.implementsIface(v, it);
        if (vu instanceof ChanType vc && tu instanceof ChanType tc && vc.dir() == ChanType.Dir.BOTH
                && vc.elem().equals(tc.elem()) && (!hasName(v) || !hasName(t))) {
            return true;
        }
        return false;
    }

    /** The node for op converted to type t as in an assignment; reports Go's error otherwise. */
    X value(Op op, Type t, String context) {
        if (op.mode == Op.NIL) {
            if (!nilable(t)) throw fail(op.expr.pos(), "cannot use nil as " + t + " value in " + context);
            return new Lit.ObjC(null);
        }
        if (!op.isValue()) valueExpr(op.expr);
        if (op.tuple != null) {
            throw fail(op.expr.pos(), "multiple-value " + exprString(op.expr) + " (value of type " + op.type + ") in single-value context");
        }
        if (op.mode == Op.CONST && isUntyped(op.type)) {
            if (t.isInterface()) {
                Type d = ((Basic) op.type).defaultType();
                if (!Lookup.implementsIface(d, (InterfaceType) t.underlying())) {
                    throw fail(op.expr.pos(), "cannot use " + describe(op) + " as " + t + " value in " + context + ": " + d + " does not implement " + t + missingSuffix(d, t));
                }
                if (interp.escapeFacts != null) interp.escapeFacts.boxed(op.expr, d);
                return new Lit.ObjC(new lanes.values.Iface(d, constValue(op, d, context)));
            }
            return Lit.of(constValue(op, t, context), kind(t));
        }
        if (isUntyped(op.type)) {
            // untyped bool from a comparison
            if (t.underlying().kind() == Kind.BOOL) return op.x;
            if (t.isInterface()) {
                if (interp.escapeFacts != null) interp.escapeFacts.boxed(op.expr, Basic.BOOL);
                return Conv.toIface(Basic.BOOL, op.x);
            }
        }
        if (!assignable(op.type, t)) {
            String why = "";
            if (t.underlying() instanceof InterfaceType) why = ": " + op.type + " does not implement " + t + missingSuffix(op.type, t);
            throw fail(op.expr.pos(), "cannot use " + describe(op) + " as " + t + " value in " + context + why);
        }
        X x = op.mode == Op.CONST ? Lit.of(Const.toRuntime(op.val, op.type), kind(op.type)) : op.x;
        if (race != null && Values.isAggregate(op.type) && !op.fresh) x = lanes.race.RaceNodes.readAll(race, x);
        if (t.isInterface() && !op.type.isInterface()) {
            if (interp.escapeFacts != null) interp.escapeFacts.boxed(op.expr, op.type);
            return Values.isAggregate(op.type) && !op.fresh ? Conv.toIfaceCopy(op.type, x) : Conv.toIface(op.type, x);
        }
        if (Values.isAggregate(t) && !op.fresh) return Access.copy(t, x);
        return x;
    }

    /** The destination of a whole struct or array assignment; under --race, a write of each field or element. */
    X aggregateDst(X dst) {
        return race == null ? dst : lanes.race.RaceNodes.writeAll(race, dst);
    }

    String missingSuffix(Type v, Type t) {
        InterfaceType it = (InterfaceType) t.underlying();
        String m = Lookup.missingMethod(v, it);
        if (m == null) return "";
        Lookup.Selection s = Lookup.find(v, m);
        if (s != null && s.method() != null && s.method().pointerReceiver() && !(v instanceof PointerType)) {
            return " (method " + m + " has pointer receiver)";
        }
        if (s != null && s.method() != null) {
            return " (wrong type for method " + m + ")\n\t\thave " + m + s.method().sig().signature() + "\n\t\twant " + m + it.method(m).sig().signature();
        }
        return " (missing method " + m + ")";
    }

    /** The runtime value of an untyped constant converted to t, checking representability. */
    Object constValue(Op op, Type t, String context) {
        Type u = t.underlying();
        Kind k = u.kind();
        Kind from = op.type.underlying().kind();
        Object v = op.val;
        if (k.isInteger()) {
            if (!(from.isNumeric() || from == Kind.UNTYPED_RUNE)) throw cannotUse(op, t, context, "");
            BigInteger i = Const.toInt(v);
            if (i == null) throw cannotUse(op, t, context, " (truncated)");
            if (!Const.fits(i, k)) throw cannotUse(op, t, context, " (overflows)");
            return i.longValue();
        }
        if (k.isFloat()) {
            if (!from.isNumeric()) throw cannotUse(op, t, context, "");
            BigDecimal d = Const.toDec(v);
            if (!Const.fitsFloat(d, k)) throw cannotUse(op, t, context, " (overflows)");
            double x = d.doubleValue();
            return k == Kind.FLOAT32 ? (double) (float) x : x;
        }
        if (k == Kind.STRING) {
            if (from != Kind.UNTYPED_STRING && from != Kind.STRING) throw cannotUse(op, t, context, "");
            return v;
        }
        if (k == Kind.BOOL) {
            if (from != Kind.UNTYPED_BOOL && from != Kind.BOOL) throw cannotUse(op, t, context, "");
            return v;
        }
        throw cannotUse(op, t, context, "");
    }

    private Bail cannotUse(Op op, Type t, String context, String suffix) {
        return fail(op.expr.pos(), "cannot use " + describe(op) + " as " + t + " value in " + context + suffix);
    }

    /** The node for op with its own type (untyped constants take their default type). */
    X rvalue(Op op) {
        if (op.mode == Op.NIL) throw fail(op.expr.pos(), "use of untyped nil in " + "assignment");
        if (op.mode == Op.CONST) {
            Type t = op.type instanceof Basic b ? b.defaultType() : op.type;
            if (isUntyped(op.type)) return Lit.of(constValue(op, t, "assignment"), kind(t));
            return Lit.of(Const.toRuntime(op.val, op.type), kind(op.type));
        }
        return op.x;
    }

    static Type defaultType(Type t) {
        return t instanceof Basic b ? b.defaultType() : t;
    }

    // ---- operators --------------------------------------------------------------------------

    Op unary(Expr.Unary u) {
        if (u.op().equals("<-")) return receive(u);
        if (u.op().equals("&")) return addressOf(u);
        Op x = valueExpr(u.x());
        Kind k = x.type.underlying().kind();
        switch (u.op()) {
            case "!" -> {
                if (k != Kind.BOOL && k != Kind.UNTYPED_BOOL) throw fail(u.x().pos(), "invalid operation: operator ! not defined on " + describe(x));
                if (x.mode == Op.CONST) return Op.constant(x.type, !(Boolean) x.val, u);
                return Op.value(x.type, Arith.not(x.x), u);
            }
            case "-", "+" -> {
                if (!k.isNumeric()) throw fail(u.x().pos(), "invalid operation: operator " + u.op() + " not defined on " + describe(x));
                if (u.op().equals("+")) return x;
                if (x.mode == Op.CONST) {
                    Object v = Const.neg(x.val);
                    checkConstFits(v, x.type, u);
                    return Op.constant(x.type, v, u);
                }
                if (k.isInteger()) return Op.value(x.type, Arith.negLong(k, x.x), u);
                return Op.value(x.type, Arith.negDouble(x.x), u);
            }
            case "^" -> {
                if (!k.isInteger()) throw fail(u.x().pos(), "invalid operation: operator ^ not defined on " + describe(x));
                if (x.mode == Op.CONST) {
                    BigInteger i = Const.toInt(x.val);
                    BigInteger r;
                    if (k.isUnsigned()) r = i.xor(BigInteger.ONE.shiftLeft(k.bits()).subtract(BigInteger.ONE));
                    else r = i.not();
                    return Op.constant(x.type, r, u);
                }
                return Op.value(x.type, Arith.complement(k, x.x), u);
            }
            default -> throw fail(u.pos(), "unknown operator " + u.op());
        }
    }

    /** A typed constant must be representable in its type after each operation: {@code x (constant 300 of type uint8) overflows uint8}. */
    void checkConstFits(Object v, Type t, Expr e) {
        if (isUntyped(t)) return;
        Kind k = t.underlying().kind();
        String what = exprString(e) + " (constant " + Const.describe(v) + " of " + typeDesc(t) + ")";
        if (k.isInteger()) {
            BigInteger i = Const.toInt(v);
            if (i == null) throw fail(e.pos(), what + " truncated to " + t.underlying());
            if (!Const.fits(i, k)) throw fail(e.pos(), what + " overflows " + t.underlying());
        } else if (k.isFloat()) {
            if (!Const.fitsFloat(Const.toDec(v), k)) throw fail(e.pos(), what + " overflows " + t.underlying());
        }
    }

    Op addressOf(Expr.Unary u) {
        Expr inner = u.x();
        while (inner instanceof Expr.Paren p) inner = p.x();
        if (inner instanceof Expr.CompositeLit cl) {
            Op lit = compositeLit(cl, null);
            Type pt = new PointerType(lit.type);
            X x = lit.x;
            if (!Values.isAggregate(lit.type)) {
                X inner2 = x;
                x = new X() {
                    @Override
                    public Object eval(Frame f) {
                        return new lanes.values.Cell(inner2.eval(f));
                    }
                };
            }
            Op op = Op.value(pt, lanes.mem.Allocs.object(x, lit.type, u), u);
            op.fresh = true;
            return op;
        }
        Op x = expr(u.x());
        if (x.mode != Op.VAR || x.mapIndex || x.lv.addr() == null) {
            if (x.mapIndex) throw fail(u.x().pos(), "invalid operation: cannot take address of " + describe(x));
            throw fail(u.x().pos(), "invalid operation: cannot take address of " + describe(x));
        }
        return Op.value(new PointerType(x.type), x.lv.addr(), u);
    }

    Op star(Expr.Star s) {
        Op x = expr(s.x());
        if (x.mode == Op.TYPE) {
            Op op = new Op();
            op.mode = Op.TYPE;
            op.type = new PointerType(x.type);
            return op;
        }
        if (x.mode == Op.NIL) throw fail(s.pos(), "invalid operation: cannot indirect nil");
        valueExpr(s.x());
        if (!(x.type.underlying() instanceof PointerType pt)) {
            throw fail(s.pos(), "invalid operation: cannot indirect " + describe(x));
        }
        Type elem = pt.elem();
        X p = x.x;
        return Op.var(elem, derefLV(elem, p), s);
    }

    LV derefLV(Type elem, X p) {
        return new LV(elem) {
            @Override
            X load() {
                if (Values.isAggregate(elem)) return Access.nonNil(p);
                if (race != null) return lanes.race.RaceNodes.loadDeref(race, p, kind(elem));
                return Access.deref(p, kind(elem));
            }

            @Override
            lanes.interp.S store(X v) {
                if (Values.isAggregate(elem)) return Access.assignInto(elem, aggregateDst(p), v);
                if (race != null) return lanes.race.RaceNodes.storeDeref(race, p, v);
                return Access.setDeref(p, v);
            }

            @Override
            X addr() {
                return p;
            }

            @Override
            LV stabilize(List<lanes.interp.S> pre) {
                return derefLV(elem, temp(new PointerType(elem), p, pre));
            }
        };
    }

    Op index(Expr.Index ix) {
        Op x = expr(ix.x());
        if (x.mode == Op.TYPE) throw fail(ix.pos(), "generic types are not supported by Lanes");
        if (x.special != null && x.special.startsWith("func:")) {
            // f[T] instantiation
        }
        valueExpr(ix.x());
        Type t = x.type.underlying();
        if (t instanceof MapType mt) {
            Op k = valueExpr(ix.index());
            X kx = value(k, mt.key(), "map index");
            Object zero = Values.zero(mt.value());
            X m = x.mode == Op.CONST ? rvalue(x) : x.x;
            Op op = Op.var(mt.value(), mapLV(mt, m, kx), ix);
            op.mapIndex = true;
            op.commaOk = race == null ? Access.mapIndexOk(m, kx, zero)
                    : Access.mapIndexOk(lanes.race.RaceNodes.touchMap(race, m, false, lanes.race.RaceNodes.mapFunc(mt.key(), lanes.race.RaceNodes.MAP_ACCESS2)), kx, zero);
            return op;
        }
        Op i = valueExpr(ix.index());
        X idx = indexValue(i, "index");
        if (t.kind() == Kind.STRING || (isUntyped(x.type) && x.type.underlying().kind() == Kind.UNTYPED_STRING)) {
            if (x.mode == Op.CONST && i.mode == Op.CONST) {
                String s = (String) x.val;
                long iv = Const.toInt(i.val).longValue();
                if (iv < 0 || iv >= s.length()) throw fail(ix.index().pos(), "invalid argument: index " + iv + " out of bounds [0:" + s.length() + "]");
                // indexing a constant string gives a byte value, not a constant (spec: Index expressions)
                return Op.value(Basic.UINT8, Lit.of((long) (s.charAt((int) iv) & 0xFF), 'L'), ix);
            }
            return Op.value(Basic.UINT8, Access.stringIndex(rvalue(x), idx), ix);
        }
        Type elem;
        boolean slice;
        X base = x.x;
        boolean addressable;
        if (t instanceof SliceType st) {
            elem = st.elem();
            slice = true;
            addressable = true;
        } else if (t instanceof ArrayType at) {
            elem = at.elem();
            slice = false;
            addressable = x.mode == Op.VAR;
            checkConstIndex(i, at.length(), ix);
        } else if (t instanceof PointerType pt && pt.elem().underlying() instanceof ArrayType at) {
            elem = at.elem();
            slice = false;
            addressable = true;
            checkConstIndex(i, at.length(), ix);
        } else {
            throw fail(ix.lbrack(), "invalid operation: cannot index " + describe(x));
        }
        if (i.mode == Op.CONST && Const.toInt(i.val) != null && Const.toInt(i.val).signum() < 0) {
            throw fail(ix.index().pos(), "invalid argument: index " + exprString(ix.index()) + " (constant of type int) must not be negative");
        }
        LV lv = elemLV(elem, base, idx, slice);
        if (!addressable) {
            Op op = Op.value(elem, lv.load(), ix);
            return op;
        }
        return Op.var(elem, lv, ix);
    }

    private void checkConstIndex(Op i, long len, Expr.Index ix) {
        if (i.mode == Op.CONST) {
            BigInteger v = Const.toInt(i.val);
            if (v != null && v.compareTo(BigInteger.valueOf(len)) >= 0) {
                throw fail(ix.index().pos(), "invalid argument: index " + v + " out of bounds [0:" + len + "]");
            }
        }
    }

    X indexValue(Op i, String what) {
        Kind k = i.type.underlying().kind();
        if (i.mode == Op.CONST) {
            BigInteger v = Const.toInt(i.val);
            if (v == null || !(k.isNumeric())) throw fail(i.expr.pos(), "invalid argument: " + what + " " + describe(i) + " must be integer");
            if (isUntyped(i.type)) return Lit.of(v.longValue(), 'L');
        }
        if (!k.isInteger()) throw fail(i.expr.pos(), "invalid argument: " + what + " " + describe(i) + " must be integer");
        return rvalue(i);
    }

    LV elemLV(Type elem, X base, X idx, boolean slice) {
        lanes.values.Store store = Values.storeOf(elem);
        boolean signed = elem.underlying().kind() == Kind.INT8;
        return new LV(elem) {
            @Override
            X load() {
                if (race != null && !Values.isAggregate(elem)) return lanes.race.RaceNodes.loadElem(race, base, idx, slice, signed, kind(elem));
                return Access.index(base, idx, slice, store, signed);
            }

            @Override
            lanes.interp.S store(X v) {
                if (Values.isAggregate(elem)) return Access.assignInto(elem, aggregateDst(load()), v);
                if (race != null) return lanes.race.RaceNodes.storeElem(race, base, idx, slice, v);
                return Access.setIndex(base, idx, slice, store, v);
            }

            @Override
            X addr() {
                if (Values.isAggregate(elem)) return load();
                return Access.indexAddr(base, idx, slice, signed);
            }

            @Override
            LV stabilize(List<lanes.interp.S> pre) {
                return elemLV(elem, temp(Basic.UNSAFE_POINTER, base, pre), temp(Basic.INT, idx, pre), slice);
            }
        };
    }

    LV mapLV(MapType mt, X m, X k) {
        Object zero = Values.zero(mt.value());
        return new LV(mt.value()) {
            @Override
            X load() {
                if (race != null) {
                    return Access.mapIndex(lanes.race.RaceNodes.touchMap(race, m, false, lanes.race.RaceNodes.mapFunc(mt.key(), lanes.race.RaceNodes.MAP_ACCESS1)),
                            k, zero, kind(mt.value()));
                }
                return Access.mapIndex(m, k, zero, kind(mt.value()));
            }

            @Override
            lanes.interp.S store(X v) {
                if (race != null) {
                    return Access.setMap(lanes.race.RaceNodes.touchMap(race, m, true, lanes.race.RaceNodes.mapFunc(mt.key(), lanes.race.RaceNodes.MAP_ASSIGN)), k, v);
                }
                return Access.setMap(m, k, v);
            }

            @Override
            X addr() {
                return null;
            }

            @Override
            LV stabilize(List<lanes.interp.S> pre) {
                return mapLV(mt, temp(mt, m, pre), temp(Basic.UNSAFE_POINTER, k, pre), mt);
            }

            private LV mapLV(MapType t, X m2, X k2, MapType t2) {
                return ExprC.this.mapLV(t, m2, k2);
            }
        };
    }

    LV fieldLV(Type ft, X base, int idx) {
        return new LV(ft) {
            @Override
            X load() {
                if (race != null && !Values.isAggregate(ft)) return lanes.race.RaceNodes.loadField(race, base, idx, kind(ft));
                return Access.field(base, idx, kind(ft));
            }

            @Override
            lanes.interp.S store(X v) {
                if (Values.isAggregate(ft)) return Access.assignInto(ft, aggregateDst(load()), v);
                if (race != null) return lanes.race.RaceNodes.storeField(race, base, idx, v);
                return Access.setField(base, idx, v);
            }

            @Override
            X addr() {
                if (Values.isAggregate(ft)) return load();
                return Access.fieldAddr(base, idx);
            }

            @Override
            LV stabilize(List<lanes.interp.S> pre) {
                return fieldLV(ft, temp(Basic.UNSAFE_POINTER, base, pre), idx);
            }
        };
    }

    // ---- binary operators ---------------------------------------------------------------------

    Op binary(Expr.Binary b) {
        String op = b.op();
        if (op.equals("<<") || op.equals(">>")) return shift(b);
        Op x = valueExpr(b.x());
        Op y = valueExpr(b.y());
        boolean cmp = switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
        if (op.equals("&&") || op.equals("||")) {
            // as Go's binary: mismatched operand types are reported before the operator
            boolean xb = isBoolKind(x), yb = isBoolKind(y);
            if (xb != yb || (!isUntyped(x.type) && !isUntyped(y.type) && !x.type.equals(y.type))) {
                throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + x.type + " and " + y.type + ")");
            }
            checkBool(x, b, op);
            checkBool(y, b, op);
            if (x.mode == Op.CONST && y.mode == Op.CONST) {
                boolean r = op.equals("&&") ? (Boolean) x.val && (Boolean) y.val : (Boolean) x.val || (Boolean) y.val;
                return Op.constant(isUntyped(x.type) ? y.type : x.type, r, b);
            }
            Type rt = isUntyped(x.type) ? y.type : x.type;
            X xa = x.mode == Op.CONST ? Lit.of(x.val, 'B') : x.x;
            X ya = y.mode == Op.CONST ? Lit.of(y.val, 'B') : y.x;
            return Op.value(rt, op.equals("&&") ? Arith.andAnd(xa, ya) : Arith.orOr(xa, ya), b);
        }
        if (x.mode == Op.NIL || y.mode == Op.NIL) return nilCompare(b, x, y);
        // unify operand types
        Type t;
        if (x.mode == Op.CONST && y.mode == Op.CONST && isUntyped(x.type) && isUntyped(y.type)) {
            return foldUntyped(b, x, y);
        }
        if (!cmp && (isUntyped(x.type) != isUntyped(y.type)) && (x.type.isInterface() || y.type.isInterface())) {
            // the untyped operand takes its default type next to an interface: the types then differ
            throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + defaultType(x.type) + " and " + defaultType(y.type) + ")");
        }
        if (isUntyped(x.type) && !isUntyped(y.type)) {
            t = y.type;
            x = convertUntyped(x, t, b, x, y, cmp);
        } else if (isUntyped(y.type) && !isUntyped(x.type)) {
            t = x.type;
            y = convertUntyped(y, t, b, x, y, cmp);
        } else if (isUntyped(x.type) && isUntyped(y.type)) {
            // untyped bool values from comparisons
            t = Basic.BOOL;
        } else {
            t = x.type;
            if (!x.type.equals(y.type)) {
                if (cmp && (assignable(x.type, y.type) || assignable(y.type, x.type)) && (x.type.isInterface() || y.type.isInterface())) {
                    return mixedIfaceCompare(b, x, y);
                }
                // Go reports a comparison's mismatch at its second operand, other operations at the first
                throw fail(cmp ? b.y().pos() : b.x().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + x.type + " and " + y.type + ")");
            }
        }
        if (x.mode == Op.CONST && y.mode == Op.CONST) return foldTyped(b, x, y, t);
        Kind k = t.underlying().kind();
        X xa = x.mode == Op.CONST ? rvalue(x) : x.x;
        X ya = y.mode == Op.CONST ? rvalue(y) : y.x;
        if (cmp) return Op.value(Basic.UNTYPED_BOOL, compare(b, op, t, x, y, xa, ya), b);
        if (k.isInteger()) {
            if (op.equals("/") || op.equals("%")) {
                if (y.mode == Op.CONST && Const.toInt(y.val) != null && Const.toInt(y.val).signum() == 0) {
                    throw fail(b.y().pos(), "invalid operation: division by zero");
                }
            }
            if (!List.of("+", "-", "*", "/", "%", "&", "|", "^", "&^").contains(op)) throw notDefined(b, op, x);
            return Op.value(t, Arith.binLong(op, k, xa, ya), b);
        }
        if (k.isFloat()) {
            if (!List.of("+", "-", "*", "/").contains(op)) throw notDefined(b, op, x);
            return Op.value(t, Arith.binDouble(op, k == Kind.FLOAT32, xa, ya), b);
        }
        if (k == Kind.STRING) {
            if (!op.equals("+")) throw notDefined(b, op, x);
            return Op.value(t, Arith.concat(xa, ya), b);
        }
        throw notDefined(b, op, x);
    }

    private Bail notDefined(Expr.Binary b, String op, Op x) {
        return fail(b.x().pos(), "invalid operation: operator " + op + " not defined on " + describe(x));
    }

    private static boolean isBoolKind(Op o) {
        Kind k = o.type.underlying().kind();
        return k == Kind.BOOL || k == Kind.UNTYPED_BOOL;
    }

    private void checkBool(Op x, Expr.Binary b, String op) {
        Kind k = x.type.underlying().kind();
        if (k != Kind.BOOL && k != Kind.UNTYPED_BOOL) throw notDefined(b, op, x);
    }

    /**
     * Go's implicit conversion of the untyped operand c of b to t: operands of different
     * kinds are mismatched (reported at the second operand of a comparison, else the
     * first); a constant that does not fit overflows or is truncated.
     */
    Op convertUntyped(Op c, Type t, Expr.Binary b, Op x, Op y, boolean cmp) {
        Pos mismatchAt = cmp ? b.y().pos() : b.x().pos();
        String mismatch = "invalid operation: " + exprString(b) + " (mismatched types " + x.type + " and " + y.type + ")";
        if (c.mode != Op.CONST) {
            // untyped bool value
            if (t.underlying().kind() != Kind.BOOL) throw fail(mismatchAt, mismatch);
            return c;
        }
        if (t.isInterface()) {
            Type d = defaultType(c.type);
            Op o = Op.value(t, Conv.toIface(d, Lit.of(constValue(c, d, "comparison"), kind(d))), c.expr);
            return o;
        }
        Kind tk = t.underlying().kind();
        Kind ck = c.type.underlying().kind();
        boolean ok = (tk.isNumeric() && ck.isNumeric()) || (tk == Kind.STRING && ck == Kind.UNTYPED_STRING)
                || (tk == Kind.BOOL && ck == Kind.UNTYPED_BOOL);
        if (!ok) throw fail(mismatchAt, mismatch);
        if (tk.isInteger()) {
            BigInteger i = Const.toInt(c.val);
            if (i == null) throw fail(c.expr.pos(), describe(c) + " truncated to " + t.underlying());
            if (!Const.fits(i, tk)) throw fail(c.expr.pos(), describe(c) + " overflows " + t.underlying());
            return Op.constant(t, i, c.expr);
        }
        if (tk.isFloat() && !Const.fitsFloat(Const.toDec(c.val), tk)) {
            throw fail(c.expr.pos(), describe(c) + " overflows " + t.underlying());
        }
        return Op.constant(t, c.val, c.expr);
    }

    private X compare(Expr.Binary b, String op, Type t, Op x, Op y, X xa, X ya) {
        Kind k = t.underlying().kind();
        boolean order = !op.equals("==") && !op.equals("!=");
        if (order && !(k.isNumeric() || k == Kind.STRING)) {
            throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + typeWord(x) + ")");
        }
        if (!order && !t.comparable()) {
            String what = switch (k) {
                case SLICE -> "slice";
                case MAP -> "map";
                case FUNC -> "func";
                default -> "struct containing uncomparable field";
            };
            if (k == Kind.SLICE || k == Kind.MAP || k == Kind.FUNC) {
                throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (" + what + " can only be compared to nil)");
            }
            throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (" + t + " cannot be compared)");
        }
        if (k.isInteger()) return Arith.cmpLong(op, k == Kind.UINT64 || k == Kind.UINT || k == Kind.UINTPTR, xa, ya);
        if (k.isFloat()) return Arith.cmpDouble(op, xa, ya);
        if (k == Kind.STRING) return Arith.cmpString(op, xa, ya);
        if (k == Kind.BOOL) return Arith.cmpBool(op, xa, ya);
        return Arith.cmpGeneric(op, t, xa, ya);
    }

    private String typeWord(Op x) {
        Kind k = x.type.underlying().kind();
        return switch (k) {
            case BOOL -> "bool";
            case STRUCT -> "struct";
            case POINTER -> "pointer";
            case INTERFACE -> "interface";
            case CHAN -> "chan";
            case MAP -> "map";
            case SLICE -> "slice";
            case FUNC -> "func";
            case ARRAY -> "array";
            default -> x.type.toString();
        };
    }

    private Op mixedIfaceCompare(Expr.Binary b, Op x, Op y) {
        Type it = x.type.isInterface() ? x.type : y.type;
        X xa = value(x, it, "comparison");
        X ya = value(y, it, "comparison");
        return Op.value(Basic.UNTYPED_BOOL, Arith.cmpGeneric(b.op(), it, xa, ya), b);
    }

    private Op nilCompare(Expr.Binary b, Op x, Op y) {
        if (!b.op().equals("==") && !b.op().equals("!=")) {
            throw fail(b.y().pos(), "invalid operation: operator " + b.op() + " not defined on nil");
        }
        if (x.mode == Op.NIL && y.mode == Op.NIL) throw fail(b.y().pos(), "invalid operation: " + exprString(b) + " (operator " + b.op() + " not defined on nil)");
        Op v = x.mode == Op.NIL ? y : x;
        if (!nilable(v.type)) {
            throw fail(b.y().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + (x.mode == Op.NIL ? "untyped nil and " + v.type : v.type + " and untyped nil") + ")");
        }
        X vx = v.x;
        boolean eq = b.op().equals("==");
        return Op.value(Basic.UNTYPED_BOOL, new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return (vx.eval(f) == null) == eq;
            }
        }, b);
    }

    private Op foldUntyped(Expr.Binary b, Op x, Op y) {
        Kind xk = x.type.underlying().kind();
        Kind yk = y.type.underlying().kind();
        // result kind: the later of int < rune < float
        Type t;
        if (xk == Kind.UNTYPED_STRING || yk == Kind.UNTYPED_STRING) {
            if (xk != yk) throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + x.type + " and " + y.type + ")");
            t = Basic.UNTYPED_STRING;
        } else if (xk == Kind.UNTYPED_BOOL || yk == Kind.UNTYPED_BOOL) {
            if (xk != yk) throw fail(b.x().pos(), "invalid operation: " + exprString(b) + " (mismatched types " + x.type + " and " + y.type + ")");
            t = Basic.UNTYPED_BOOL;
        } else if (xk == Kind.UNTYPED_FLOAT || yk == Kind.UNTYPED_FLOAT) {
            t = Basic.UNTYPED_FLOAT;
        } else if (xk == Kind.UNTYPED_RUNE || yk == Kind.UNTYPED_RUNE) {
            t = Basic.UNTYPED_RUNE;
        } else {
            t = Basic.UNTYPED_INT;
        }
        return foldTyped(b, x, y, t);
    }

    private Op foldTyped(Expr.Binary b, Op x, Op y, Type t) {
        String op = b.op();
        Kind k = t.underlying().kind();
        Object a = x.val;
        Object c = y.val;
        switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> {
                int r;
                if (a instanceof Boolean ab) {
                    if (!op.equals("==") && !op.equals("!=")) throw notDefined(b, op, x);
                    r = ab.equals(c) ? 0 : 1;
                } else {
                    r = Const.cmp(a, c);
                }
                boolean res = switch (op) {
                    case "==" -> r == 0;
                    case "!=" -> r != 0;
                    case "<" -> r < 0;
                    case "<=" -> r <= 0;
                    case ">" -> r > 0;
                    default -> r >= 0;
                };
                return Op.constant(Basic.UNTYPED_BOOL, res, b);
            }
            default -> {
            }
        }
        Object r;
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            if (!op.equals("+")) throw notDefined(b, op, x);
            r = (String) a + (String) c;
        } else if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) {
            throw notDefined(b, op, x);
        } else if (k.isInteger()) {
            BigInteger p = Const.toInt(a);
            BigInteger q = Const.toInt(c);
            if (p == null || q == null) throw fail(b.opPos(), "constant truncated to integer");
            r = switch (op) {
                case "+" -> p.add(q);
                case "-" -> p.subtract(q);
                case "*" -> p.multiply(q);
                case "/" -> {
                    if (q.signum() == 0) throw fail(b.y().pos(), "invalid operation: division by zero");
                    yield p.divide(q);
                }
                case "%" -> {
                    if (q.signum() == 0) throw fail(b.y().pos(), "invalid operation: division by zero");
                    yield p.remainder(q);
                }
                case "&" -> p.and(q);
                case "|" -> p.or(q);
                case "^" -> p.xor(q);
                case "&^" -> p.andNot(q);
                default -> throw notDefined(b, op, x);
            };
            checkConstFits(r, t, b);
        } else {
            // exact rational arithmetic, as Go's constants: 1.0/3*3 == 1
            Rat p = Rat.of(a);
            Rat q = Rat.of(c);
            Rat rr = switch (op) {
                case "+" -> p.add(q);
                case "-" -> p.sub(q);
                case "*" -> p.mul(q);
                case "/" -> {
                    if (q.signum() == 0) throw fail(b.y().pos(), "invalid operation: division by zero");
                    yield p.div(q);
                }
                default -> throw notDefined(b, op, x);
            };
            r = rr.simplest();
            if (!isUntyped(t) && k == Kind.FLOAT32) r = new BigDecimal((float) rr.toDec().doubleValue());
            else if (!isUntyped(t)) r = new BigDecimal(rr.toDec().doubleValue());
        }
        return Op.constant(t, r, b);
    }

    Op shift(Expr.Binary b) {
        Op x = valueExpr(b.x());
        Op y = valueExpr(b.y());
        Kind yk = y.type.underlying().kind();
        if (y.mode == Op.CONST) {
            BigInteger n = Const.toInt(y.val);
            if (n == null) throw fail(b.y().pos(), "invalid operation: shift count " + describe(y) + " must be integer");
            if (n.signum() < 0) throw fail(b.y().pos(), "invalid operation: negative shift count " + describe(y));
            if (x.mode == Op.CONST) {
                BigInteger v = Const.toInt(x.val);
                if (v == null) throw fail(b.x().pos(), "invalid operation: shifted operand " + describe(x) + " must be integer");
                BigInteger r = b.op().equals("<<") ? v.shiftLeft(n.intValue()) : v.shiftRight(n.intValue());
                Type t = x.type.underlying().kind() == Kind.UNTYPED_FLOAT ? Basic.UNTYPED_INT : x.type;
                checkConstFits(r, t, b);
                return Op.constant(t, r, b);
            }
        } else if (!yk.isInteger()) {
            throw fail(b.y().pos(), "invalid operation: shift count " + describe(y) + " must be integer");
        }
        Type t = x.type;
        X xa;
        if (x.mode == Op.CONST) {
            t = defaultType(x.type);
            if (isUntyped(x.type) && t.underlying().kind() == Kind.FLOAT64) t = Basic.INT;
            xa = Lit.of(constValue(x, t, "shift"), kind(t));
        } else {
            xa = x.x;
        }
        Kind k = t.underlying().kind();
        if (!k.isInteger()) throw fail(b.x().pos(), "invalid operation: shifted operand " + describe(x) + " must be integer");
        X ya = y.mode == Op.CONST ? Lit.of(Const.toInt(y.val).min(BigInteger.valueOf(1000)).longValue(), 'L') : y.x;
        boolean signedCount = !yk.isUnsigned() && y.mode != Op.CONST;
        return Op.value(t, Arith.shift(b.op(), k, xa, ya, signedCount), b);
    }

    /** A package member as an operand ({@code fmt.Println}, {@code math.Pi}, {@code os.Args}). */
    Op pkgMember(Pkg pkg, Expr.Selector s) {
        String name = s.sel().name();
        Pkg.Member m = pkg.members.get(name);
        if (pkg.path.equals("runtime") && name.equals("ReadMemStats")) interp.heap.enable();
        if (m == null) {
            if (!name.isEmpty() && Character.isLowerCase(name.charAt(0))) {
                throw fail(s.sel().pos(), "name " + name + " not exported by package " + pkg.name);
            }
            throw fail(s.sel().pos(), "undefined: " + pkg.name + "." + name);
        }
        switch (m) {
            case Pkg.Fn fnm -> {
                Op op = Op.value(fnm.sig(), new Lit.ObjC(fnm.impl()), s);
                op.special = "native:" + pkg.path + "." + name;
                return op;
            }
            case Pkg.Special sp -> {
                Op op = new Op();
                op.mode = Op.BUILTIN;
                op.builtin = pkg.path + "." + name;
                op.expr = s;
                return op;
            }
            case Pkg.Const c -> {
                return Op.constant(c.type(), c.value(), s);
            }
            case Pkg.Var v -> {
                lanes.values.Cell cell = v.cell();
                LV lv = new LV(v.type()) {
                    @Override
                    X load() {
                        return CallNodesBridge.unbox(lanes.interp.Locals.readGlobal(cell), kind(v.type()));
                    }

                    @Override
                    lanes.interp.S store(X x) {
                        return lanes.interp.Locals.writeGlobal(cell, x);
                    }

                    @Override
                    X addr() {
                        return new Lit.ObjC(cell);
                    }

                    @Override
                    LV stabilize(List<lanes.interp.S> pre) {
                        return this;
                    }
                };
                return Op.var(v.type(), lv, s);
            }
            case Pkg.TypeM tm -> {
                Op op = new Op();
                op.mode = Op.TYPE;
                op.type = tm.type();
                return op;
            }
        }
    }
}
