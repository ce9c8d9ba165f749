package lanes.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lanes.ast.Expr;
import lanes.interp.Interp;
import lanes.lib.Pkg;
import lanes.types.ArrayType;
import lanes.types.ChanType;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.MapType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.types.Type;

/** Resolution of type expressions to types. */
abstract class TypeC extends CheckBase {
    TypeC(Interp interp, String file) {
        super(interp, file);
    }

    /** Evaluates a constant expression (array lengths); implemented by the expression checker. */
    abstract Op constExpr(Expr e);

    /** Named types whose declaration has not been resolved yet, with the pending resolver. */
    final Map<Named, Runnable> pendingNamed = new LinkedHashMap<>();
    private final Set<Named> resolving = new HashSet<>();

    void ensureResolved(Type t) {
        if (t instanceof Named n) {
            Runnable r = pendingNamed.remove(n);
            if (r != null) {
                resolving.add(n);
                r.run();
                resolving.remove(n);
            }
        }
    }

    Type resolveType(Expr e) {
        Type t = tryType(e);
        if (t == null) throw fail(e.pos(), describeNotType(e));
        return t;
    }

    private String describeNotType(Expr e) {
        if (e instanceof Expr.Ident id) {
            Ent ent = scope.lookup(id.name());
            if (ent == null) return "undefined: " + id.name();
            return id.name() + " is not a type";
        }
        return exprString(e) + " is not a type";
    }

    /** The type denoted by e, or null when e does not denote a type (errors already reported for bad types). */
    Type tryType(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                Ent ent = scope.lookup(id.name());
                if (ent instanceof Ent.TypeEnt te) {
                    ensureResolvedLazily(te.type());
                    return te.type();
                }
                if (ent == null) throw fail(id.pos(), "undefined: " + id.name());
                return null;
            }
            case Expr.Paren p -> {
                return tryType(p.x());
            }
            case Expr.Selector s -> {
                if (s.x() instanceof Expr.Ident pid && scope.lookup(pid.name()) instanceof Ent.PkgEnt pe) {
                    pe.used()[0] = true;
                    Pkg.Member m = pe.pkg().members.get(s.sel().name());
                    if (m instanceof Pkg.TypeM tm) return tm.type();
                    if (m == null) throw fail(s.sel().pos(), "undefined: " + pid.name() + "." + s.sel().name());
                    return null;
                }
                return null;
            }
            case Expr.Star st -> {
                Type elem = tryType(st.x());
                return elem == null ? null : new PointerType(elem);
            }
            case Expr.ArrayType at -> {
                Type elem = resolveType(at.elem());
                if (at.len() == null) return new SliceType(elem);
                if (at.len() instanceof Expr.Ellipsis) {
                    throw fail(at.pos(), "invalid use of [...] array (outside a composite literal)");
                }
                return new ArrayType(elem, arrayLength(at.len()));
            }
            case Expr.MapType mt -> {
                Type k = resolveType(mt.key());
                Type v = resolveType(mt.value());
                if (!(k instanceof Named n && pendingNamed.containsKey(n)) && !k.comparable()) {
                    error(mt.key().pos(), "invalid map key type " + k);
                }
                return new MapType(k, v);
            }
            case Expr.ChanType ct -> {
                ChanType.Dir d = switch (ct.dir()) {
                    case BOTH -> ChanType.Dir.BOTH;
                    case SEND -> ChanType.Dir.SEND;
                    case RECV -> ChanType.Dir.RECV;
                };
                return new ChanType(d, resolveType(ct.elem()));
            }
            case Expr.FuncType ft -> {
                return funcType(ft, null);
            }
            case Expr.StructType st -> {
                return structType(st);
            }
            case Expr.InterfaceType it -> {
                return interfaceType(it);
            }
            case Expr.Index ix -> {
                if (tryType(ix.x()) != null) throw fail(ix.pos(), "generic types are not supported by Lanes");
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Named types referenced before their declaration is resolved are fine (pointers, slices); only their use needs the underlying. */
    private void ensureResolvedLazily(Type t) {
        if (t instanceof Named n && pendingNamed.containsKey(n) && !resolving.contains(n)) ensureResolved(n);
    }

    long arrayLength(Expr e) {
        Op c = constExpr(e);
        if (c.mode != Op.CONST) throw fail(e.pos(), "array length " + exprString(e) + " (value of type " + c.type + ") must be constant");
        BigInteger v = Const.toInt(c.val);
        if (v == null) throw fail(e.pos(), "array length " + exprString(e) + " (untyped float constant) must be integer");
        if (v.signum() < 0) throw fail(e.pos(), "invalid array length " + exprString(e) + " (untyped int constant " + v + ")");
        return v.longValue();
    }

    FuncType funcType(Expr.FuncType ft, List<String> paramNamesOut) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        List<Expr.Field> ps = ft.params();
        for (int i = 0; i < ps.size(); i++) {
            Expr.Field f = ps.get(i);
            Type t;
            if (f.type() instanceof Expr.Ellipsis el) {
                if (i != ps.size() - 1 || f.names().size() > 1) {
                    error(el.pos(), "can only use ... with final parameter in list");
                }
                variadic = true;
                t = new SliceType(resolveType(el.elem()));
            } else {
                t = resolveType(f.type());
            }
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) params.add(t);
        }
        List<Type> results = new ArrayList<>();
        for (Expr.Field f : ft.results()) {
            Type t = resolveType(f.type());
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) results.add(t);
        }
        return new FuncType(params, results, variadic);
    }

    StructType structType(Expr.StructType st) {
        List<StructType.Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Expr.Field f : st.fields()) {
            String tag = f.tag() == null ? null : lanes.parse.Literals.parseString(f.tag());
            if (f.names().isEmpty()) {
                Type t = resolveType(f.type());
                Type base = t instanceof PointerType p ? p.elem() : t;
                String name = base instanceof Named n ? n.name() : base.toString();
                if (!names.add(name)) error(f.pos(), name + " redeclared");
                fields.add(new StructType.Field(name, t, true, tag));
            } else {
                Type t = resolveType(f.type());
                for (Expr.Ident id : f.names()) {
                    if (!id.name().equals("_") && !names.add(id.name())) error(id.pos(), id.name() + " redeclared");
                    fields.add(new StructType.Field(id.name(), t, false, tag));
                }
            }
        }
        return new StructType(fields);
    }

    InterfaceType interfaceType(Expr.InterfaceType it) {
        Map<String, InterfaceType.IMethod> ms = new LinkedHashMap<>();
        for (Expr.Field f : it.methods()) {
            FuncType sig = funcType((Expr.FuncType) f.type(), null);
            for (Expr.Ident id : f.names()) {
                if (ms.containsKey(id.name())) error(id.pos(), "duplicate method " + id.name());
                ms.put(id.name(), new InterfaceType.IMethod(id.name(), sig));
            }
        }
        for (Expr e : it.embeds()) {
            Type t = resolveType(e);
            ensureResolved(t);
            if (!(t.underlying() instanceof InterfaceType et)) {
                throw fail(e.pos(), "interface contains type constraints (not supported by Lanes): " + t);
            }
            for (InterfaceType.IMethod m : et.methods()) ms.putIfAbsent(m.name(), m);
        }
        return new InterfaceType(new ArrayList<>(ms.values()));
    }

    /** Go's rendering of an expression in messages (as types2 prints it). */
    static String exprString(Expr e) {
        return ExprPrinter.print(e);
    }
}
