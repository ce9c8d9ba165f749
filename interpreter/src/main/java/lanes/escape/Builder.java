package lanes.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;
import lanes.escape.Graph.Fn;
import lanes.escape.Graph.Kind;
import lanes.escape.Graph.Loc;
import lanes.types.ArrayType;
import lanes.types.FuncType;
import lanes.types.Layout;
import lanes.types.MapType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;

/**
 * Builds the escape graph from the AST and the checker's {@link Facts}, one function at a time,
 * callees before callers so that a call can use what the callee does with its parameters (Go's
 * parameter tags). Expressions are evaluated into a {@link Hole}: where their value goes, and
 * with how many dereferences.
 */
final class Builder {
    /** Go's limits (cmd/compile/internal/ir): explicit variables up to 10 MB, implicit allocations up to 64 KB. */
    static final long MAX_STACK_VAR = 10L << 20, MAX_IMPLICIT = 64L << 10;

    record Hole(Loc dst, int derefs, String why) {
        Hole addr() {
            return new Hole(dst, derefs - 1, why);
        }

        Hole deref() {
            return new Hole(dst, derefs + 1, why);
        }

        Hole because(String w) {
            return new Hole(dst, derefs, w);
        }
    }

    static final Hole DISCARD = new Hole(null, 0, null);

    final Graph g = new Graph();
    private final Facts facts;
    private final Map<String, Decl.Func> funcs = new HashMap<>();
    private final Map<String, Decl.Func> methods = new HashMap<>();
    private final Set<String> typeNames = new HashSet<>();
    private final Map<Decl.Func, Fn> done = new IdentityHashMap<>();
    private final Set<Decl.Func> inProgress = new HashSet<>();
    private final Map<Expr.Ident, Loc> vars = new IdentityHashMap<>();
    /** Variables assigned after their declaration or whose address is taken: closures capture them by reference. */
    private final Set<Expr.Ident> byRef = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private Fn fn;
    private int loopDepth;

    Builder(Facts facts) {
        this.facts = facts;
    }

    void file(SourceFile f) {
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fd) {
                if (fd.recv() == null) funcs.put(fd.name().name(), fd);
                else methods.put(recvName(fd.recv().type()) + "." + fd.name().name(), fd);
            } else if (d instanceof Decl.Type t) {
                typeNames.add(t.name().name());
            }
        }
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fd && fd.body() != null) func(fd);
        }
    }

    private static String recvName(Expr t) {
        while (t instanceof Expr.Star s) t = s.x();
        while (t instanceof Expr.Paren p) t = p.x();
        return t instanceof Expr.Ident id ? id.name() : "?";
    }

    // ---- functions ---------------------------------------------------------------------------

    private Fn func(Decl.Func fd) {
        Fn f = done.get(fd);
        if (f != null) return f;
        if (!inProgress.add(fd)) return null; // recursion: the caller assumes the worst
        Fn savedFn = fn;
        int savedDepth = loopDepth;
        String name = fd.recv() == null ? fd.name().name() : recvName(fd.recv().type()) + "." + fd.name().name();
        f = new Fn(name, null);
        f.pos = fd.pos();
        fn = f;
        loopDepth = 1;
        markByRef(fd.body());
        if (fd.recv() != null) params(f, fd.recv());
        signature(f, fd.type());
        block(fd.body());
        fn = savedFn;
        loopDepth = savedDepth;
        inProgress.remove(fd);
        done.put(fd, f);
        g.solve(); // the tags of f's parameters are final now, before any caller uses them
        return f;
    }

    private void signature(Fn f, Expr.FuncType t) {
        for (Expr.Field p : t.params()) params(f, p);
        int r = 0;
        for (Expr.Field res : t.results()) {
            if (res.names().isEmpty()) {
                f.results.add(g.add(new Loc(Kind.RESULT, "~r" + r++, res.pos(), f, 0, null)));
                continue;
            }
            for (Expr.Ident id : res.names()) {
                Loc l = g.add(new Loc(Kind.RESULT, id.name(), id.pos(), f, 0, facts.varTypes.get(id)));
                vars.put(id, l);
                f.results.add(l);
                r++;
            }
        }
    }

    private void params(Fn f, Expr.Field p) {
        if (p.names().isEmpty()) {
            f.params.add(null);
            return;
        }
        for (Expr.Ident id : p.names()) {
            Type t = facts.varTypes.get(id);
            Loc l = g.add(new Loc(Kind.PARAM, id.name(), id.pos(), f, 0, t));
            vars.put(id, l);
            f.params.add(l);
        }
    }

    // ---- statements --------------------------------------------------------------------------

    private void block(Stmt.Block b) {
        if (b == null) return;
        for (Stmt s : b.stmts()) stmt(s);
    }

    private void stmt(Stmt s) {
        if (s == null) return;
        switch (s) {
            case Stmt.Block b -> block(b);
            case Stmt.ExprStmt e -> expr(DISCARD, e.x());
            case Stmt.DeclStmt d -> {
                for (Decl dd : d.specs()) {
                    if (dd instanceof Decl.Var v) {
                        for (int i = 0; i < v.names().size(); i++) declare(v.names().get(i));
                        assign(new ArrayList<>(v.names()), v.values());
                    }
                }
            }
            case Stmt.Assign a -> {
                if (a.op().equals(":=")) {
                    for (Expr l : a.lhs()) if (l instanceof Expr.Ident id && !facts.uses.containsKey(id)) declare(id);
                }
                if (a.op().equals("=") || a.op().equals(":=")) {
                    assign(a.lhs(), a.rhs());
                } else {
                    expr(holeFor(a.lhs().get(0)), new Expr.Binary(a.pos(), a.op().substring(0, a.op().length() - 1),
                            a.lhs().get(0), a.rhs().get(0), a.opPos()));
                }
            }
            case Stmt.IncDec i -> expr(DISCARD, i.x());
            case Stmt.Send sd -> {
                expr(DISCARD, sd.ch());
                expr(heapHole("sent on a channel (" + Report.at(sd.arrow()) + ")"), sd.value());
            }
            case Stmt.Go gs -> call((Expr.Call) unparen(gs.call()), List.of(), "go");
            case Stmt.Defer ds -> call((Expr.Call) unparen(ds.call()), List.of(), loopDepth > 1 ? "defer-loop" : "defer");
            case Stmt.Return r -> {
                List<Hole> hs = new ArrayList<>();
                for (Loc l : fn.results) hs.add(new Hole(l, 0, Report.at(r.pos())));
                if (r.results().size() == 1 && hs.size() > 1 && unparen(r.results().get(0)) instanceof Expr.Call c) {
                    callOrConv(c, hs);
                } else {
                    for (int i = 0; i < r.results().size() && i < hs.size(); i++) expr(hs.get(i), r.results().get(i));
                }
            }
            case Stmt.If i -> {
                stmt(i.init());
                expr(DISCARD, i.cond());
                block(i.then());
                stmt(i.els());
            }
            case Stmt.Switch sw -> {
                stmt(sw.init());
                expr(DISCARD, sw.tag());
                for (Stmt.CaseClause c : sw.clauses()) {
                    if (c.exprs() != null) for (Expr e : c.exprs()) expr(DISCARD, e);
                    if (c.body() != null) for (Stmt b : c.body()) stmt(b);
                }
            }
            case Stmt.TypeSwitch ts -> {
                stmt(ts.init());
                Loc bind = ts.bind() == null ? null : declare(ts.bind());
                expr(bind == null ? DISCARD : new Hole(bind, 0, null), ts.x());
                for (Stmt.CaseClause c : ts.clauses()) if (c.body() != null) for (Stmt b : c.body()) stmt(b);
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause c : sel.clauses()) {
                    stmt(c.comm());
                    if (c.body() != null) for (Stmt b : c.body()) stmt(b);
                }
            }
            case Stmt.For f -> {
                stmt(f.init());
                loopDepth++;
                expr(DISCARD, f.cond());
                stmt(f.post());
                block(f.body());
                loopDepth--;
            }
            case Stmt.Range r -> {
                loopDepth++;
                if (r.define()) {
                    if (r.key() instanceof Expr.Ident k) declare(k);
                    if (r.value() instanceof Expr.Ident v) declare(v);
                }
                Type xt = under(facts.types.get(r.x()));
                Hole valueHole = r.value() == null ? DISCARD : holeFor(r.value());
                if (xt instanceof ArrayType) expr(valueHole, r.x());
                else if (xt instanceof PointerType) expr(valueHole.deref(), r.x());
                else expr(valueHole.deref(), r.x());
                block(r.body());
                loopDepth--;
            }
            case Stmt.Labeled l -> stmt(l.stmt());
            default -> {
            }
        }
    }

    private Loc declare(Expr.Ident id) {
        if (id.name().equals("_")) return null;
        Loc l = vars.get(id);
        if (l != null) return l;
        Type t = facts.varTypes.get(id);
        l = g.add(new Loc(Kind.VAR, id.name(), id.pos(), fn, loopDepth, t));
        vars.put(id, l);
        if (t != null && Layout.sizeof(t) > MAX_STACK_VAR) {
            Graph.escape(l, "too large for the stack (" + Layout.sizeof(t) + " bytes; Go keeps variables over 10 MB on the heap)");
        }
        return l;
    }

    private void assign(List<Expr> lhs, List<Expr> rhs) {
        if (rhs.isEmpty()) return;
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<Hole> hs = new ArrayList<>();
            for (Expr l : lhs) hs.add(holeFor(l));
            Expr r = unparen(rhs.get(0));
            if (r instanceof Expr.Call c) {
                callOrConv(c, hs);
            } else if (r instanceof Expr.Index ix) {
                expr(DISCARD, ix.x()); // v, ok := m[k]: the value is a copy out of the map
            } else if (r instanceof Expr.TypeAssert ta) {
                expr(hs.get(0), ta.x());
            } else {
                expr(DISCARD, r);
            }
            return;
        }
        for (int i = 0; i < lhs.size() && i < rhs.size(); i++) expr(holeFor(lhs.get(i)), rhs.get(i));
    }

    /** Where a value assigned to this left-hand side goes. */
    private Hole holeFor(Expr lhs) {
        Expr e = unparen(lhs);
        switch (e) {
            case Expr.Ident id -> {
                if (id.name().equals("_")) return DISCARD;
                Expr.Ident decl = facts.uses.getOrDefault(id, id);
                if (facts.globals.containsKey(decl)) return heapHole("assigned to the global variable " + id.name() + " (" + Report.at(id.pos()) + ")");
                Loc l = vars.get(decl);
                return l == null ? DISCARD : new Hole(l, 0, null);
            }
            case Expr.Selector s -> {
                Type xt = under(facts.types.get(s.x()));
                if (xt instanceof PointerType) {
                    expr(DISCARD, s.x());
                    return heapHole("stored through a pointer in " + Report.text(e) + " (" + Report.at(s.sel().pos()) + ")");
                }
                return holeFor(s.x());
            }
            case Expr.Index ix -> {
                expr(DISCARD, ix.index());
                Type xt = under(facts.types.get(ix.x()));
                if (xt instanceof ArrayType) return holeFor(ix.x());
                expr(DISCARD, ix.x());
                if (xt instanceof MapType) return heapHole("stored in a map (" + Report.at(ix.lbrack()) + ")");
                return heapHole("stored in a slice element (" + Report.at(ix.lbrack()) + ")");
            }
            case Expr.Star st -> {
                expr(DISCARD, st.x());
                return heapHole("stored through a pointer (" + Report.at(st.pos()) + ")");
            }
            default -> {
                return DISCARD;
            }
        }
    }

    private Hole heapHole(String why) {
        return new Hole(g.heap, 0, why);
    }

    // ---- expressions -------------------------------------------------------------------------

    /** The call whose argument is being evaluated: Go places the interface box of an identifier argument there. */
    private Pos argCall;

    private void arg(Hole k, Expr a, Expr.Call c) {
        // where Go 1.19 places the box of an identifier argument, as observed: at the nearest
        // argument before it that is not an identifier, else at the call's parenthesis
        Pos at = c.lparen();
        for (Expr b : c.args()) {
            if (b == a) break;
            Expr u = unparen(b);
            if (!(u instanceof Expr.Ident)) at = boxPos(u);
        }
        argCall = at;
        expr(k, a);
    }

    private void expr(Hole k, Expr e) {
        Pos callPos = argCall;
        argCall = null;
        if (e == null) return;
        Type boxedFrom = facts.boxed.get(e);
        if (boxedFrom != null && !pointerShaped(boxedFrom)) {
            // a non-pointer value converted to an interface is copied into a new heap box
            Loc box = alloc(text(e), e instanceof Expr.Ident && callPos != null ? callPos : boxPos(e), null);
            box.box = true;
            flowInto(k.addr(), box);
            k = new Hole(box, 0, "stored in the interface value " + Report.text(e));
        }
        Type et = facts.types.get(e);
        if (k.derefs() >= 0 && et != null && !Escapes.hasPointers(et)) k = DISCARD; // nothing to point to
        switch (e) {
            case Expr.Paren p -> expr(k, p.x());
            case Expr.Ident id -> {
                Expr.Ident decl = facts.uses.get(id);
                if (decl == null) return;
                Loc l = vars.get(decl);
                if (l != null) flowInto(k, l);
            }
            case Expr.BasicLit b -> {
            }
            case Expr.CompositeLit c -> compositeLit(k, c, null);
            case Expr.FuncLit f -> funcLit(k, f);
            case Expr.Selector s -> {
                Type xt = facts.types.get(s.x());
                if (xt == null) return; // package member
                if (under(xt) instanceof PointerType) expr(k.deref(), s.x());
                else expr(k, s.x());
            }
            case Expr.Index ix -> {
                expr(DISCARD, ix.index());
                Type xt = under(facts.types.get(ix.x()));
                if (xt instanceof ArrayType) expr(k, ix.x());
                else if (xt instanceof MapType) expr(DISCARD, ix.x());
                else expr(k.deref(), ix.x());
            }
            case Expr.SliceExpr s -> {
                expr(DISCARD, s.lo());
                expr(DISCARD, s.hi());
                expr(DISCARD, s.max());
                Type xt = under(facts.types.get(s.x()));
                if (xt instanceof ArrayType) expr(k.addr(), s.x()); // slicing an array takes its address
                else expr(k, s.x());
            }
            case Expr.TypeAssert t -> expr(k, t.x());
            case Expr.Call c -> callOrConv(c, List.of(k));
            case Expr.Star st -> expr(k.deref(), st.x());
            case Expr.Unary u -> {
                if (u.op().equals("&")) {
                    Expr x = unparen(u.x());
                    if (x instanceof Expr.CompositeLit c) compositeLit(k, c, u);
                    else expr(k.addr(), x);
                } else {
                    expr(DISCARD, u.x());
                }
            }
            case Expr.Binary b -> {
                Type t = facts.types.get(e);
                boolean concat = b.op().equals("+") && t != null && under(t).kind() == lanes.types.Kind.STRING
                        && !(constant(b.x()) && constant(b.y()));
                expr(DISCARD, b.x());
                expr(DISCARD, b.y());
                if (concat) flowInto(k.addr(), alloc(text(b), b.opPos(), null));
            }
            default -> {
            }
        }
    }

    private static boolean constant(Expr e) {
        e = unparen(e);
        return e instanceof Expr.BasicLit || e instanceof Expr.Binary b && constant(b.x()) && constant(b.y());
    }

    private Pos boxPos(Expr e) {
        return switch (e) {
            case Expr.Selector s -> dot(s);
            case Expr.Call c -> c.lparen();
            case Expr.Binary b -> b.opPos();
            case Expr.Index ix -> ix.lbrack();
            case Expr.CompositeLit cl -> cl.lbrace();
            default -> e.pos();
        };
    }

    private static Pos dot(Expr.Selector s) {
        Pos p = s.sel().pos();
        return new Pos(p.line(), Math.max(1, p.col() - 1));
    }

    private void flowInto(Hole k, Loc src) {
        if (k.dst() == null) return;
        Graph.flow(k.dst(), k.derefs(), src, k.why());
    }

    private Loc alloc(String text, Pos pos, Type t) {
        return g.add(withText(new Loc(Kind.ALLOC, text, pos, fn, loopDepth, t), text));
    }

    /** An expression as Go's -m output prints it, after the compiler's rewrites (method calls, ... arguments). */
    private String text(Expr e) {
        if (e instanceof Expr.Call c && !isType(unparen(c.fun()))) {
            Expr fun = unparen(c.fun());
            StringBuilder sb = new StringBuilder();
            List<Expr> args = new ArrayList<>(c.args());
            Type rt = fun instanceof Expr.Selector s ? facts.types.get(s.x()) : null;
            Type base = rt != null && under(rt) instanceof PointerType p ? p.elem() : rt;
            if (base instanceof Named n && "main".equals(n.pkg()) && n.methods().get(((Expr.Selector) fun).sel().name()) != null) {
                lanes.types.Method m = n.methods().get(((Expr.Selector) fun).sel().name());
                Expr.Selector s = (Expr.Selector) fun;
                sb.append(m.pointerReceiver() ? "(*" + n.name() + ")" : n.name()).append('.').append(s.sel().name());
                boolean isPtr = under(rt) instanceof PointerType;
                String recv = Report.text(s.x());
                if (m.pointerReceiver() && !isPtr) recv = "&" + recv;
                else if (!m.pointerReceiver() && isPtr) recv = "*" + recv;
                sb.append('(').append(recv);
                if (!args.isEmpty()) sb.append(", ");
            } else {
                sb.append(Report.text(fun)).append('(');
            }
            FuncType ft = funType(fun);
            int shown = args.size();
            boolean dots = ft != null && ft.variadic() && !c.ellipsis() && args.size() >= ft.params().size();
            if (dots) shown = ft.params().size() - 1;
            for (int i = 0; i < shown; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Report.text(args.get(i)));
            }
            if (dots) sb.append(shown > 0 ? ", " : "").append("... argument...");
            else if (c.ellipsis()) sb.append("...");
            return sb.append(')').toString();
        }
        if (e instanceof Expr.Binary b) return text(b.x()) + " " + b.op() + " " + text(b.y());
        if (e instanceof Expr.Selector s && facts.types.get(s.x()) != null) return text(s.x()) + "." + s.sel().name();
        if (e instanceof Expr.Star s) return "*" + text(s.x());
        return Report.text(e);
    }

    private static Loc withText(Loc l, String text) {
        l.text = text;
        return l;
    }

    private void compositeLit(Hole k, Expr.CompositeLit c, Expr.Unary amp) {
        Type t = facts.types.get(c);
        Type u = under(t);
        if (amp != null || u instanceof SliceType || u instanceof MapType) {
            String text = amp != null ? "&" + Report.text(c) : Report.text(c);
            Loc l = alloc(text, amp != null ? amp.pos() : c.lbrace(), t);
            l.site = amp != null ? amp : c;
            long size = u instanceof SliceType st ? Layout.sizeof(st.elem()) * c.elements().size() : t == null ? 0 : Layout.sizeof(t);
            if (!(u instanceof MapType) && size > MAX_IMPLICIT) {
                Graph.escape(l, "too large for the stack (" + size + " bytes; Go allocates implicit values over 64 KB on the heap)");
            }
            flowInto(k.addr(), l);
            Hole contents = u instanceof MapType ? heapHole("stored in a map (" + Report.at(c.pos()) + ")")
                    : new Hole(l, 0, "stored in " + text + " (" + Report.at(l.pos) + ")");
            for (Expr.Element el : c.elements()) {
                if (u instanceof MapType) expr(contents, el.key());
                expr(contents, el.value());
            }
            return;
        }
        // a struct or array value: its elements go wherever the value goes
        for (Expr.Element el : c.elements()) expr(k, el.value());
    }

    private void funcLit(Hole k, Expr.FuncLit f) {
        Loc clo = alloc("func literal", f.pos(), null);
        flowInto(k.addr(), clo);
        Fn outer = fn;
        Fn inner = new Fn(outer.name + ".func", outer);
        // captured variables: by reference when reassigned or address-taken, else by value (Go's rule)
        for (Expr.Ident decl : captured(f)) {
            Loc v = vars.get(decl);
            if (v == null) continue;
            Type t = v.type;
            boolean ref = byRef.contains(decl) || t != null && Layout.sizeof(t) > 128;
            Graph.flow(clo, ref ? -1 : 0, v, "captured by " + (ref ? "reference" : "value") + " by the func literal at " + Report.at(f.pos()));
        }
        int savedDepth = loopDepth;
        fn = inner;
        markByRef(f.body());
        signature(inner, f.type());
        block(f.body());
        fn = outer;
        loopDepth = savedDepth;
        lits.put(f, inner);
    }

    private final Map<Expr.FuncLit, Fn> lits = new IdentityHashMap<>();

    /** Declaring identifiers of the enclosing functions' variables used inside f. */
    private List<Expr.Ident> captured(Expr.FuncLit f) {
        List<Expr.Ident> out = new ArrayList<>();
        Set<Expr.Ident> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Walk.idents(f.body(), id -> {
            Expr.Ident d = facts.uses.get(id);
            if (d != null && vars.containsKey(d) && seen.add(d)) out.add(d);
        });
        return out;
    }

    private void markByRef(Stmt.Block body) {
        Walk.assigned(body, facts, byRef);
    }

    // ---- calls -------------------------------------------------------------------------------

    private void callOrConv(Expr.Call c, List<Hole> ks) {
        Hole k = ks.isEmpty() ? DISCARD : ks.get(0);
        Expr fun = unparen(c.fun());
        if (isType(fun)) {
            Type to = facts.types.get(c);
            Type from = c.args().isEmpty() ? null : facts.types.get(c.args().get(0));
            boolean strConv = to != null && from != null && (under(to) instanceof SliceType && under(from).kind() == lanes.types.Kind.STRING
                    || under(to).kind() == lanes.types.Kind.STRING && under(from) instanceof SliceType);
            if (strConv) {
                expr(DISCARD, c.args().get(0));
                flowInto(k.addr(), alloc("(" + Report.text(fun) + ")(" + Report.text(c.args().get(0)) + ")", c.lparen(), to));
            } else if (!c.args().isEmpty()) {
                expr(k, c.args().get(0));
            }
            return;
        }
        call(c, ks, null);
    }

    private boolean isType(Expr fun) {
        return switch (fun) {
            case Expr.ArrayType a -> true;
            case Expr.MapType m -> true;
            case Expr.ChanType ch -> true;
            case Expr.FuncType ft -> true;
            case Expr.InterfaceType it -> true;
            case Expr.StructType st -> true;
            case Expr.Star s -> isType(unparen(s.x()));
            case Expr.Ident id -> !facts.uses.containsKey(id) && !funcs.containsKey(id.name()) && !BUILTINS.contains(id.name())
                    && (typeNames.contains(id.name()) || BASIC.contains(id.name()));
            case Expr.Selector s -> false;
            default -> false;
        };
    }

    private static final Set<String> BUILTINS = Set.of("append", "cap", "clear", "close", "copy", "delete", "len", "make",
            "max", "min", "new", "panic", "print", "println", "recover");
    private static final Set<String> BASIC = Set.of("bool", "string", "int", "int8", "int16", "int32", "int64", "uint",
            "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "byte", "rune", "any", "error");

    /** A call; {@code mode} is "go", "defer", "defer-loop" or null for an ordinary call. */
    private void call(Expr.Call c, List<Hole> ks, String mode) {
        Hole k = ks.isEmpty() ? DISCARD : ks.get(0);
        Expr fun = unparen(c.fun());
        String goWhy = mode == null ? null : switch (mode) {
            case "go" -> "passed to a goroutine (" + Report.at(c.pos()) + "), which may outlive this call";
            case "defer-loop" -> "deferred in a loop (" + Report.at(c.pos()) + ")";
            default -> null;
        };
        if (fun instanceof Expr.Ident id && !facts.uses.containsKey(id) && BUILTINS.contains(id.name()) && !funcs.containsKey(id.name())) {
            builtin(k, id.name(), c);
            return;
        }
        Fn callee = null;
        List<Expr> args = new ArrayList<>();
        Expr recv = null;
        boolean recvPtr = false;
        String calleeName = Report.text(fun);
        if (fun instanceof Expr.FuncLit fl) {
            Hole fk = goWhy != null ? heapHole(mode.equals("go") ? "started as a goroutine (" + Report.at(c.pos()) + ")" : goWhy) : DISCARD;
            funcLit(fk, fl);
            callee = mode == null || mode.equals("defer") ? lits.get(fl) : null;
        } else if (fun instanceof Expr.Ident id && !facts.uses.containsKey(id) && funcs.containsKey(id.name())) {
            callee = func(funcs.get(id.name()));
        } else if (fun instanceof Expr.Selector s && facts.types.get(s.x()) != null) {
            Type xt = facts.types.get(s.x());
            Type base = under(xt) instanceof PointerType p ? p.elem() : xt;
            Decl.Func m = base instanceof Named n ? methods.get(n.name() + "." + s.sel().name()) : null;
            recv = s.x();
            if (m != null && "main".equals(((Named) base).pkg())) {
                callee = func(m);
                recvPtr = m.recv().type() instanceof Expr.Star;
            } else if (base instanceof Named n && !"main".equals(n.pkg())) {
                // a method of a standard type (sync.WaitGroup.Add, strings.Builder.WriteString...): Lanes
                // assumes, as is true of those in Go, that it keeps neither its receiver nor its arguments
                for (Expr a : c.args()) expr(goWhy != null ? heapHole(goWhy) : DISCARD, a);
                expr(goWhy != null ? heapHole(goWhy) : DISCARD, recv);
                return;
            } else {
                // an interface method or a function-valued field: Lanes, like Go, cannot see the code
                // that runs, so the receiver escapes
                recv = null;
                boolean iface = under(xt) instanceof lanes.types.InterfaceType;
                expr(goWhy != null ? heapHole(goWhy) : iface ? heapHole("the receiver of the interface method call "
                        + Report.text(fun) + " (" + Report.at(c.lparen()) + "), which Lanes cannot see into") : DISCARD, s.x());
            }
        } else if (fun instanceof Expr.Selector s && s.x() instanceof Expr.Ident pkg) {
            stdCall(k, pkg.name(), s.sel().name(), c, goWhy);
            return;
        } else {
            expr(DISCARD, fun); // calling a function value keeps nothing of it
        }
        if (recv != null) args.add(recv);
        args.addAll(c.args());
        FuncType ft = funType(fun);
        boolean variadic = ft != null && ft.variadic() && !c.ellipsis();
        int fixed = ft == null ? args.size() : ft.params().size() - (variadic ? 1 : 0) + (recv != null ? 1 : 0);
        Loc dots = variadic && args.size() > fixed ? alloc("... argument", c.lparen(), null) : null;
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            Hole h;
            Loc param = callee == null ? null : i < fixed ? at(callee.params, i) : at(callee.params, callee.params.size() - 1);
            if (goWhy != null) {
                h = heapHole(goWhy);
            } else if (callee == null) {
                h = heapHole("passed to " + calleeName + ", a function Lanes cannot see into (" + Report.at(c.lparen()) + ")");
            } else {
                h = paramHole(param, callee, ks, calleeName, c);
            }
            if (variadic && i >= fixed) {
                // the extra arguments are stored in the implicit "... argument" slice
                if (i == fixed) flowInto(h.addr(), dots);
                h = new Hole(dots, 0, "stored in the ... argument of " + calleeName);
            }
            if (i == 0 && recv != null) {
                Type xt = facts.types.get(recv);
                boolean isPtr = under(xt) instanceof PointerType;
                if (recvPtr && !isPtr) h = h.addr();
                else if (!recvPtr && isPtr) h = h.deref();
            }
            if (mode != null && mode.equals("defer") && callee == null) h = DISCARD;
            arg(h, a, c);
        }
        if (callee != null && callee.parent != null) {
            // a func literal called on the spot: its results flow to the caller's holes
            for (int j = 0; j < callee.results.size() && j < ks.size(); j++) flowInto(ks.get(j), callee.results.get(j));
        }
    }

    private static Loc at(List<Loc> l, int i) {
        return i < l.size() ? l.get(i) : null;
    }

    /**
     * The hole for an argument passed to parameter {@code p}. A function literal called on the spot
     * is analysed with its caller, so the argument flows straight into its parameter; a declared
     * function was analysed and solved before its callers, so its parameter's tags say where the
     * argument goes (Go's "leaking param" facts), each call site on its own.
     */
    private Hole paramHole(Loc p, Fn callee, List<Hole> ks, String name, Expr.Call c) {
        if (p == null) return DISCARD;
        if (callee.parent != null) return new Hole(p, 0, "passed to the func literal's parameter " + p.name);
        Loc arg = g.add(new Loc(Kind.VAR, "argument of " + name, c.lparen(), fn, loopDepth, p.type));
        arg.reported = false;
        if (p.escapes) Graph.flow(g.heap, -1, arg, "passed to " + name + ", whose parameter " + p.name + " is moved to the heap");
        if (p.heapDerefs != Graph.NONE) {
            Graph.flow(g.heap, p.heapDerefs, arg, "passed to " + name + " (" + Report.at(c.lparen()) + "), which lets its parameter " + p.name + " escape");
        }
        if (p.resultDerefs != null) {
            for (int j = 0; j < p.resultDerefs.length && j < ks.size(); j++) {
                Hole h = ks.get(j);
                if (p.resultDerefs[j] != Graph.NONE && h.dst() != null) {
                    Graph.flow(h.dst(), h.derefs() + p.resultDerefs[j], arg, h.why() != null ? h.why() : "returned by " + name);
                }
            }
        }
        return new Hole(arg, 0, null);
    }

    private FuncType funType(Expr fun) {
        Type t = facts.types.get(fun);
        return t != null && under(t) instanceof FuncType ft ? ft : null;
    }

    /**
     * A function of a standard package. fmt's printing functions (and log's, errors.Join) keep what
     * their arguments point to, as Go's own analysis of them finds ("leaking param content"); Lanes
     * assumes the other standard functions keep nothing of their arguments.
     */
    private void stdCall(Hole k, String pkg, String name, Expr.Call c, String goWhy) {
        boolean keeps = pkg.equals("fmt") || pkg.equals("log") || pkg.equals("errors") && name.equals("Join");
        String why = goWhy != null ? goWhy : "passed to " + pkg + "." + name + " (" + Report.at(c.lparen()) + "), which lets its arguments escape";
        FuncType ft = funType(c.fun());
        boolean variadic = ft != null && ft.variadic() && !c.ellipsis();
        int fixed = ft == null ? c.args().size() : ft.params().size() - (variadic ? 1 : 0);
        Loc dots = variadic && c.args().size() > fixed ? alloc("... argument", c.lparen(), null) : null;
        if (dots != null && (keeps || goWhy != null)) Graph.flow(g.heap, 0, dots, why);
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            if (dots != null && i >= fixed) {
                arg(new Hole(dots, 0, why), a, c);
            } else if (keeps || goWhy != null) {
                arg(c.ellipsis() && i == c.args().size() - 1 ? heapHole(why).deref() : heapHole(why), a, c);
            } else {
                arg(DISCARD, a, c);
            }
        }
    }

    private void builtin(Hole k, String name, Expr.Call c) {
        List<Expr> a = c.args();
        switch (name) {
            case "new" -> {
                Type t = facts.types.get(c);
                Loc l = alloc(Report.text(c), c.lparen(), t);
                l.site = c;
                Type elem = t != null && under(t) instanceof PointerType p ? p.elem() : null;
                if (elem != null && Layout.sizeof(elem) > MAX_IMPLICIT) {
                    Graph.escape(l, "too large for the stack (" + Layout.sizeof(elem) + " bytes; Go allocates implicit values over 64 KB on the heap)");
                }
                flowInto(k.addr(), l);
            }
            case "make" -> {
                Type t = facts.types.get(c);
                Type u = under(t);
                for (int i = 1; i < a.size(); i++) expr(DISCARD, a.get(i));
                if (!(u instanceof SliceType) && !(u instanceof MapType)) return; // channels: always on the heap, never reported
                Loc l = alloc(Report.text(c), c.lparen(), t);
                l.site = c;
                if (u instanceof SliceType st) {
                    Long n = null;
                    for (int i = 1; i < a.size(); i++) {
                        Long v = Report.constInt(a.get(i), facts);
                        if (v == null) {
                            n = null;
                            break;
                        }
                        n = n == null ? v : Math.max(n, v);
                    }
                    if (n == null) Graph.escape(l, "make with a size that is not a constant: the compiler cannot size a stack slot");
                    else if (n * Layout.sizeof(st.elem()) > MAX_IMPLICIT) {
                        Graph.escape(l, "too large for the stack (" + n * Layout.sizeof(st.elem()) + " bytes; Go allocates implicit values over 64 KB on the heap)");
                    }
                }
                flowInto(k.addr(), l);
            }
            case "append" -> {
                if (a.isEmpty()) return;
                expr(k, a.get(0));
                for (int i = 1; i < a.size(); i++) {
                    Hole h = heapHole("appended to a slice (" + Report.at(c.lparen()) + ")");
                    expr(c.ellipsis() ? h.deref() : h, a.get(i));
                }
            }
            case "copy" -> {
                if (a.size() == 2) {
                    expr(DISCARD, a.get(0));
                    expr(heapHole("copied into a slice (" + Report.at(c.lparen()) + ")").deref(), a.get(1));
                }
            }
            case "panic" -> {
                for (Expr x : a) expr(heapHole("passed to panic (" + Report.at(c.lparen()) + ")"), x);
            }
            default -> {
                for (Expr x : a) expr(DISCARD, x);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    static Type under(Type t) {
        return t == null ? null : t.underlying();
    }

    static boolean pointerShaped(Type t) {
        Type u = t.underlying();
        return u instanceof PointerType || u instanceof MapType || u.kind() == lanes.types.Kind.CHAN
                || u instanceof FuncType || u.kind() == lanes.types.Kind.UNSAFE_POINTER;
    }

    Map<Expr.FuncLit, Fn> lits() {
        return lits;
    }

    Map<Decl.Func, Fn> funcs() {
        return done;
    }
}
