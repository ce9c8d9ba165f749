package lanes.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.Stmt;
import lanes.interp.Code;
import lanes.interp.Frame;
import lanes.interp.Interp;
import lanes.interp.Lit;
import lanes.interp.Locals;
import lanes.interp.Ret;
import lanes.interp.S;
import lanes.interp.Slot;
import lanes.interp.Stmts;
import lanes.interp.X;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Kind;
import lanes.types.Named;
import lanes.types.Type;
import lanes.values.Values;

/** Statements and function bodies. */
abstract class StmtC extends BuiltinC {
    StmtC(Interp interp, String file) {
        super(interp, file);
    }

    abstract S goStmt(Stmt.Go g);

    abstract S deferStmt(Stmt.Defer d);

    abstract S sendStmt(Stmt.Send s);

    abstract S selectStmt(Stmt.Select s, Object label);

    abstract S rangeChan(Stmt.Range r, Op x, ChanType ct, Object label);

    /** Labels of the function being compiled: name to identity. */
    Map<String, Object> labels = new HashMap<>();

    // ---- functions --------------------------------------------------------------------------------

    /**
     * Compiles a function body into {@code code}. Parameters take the canonical layout
     * (receiver, then parameters in order), so callers can store arguments without knowing
     * the callee's other locals.
     */
    FnCtx compileBody(Code code, FuncType sig, Expr.Field recv, Type recvType, Expr.FuncType ft, Stmt.Block body, FnCtx outer) {
        FnCtx saved = fn;
        Scope savedScope = scope;
        Map<String, Object> savedLabels = labels;
        java.util.ArrayDeque<Enclosing> savedEnclosing = enclosing;
        Map<Object, Expr.Ident> savedDecls = labelDecls;
        java.util.Set<Object> savedUsed = usedLabels;
        fn = new FnCtx(outer, code, sig);
        labels = new HashMap<>();
        enclosing = new java.util.ArrayDeque<>();
        labelDecls = new java.util.LinkedHashMap<>();
        usedLabels = new java.util.HashSet<>();
        scope = new Scope(scope, fn);
        try {
            List<Var> params = new ArrayList<>();
            List<Slot> canon = new ArrayList<>();
            if (recv != null) {
                Expr.Ident rn = recv.names().isEmpty() ? null : recv.names().get(0);
                canon.add(declareParam(rn, recvType, params, recv.pos()));
            }
            int pi = 0;
            for (Expr.Field f : ft.params()) {
                int n = Math.max(1, f.names().size());
                for (int k = 0; k < n; k++) {
                    Expr.Ident id = f.names().isEmpty() ? null : f.names().get(k);
                    canon.add(declareParam(id, sig.params().get(pi++), params, f.pos()));
                }
            }
            List<Slot> from = new ArrayList<>();
            List<Integer> to = new ArrayList<>();
            for (Var v : params) {
                if (v != null && escapes.containsKey(v.declKey) && !Values.isAggregate(v.type)) {
                    Slot cell = fn.alloc(v.type, true);
                    from.add(v.slot);
                    to.add(cell.index());
                    v.slot = cell;
                }
            }
            code.params = canon.toArray(new Slot[0]);
            if (!from.isEmpty()) {
                code.cellParamsFrom = from.toArray(new Slot[0]);
                code.cellParamsTo = to.stream().mapToInt(Integer::intValue).toArray();
            } else {
                code.cellParamsFrom = null;
                code.cellParamsTo = null;
            }
            // results
            List<S> prologue = new ArrayList<>();
            boolean named = !ft.results().isEmpty() && !ft.results().get(0).names().isEmpty();
            code.nResults = sig.results().size();
            code.resultKind = sig.results().size() == 1 ? FnCtx.primKind(sig.results().get(0)) : 0;
            Object[] zeros = new Object[sig.results().size()];
            for (int i = 0; i < zeros.length; i++) zeros[i] = Values.zero(sig.results().get(i));
            code.resultZeros = zeros;
            if (named) {
                List<Var> rs = new ArrayList<>();
                int ri = 0;
                for (Expr.Field f : ft.results()) {
                    for (Expr.Ident id : f.names()) {
                        Type t = sig.results().get(ri++);
                        Var v = declareVar(id, t, true);
                        v.used = true;
                        rs.add(v);
                        prologue.add(initVar(v, zeroNode(t)));
                    }
                }
                fn.namedResults = rs.toArray(new Var[0]);
            } else {
                fn.namedResults = null;
            }
            S b = block(body.stmts(), prologue);
            if (!sig.results().isEmpty() && !terminates(body)) error(body.rbrace(), "missing return");
            reportUnused(fn);
            code.body = b;
            code.endPos = body.rbrace();
            code.nPrim = fn.nPrim;
            code.nObj = fn.nObj;
            code.hasDefer = fn.hasDefer;
            if (fn.namedResults != null) {
                Slot[] ns = new Slot[fn.namedResults.length];
                for (int i = 0; i < ns.length; i++) ns[i] = fn.namedResults[i].slot;
                code.namedResults = ns;
            } else {
                code.namedResults = null;
            }
            code.sig = sig;
            return fn;
        } finally {
            fn = saved;
            scope = savedScope;
            for (Map.Entry<Object, Expr.Ident> e : labelDecls.entrySet()) {
                if (!usedLabels.contains(e.getKey())) error(e.getValue().pos(), "label " + e.getValue().name() + " declared and not used");
            }
            labels = savedLabels;
            enclosing = savedEnclosing;
            labelDecls = savedDecls;
            usedLabels = savedUsed;
        }
    }

    private Slot declareParam(Expr.Ident id, Type t, List<Var> params, Pos pos) {
        Slot s = fn.alloc(t, false);
        if (id == null || id.name().equals("_")) {
            params.add(null);
            return s;
        }
        Var v = new Var(id.name(), t, id.pos(), id, fn);
        if (interp.escapeFacts != null) interp.escapeFacts.var(id, t, false);
        v.slot = s;
        v.used = true;
        if (scope.lookupLocal(id.name()) != null) error(id.pos(), "duplicate argument " + id.name());
        scope.names.put(id.name(), new Ent.VarEnt(v));
        params.add(v);
        return s;
    }

    void reportUnused(FnCtx f) {
        if (session != null) return; // the REPL: unused variables are not errors
        for (Var v : f.locals) {
            if (!v.used && !v.name.equals("_")) error(v.pos, "declared and not used: " + v.name);
        }
    }

    X zeroNode(Type t) {
        if (Values.isAggregate(t)) {
            return new X() {
                @Override
                public Object eval(Frame f) {
                    return Values.zero(t);
                }
            };
        }
        return Lit.of(Values.zero(t), kind(t));
    }

    /** Declares a local variable in the current scope and allocates its slot. */
    Var declareVar(Expr.Ident id, Type t, boolean isParam) {
        if (sessionTop != null && scope == sessionTop && !isParam) {
            // a REPL input's top-level variable: a session variable, in a cell like a package variable
            Var g = new Var(id.name(), t, id.pos(), id, null);
            g.global = new lanes.values.Cell(Values.zero(t));
            g.used = true;
            if (!id.name().equals("_")) scope.names.put(id.name(), new Ent.VarEnt(g));
            return g;
        }
        Var v = new Var(id.name(), t, id.pos(), id, fn);
        if (interp.escapeFacts != null) interp.escapeFacts.var(id, t, false);
        boolean boxed = escapes.containsKey(id) && !Values.isAggregate(t);
        v.slot = fn.alloc(t, boxed);
        if (!id.name().equals("_")) {
            scope.names.put(id.name(), new Ent.VarEnt(v));
            if (!isParam) fn.locals.add(v);
        }
        return v;
    }

    /** The statement that initialises a just-declared variable (a fresh cell for escaping ones). */
    S initVar(Var v, X value) {
        if (v.owner == null) return varLV(v).store(value);
        if (v.slot.kind() == 'C') return Locals.declareCell(v.slot, value);
        return Locals.write(v.slot, value);
    }

    @Override
    Op funcLit(Expr.FuncLit fl) {
        FuncType sig = funcType(fl.type(), null);
        FnCtx outer = fn;
        String name;
        FnCtx top = outer;
        outer.closureCount++;
        name = outer.code.name + (outer.outer == null ? ".func" : ".") + outer.closureCount;
        Code code = new Code(name, fl.pos());
        FnCtx inner = compileBody(code, sig, null, null, fl.type(), fl.body(), outer);
        List<Var> caps = inner.captures;
        X[] sources = new X[caps.size()];
        for (int i = 0; i < sources.length; i++) {
            Var v = caps.get(i);
            if (v.owner == outer) {
                if (Values.isAggregate(v.type)) sources[i] = Locals.read(v.slot);
                else {
                    if (v.slot.kind() != 'C') restart = true;
                    sources[i] = Locals.cellOf(v.slot);
                }
            } else {
                sources[i] = lanes.interp.Locals.envCell(outer.envIndex(v));
            }
        }
        Interp in = interp;
        Op op = Op.value(sig, new X() {
            @Override
            public Object eval(Frame f) {
                Object[] env = new Object[sources.length];
                for (int i = 0; i < env.length; i++) env[i] = sources[i].eval(f);
                return new lanes.interp.Closure(code, env, in);
            }
        }, fl);
        op.fresh = true;
        return op;
    }


    // ---- blocks and statements --------------------------------------------------------------------

    S block(List<Stmt> stmts, List<S> prologue) {
        push();
        boolean sessionBody = session != null && fn != null && fn.outer == null && fn.code.name.equals("main.main")
                && scope.parent.fn == fn && scope.parent.parent != null && scope.parent.parent.fn == null;
        if (sessionBody) sessionTop = scope;
        try {
            List<S> out = new ArrayList<>();
            List<Pos> poss = new ArrayList<>();
            if (prologue != null) {
                for (S s : prologue) {
                    out.add(s);
                    poss.add(stmts.isEmpty() ? Pos.NONE : stmts.get(0).pos());
                }
            }
            for (Stmt st : stmts) {
                try {
                    S s = sessionBody && st instanceof Stmt.ExprStmt es ? sessionShow(es) : stmt(st, null);
                    if (s != null) {
                        out.add(s);
                        poss.add(st.pos());
                    }
                } catch (Bail b) {
                    // error already reported; keep checking the following statements. Go checks the
                    // rest of a failed statement too, so the variables it mentions count as used.
                    markUsed(st);
                }
            }
            return Stmts.block(out.toArray(new S[0]), poss.toArray(new Pos[0]));
        } finally {
            closeScope();
        }
    }

    /** Marks every variable that the syntax tree {@code node} names (as visible here) as used. */
    void markUsed(Object node) {
        if (node instanceof Expr.Ident id) {
            if (scope.lookup(id.name()) instanceof Ent.VarEnt ve) ve.v().used = true;
        } else if (node instanceof java.util.List<?> l) {
            for (Object o : l) markUsed(o);
        } else if (node instanceof Record r && (node instanceof Expr || node instanceof Stmt || node instanceof Expr.Element
                || node instanceof Stmt.CaseClause || node instanceof Stmt.CommClause || node instanceof Expr.Field || node instanceof Decl)) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    markUsed(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    void closeScope() {
        pop();
    }

    S stmt(Stmt st, Object label) {
        switch (st) {
            case Stmt.ExprStmt es -> {
                return exprStmt(es);
            }
            case Stmt.Assign a -> {
                return assign(a);
            }
            case Stmt.IncDec id -> {
                return incDec(id);
            }
            case Stmt.DeclStmt d -> {
                List<S> out = new ArrayList<>();
                for (Decl spec : d.specs()) {
                    S s = localDecl(spec);
                    if (s != null) out.add(s);
                }
                return new Stmts.Seq(out.toArray(new S[0]));
            }
            case Stmt.Block b -> {
                return block(b.stmts(), null);
            }
            case Stmt.If i -> {
                return ifStmt(i);
            }
            case Stmt.For f -> {
                enclosing.push(new Enclosing(label, true));
                try {
                    return forStmt(f, label);
                } finally {
                    enclosing.pop();
                }
            }
            case Stmt.Range r -> {
                enclosing.push(new Enclosing(label, true));
                try {
                    return rangeStmt(r, label);
                } finally {
                    enclosing.pop();
                }
            }
            case Stmt.Switch s -> {
                enclosing.push(new Enclosing(label, false));
                try {
                    return switchStmt(s, label);
                } finally {
                    enclosing.pop();
                }
            }
            case Stmt.TypeSwitch ts -> {
                enclosing.push(new Enclosing(label, false));
                try {
                    return typeSwitch(ts, label);
                } finally {
                    enclosing.pop();
                }
            }
            case Stmt.Return r -> {
                return returnStmt(r);
            }
            case Stmt.Branch b -> {
                return branch(b);
            }
            case Stmt.Labeled l -> {
                Object key = new Object();
                if (labels.containsKey(l.label().name())) error(l.label().pos(), "label " + l.label().name() + " already defined");
                labels.put(l.label().name(), key);
                labelDecls.put(key, l.label());
                S inner = stmt(l.stmt(), key);
                return new Stmts.Labeled(key, inner);
            }
            case Stmt.Go g -> {
                return goStmt(g);
            }
            case Stmt.Defer d -> {
                fn.hasDefer = true;
                return deferStmt(d);
            }
            case Stmt.Send s -> {
                return sendStmt(s);
            }
            case Stmt.Select s -> {
                enclosing.push(new Enclosing(label, false));
                try {
                    return selectStmt(s, label);
                } finally {
                    enclosing.pop();
                }
            }
            case Stmt.Empty e -> {
                return new Stmts.Empty();
            }
        }
    }

    private static final java.util.Set<String> VALUE_BUILTINS =
            java.util.Set.of("append", "cap", "complex", "imag", "len", "make", "max", "min", "new", "real");

    private S exprStmt(Stmt.ExprStmt es) {
        Expr e = unparen(es.x());
        Op op = expr(e);
        boolean isCall = e instanceof Expr.Call;
        boolean isRecv = e instanceof Expr.Unary u && u.op().equals("<-");
        if (isCall && op.mode == Op.TYPE) throw fail(e.pos(), exprString(e) + " (type) is not an expression");
        if (isCall) {
            Expr.Call c = (Expr.Call) e;
            // the spec forbids these builtins in statement context; recover() and copy() are fine
            if (c.fun() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Ent.BuiltinEnt
                    && op.mode != Op.NOVALUE && VALUE_BUILTINS.contains(id.name())) {
                throw fail(e.pos(), describe(op) + " is not used");
            }
            if (op.mode == Op.CONST) throw fail(e.pos(), exprString(e) + " (" + describeConstShort(op) + ") is not used");
            if (op.x instanceof X && !(op.mode == Op.VALUE || op.mode == Op.NOVALUE || op.mode == Op.VAR)) {
                throw fail(e.pos(), exprString(e) + " is not used");
            }
            return new Stmts.Eval(op.x);
        }
        if (isRecv) return new Stmts.Eval(op.x);
        if (op.mode == Op.TYPE) throw fail(e.pos(), exprString(e) + " (type) is not an expression");
        throw fail(e.pos(), describe(op) + " is not used");
    }

    /**
     * REPL: an expression statement at the input's top level prints its value and type
     * ({@code 42 (int)}); a call without results just runs.
     */
    private S sessionShow(Stmt.ExprStmt es) {
        if (!session.showValues) return exprStmt(es);
        Expr e = unparen(es.x());
        Op op = expr(e);
        if (op.mode == Op.NOVALUE || isFmtPrint(e)) return new Stmts.Eval(op.x);
        // a signal received from a chan struct{} has nothing to show
        if (op.tuple == null && op.type != null && op.type.underlying() instanceof lanes.types.StructType st && st.fields().isEmpty()) {
            return new Stmts.Eval(op.x);
        }
        if (session.shown != null) session.shown.positions.add(es.pos());
        if (op.mode == Op.TYPE || op.mode == Op.BUILTIN || op.mode == Op.PKG) return exprStmt(es);
        if (op.mode == Op.NIL) throw fail(e.pos(), "use of untyped nil in expression statement");
        if (op.tuple != null) {
            return new lanes.interp.Show(interp, op.x, op.tuple.toArray(new Type[0]), true);
        }
        Type t = op.mode == Op.CONST && isUntyped(op.type) ? ((lanes.types.Basic) op.type).defaultType() : op.type;
        if (isUntyped(t)) t = lanes.types.Basic.BOOL;
        X x = value(op, t, "expression statement");
        return new lanes.interp.Show(interp, x, new Type[] {t}, false);
    }

    /** fmt.Print, Printf and Println: their byte count and error are not worth showing. */
    private boolean isFmtPrint(Expr e) {
        return e instanceof Expr.Call c && c.fun() instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident id
                && scope.lookup(id.name()) instanceof Ent.PkgEnt pe && pe.pkg().path.equals("fmt")
                && java.util.Set.of("Print", "Println", "Printf").contains(sel.sel().name());
    }

    private String describeConstShort(Op op) {
        return isUntyped(op.type) ? op.type + " constant" : "constant of type " + op.type;
    }

    // ---- declarations inside functions ----------------------------------------------------------------

    S localDecl(Decl spec) {
        switch (spec) {
            case Decl.Var v -> {
                return varSpec(v);
            }
            case Decl.Const c -> {
                constSpec(c, scope);
                return null;
            }
            case Decl.Type t -> {
                localType(t);
                return null;
            }
            default -> throw fail(spec.pos(), "unexpected declaration");
        }
    }

    void localType(Decl.Type t) {
        if (t.alias()) {
            scope.names.put(t.name().name(), new Ent.TypeEnt(resolveType(t.type())));
            return;
        }
        Named n = new Named("main", t.name().name(), Basic.UNTYPED_NIL);
        scope.names.put(t.name().name(), new Ent.TypeEnt(n));
        n.setUnderlying(resolveType(t.type()));
    }

    /** Declares constants (package or local scope), evaluating with the spec's iota. */
    void constSpec(Decl.Const c, Scope into) {
        Type t = c.type() == null ? null : resolveType(c.type());
        if (c.values().isEmpty()) {
            throw fail(c.pos(), "missing init expr for const declaration");
        }
        Scope saved = scope;
        for (int i = 0; i < c.names().size(); i++) {
            Expr.Ident id = c.names().get(i);
            if (i >= c.values().size()) {
                error(id.pos(), "missing init expr for const declaration");
                continue;
            }
            scope = new Scope(saved, saved.fn);
            scope.names.put("iota", Universe.iota(c.iota()));
            Object val = null;
            Type vt = Basic.UNTYPED_INT;
            try {
                Op op = expr(c.values().get(i));
                if (op.mode != Op.CONST) {
                    throw fail(c.values().get(i).pos(), describe(op) + " is not constant");
                }
                if (t != null) {
                    X unusedNode = value(op, t, "constant declaration");
                    Op conv = convert(op, t, op.expr);
                    val = conv.val;
                    vt = t;
                } else {
                    val = op.val;
                    vt = op.type;
                }
            } catch (Bail b) {
                // reported
            } finally {
                scope = saved;
            }
            if (!id.name().equals("_")) {
                if (into.lookupLocal(id.name()) != null && into.fn != null) error(id.pos(), id.name() + " redeclared in this block");
                into.names.put(id.name(), new Ent.ConstEnt(vt, val, id.pos(), id.name(), new boolean[] {false}));
            }
        }
        if (c.values().size() > c.names().size()) error(c.values().get(c.names().size()).pos(), "extra init expr");
    }

    S varSpec(Decl.Var v) {
        Type t = v.type() == null ? null : resolveType(v.type());
        List<S> out = new ArrayList<>();
        if (v.values().isEmpty()) {
            for (Expr.Ident id : v.names()) {
                checkRedeclare(id);
                Var var = declareVar(id, t, false);
                out.add(initVar(var, zeroNode(t)));
            }
            return new Stmts.Seq(out.toArray(new S[0]));
        }
        List<X> vals;
        try {
            vals = rhsValues(v.names().size(), v.values(), t, "variable declaration", v.pos(), v.names());
        } catch (Bail b) {
            declareAfterError(v.names(), t);
            throw b;
        }
        for (int i = 0; i < v.names().size(); i++) {
            Expr.Ident id = v.names().get(i);
            checkRedeclare(id);
            Type vt = t != null ? t : lastTypes.get(i);
            Var var = declareVar(id, vt, false);
            out.add(initVar(var, vals.get(i)));
        }
        return new Stmts.Seq(out.toArray(new S[0]));
    }

    /**
     * After an initialiser's error, the names are still declared, as in Go, and count as used:
     * with the declared type when there is one, else as invalid (uses are dropped silently).
     */
    void declareAfterError(List<? extends Expr> names, Type t) {
        for (Expr e : names) {
            if (!(e instanceof Expr.Ident id) || id.name().equals("_") || scope.lookupLocal(id.name()) != null) continue;
            Var var = declareVar(id, t != null ? t : Basic.UNSAFE_POINTER, false);
            var.used = true;
            var.invalid = t == null;
        }
    }

    private void checkRedeclare(Expr.Ident id) {
        if (!id.name().equals("_") && scope.lookupLocal(id.name()) != null) {
            error(id.pos(), id.name() + " redeclared in this block");
        }
    }

    /** Types of the values produced by the last {@link #rhsValues} call (the default types where untyped). */
    List<Type> lastTypes = new ArrayList<>();

    /**
     * Converts the right-hand sides of a declaration or assignment producing n values: either n
     * single values or one multi-valued expression (call, comma-ok form). With a null target
     * type, each value keeps its own (default) type. Multi-valued sources go through a temp.
     */
    List<X> rhsValues(int n, List<Expr> rhs, Type target, String context, Pos pos, List<? extends Expr> lhs) {
        return rhsValues(n, rhs, target == null ? null : java.util.Collections.nCopies(n, target), context, pos, lhs);
    }

    List<X> rhsValues(int n, List<Expr> rhs, List<Type> targets, String context, Pos pos, List<? extends Expr> lhs) {
        List<X> out = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        // as Go's initVars: a lone call is not matched n:n, so `x := twoResults()` says how many it returns
        boolean loneCall = rhs.size() == 1 && unparen(rhs.get(0)) instanceof Expr.Call;
        if (rhs.size() == n && !loneCall) {
            for (int i = 0; i < n; i++) {
                out.add(singleRhs(valueExpr(rhs.get(i)), rhs.get(i), targets == null ? null : targets.get(i), context, types));
            }
            lastTypes = types;
            return out;
        }
        if (rhs.size() != 1) throw assignMismatch(rhs, n, rhs.size());
        if (n == 2) {
            Expr e = unparen(rhs.get(0));
            Op op = expr(e);
            if (op.commaOk != null && op.tuple == null) {
                X pair = op.commaOk;
                List<S> pre = new ArrayList<>();
                X tmp = temp(Basic.UNSAFE_POINTER, pair, pre);
                S first = pre.get(0);
                Type vt = targets == null || targets.get(0) == null ? op.type : targets.get(0);
                Op v = Op.value(op.type, CallNodesBridge.unbox(new X() {
                    @Override
                    public Object eval(Frame f) {
                        first.exec(f);
                        return ((Object[]) tmp.eval(f))[0];
                    }
                }, kind(op.type)), e);
                v.fresh = false;
                Op ok = Op.value(Basic.UNTYPED_BOOL, CallNodesBridge.unbox(new X() {
                    @Override
                    public Object eval(Frame f) {
                        return ((Object[]) tmp.eval(f))[1];
                    }
                }, 'B'), e);
                out.add(value(v, vt, context));
                Type okT = targets == null || targets.get(1) == null ? Basic.BOOL : targets.get(1);
                out.add(value(ok, okT, context));
                types.add(vt);
                types.add(okT);
                lastTypes = types;
                return out;
            }
            return tupleRhs(op, n, rhs, targets, context, out, types);
        }
        return tupleRhs(expr(rhs.get(0)), n, rhs, targets, context, out, types);
    }

    /** The values of a lone multi-valued (or, for n == 1, single-valued) right-hand side. */
    private List<X> tupleRhs(Op op, int n, List<Expr> rhs, List<Type> targets, String context, List<X> out, List<Type> types) {
        if (op.tuple == null) {
            if (op.mode == Op.NOVALUE) throw fail(rhs.get(0).pos(), exprString(rhs.get(0)) + " (no value) used as value");
            if (n == 1) {
                out.add(singleRhs(singleValue(op, rhs.get(0)), rhs.get(0), targets == null ? null : targets.get(0), context, types));
                lastTypes = types;
                return out;
            }
            throw assignMismatch(rhs, n, 1);
        }
        if (op.tuple.size() != n) throw assignMismatch(rhs, n, op.tuple.size());
        List<S> pre = new ArrayList<>();
        X tmp = temp(Basic.UNSAFE_POINTER, op.x, pre);
        S first = pre.get(0);
        for (int i = 0; i < n; i++) {
            int k = i;
            Type et = op.tuple.get(i);
            Op ev = Op.value(et, CallNodesBridge.unbox(new X() {
                @Override
                public Object eval(Frame f) {
                    if (k == 0) first.exec(f);
                    return ((Object[]) tmp.eval(f))[k];
                }
            }, kind(et)), rhs.get(0));
            ev.fresh = true;
            Type tt = targets == null || targets.get(i) == null ? et : targets.get(i);
            out.add(value(ev, tt, context));
            types.add(tt);
        }
        lastTypes = types;
        return out;
    }

    private X singleRhs(Op op, Expr e, Type target, String context, List<Type> types) {
        Type tt = target;
        if (tt == null) {
            if (op.mode == Op.NIL) throw fail(e.pos(), "use of untyped nil in " + context);
            tt = defaultType(op.type);
        }
        types.add(tt);
        return value(op, tt, context);
    }

    /** Go's assignError, reported at the first right-hand side. */
    private Bail assignMismatch(List<Expr> rhs, int vars, int vals) {
        String v = vars + " variable" + (vars == 1 ? "" : "s");
        String w = vals + " value" + (vals == 1 ? "" : "s");
        if (rhs.size() == 1 && unparen(rhs.get(0)) instanceof Expr.Call c) {
            return fail(rhs.get(0).pos(), "assignment mismatch: " + v + " but " + exprString(c.fun()) + " returns " + w);
        }
        return fail(rhs.get(0).pos(), "assignment mismatch: " + v + " but " + w);
    }

    // ---- assignments ---------------------------------------------------------------------------------

    S assign(Stmt.Assign a) {
        String op = a.op();
        if (op.equals(":=")) return define(a);
        if (op.equals("=")) return plainAssign(a);
        // op=
        if (a.lhs().size() != 1 || a.rhs().size() != 1) throw fail(a.opPos(), "assignment operation " + op + " requires single-valued expressions");
        String bop = op.substring(0, op.length() - 1);
        Op l = lvalue(a.lhs().get(0), true);
        List<S> pre = new ArrayList<>();
        LV lv = l.lv.stabilize(pre);
        Op cur = Op.var(l.type, lv, a.lhs().get(0));
        Expr.Binary fake = new Expr.Binary(a.lhs().get(0).pos(), bop, a.lhs().get(0), a.rhs().get(0), a.opPos());
        Op r = binaryWith(fake, cur, valueExpr(a.rhs().get(0)));
        pre.add(lv.store(raceWindow(l, value(r, l.type, "assignment"))));
        return pre.size() == 1 ? pre.get(0) : new Stmts.Seq(pre.toArray(new S[0]));
    }

    /** Binary operation with pre-checked operands (for op= and ++). */
    Op binaryWith(Expr.Binary b, Op x, Op y) {
        Map<Expr, Op> pre = new HashMap<>();
        preChecked = pre;
        pre.put(b.x(), x);
        pre.put(b.y(), y);
        try {
            return binary(b);
        } finally {
            preChecked = null;
        }
    }

    Map<Expr, Op> preChecked;

    @Override
    Op valueExpr(Expr e) {
        if (preChecked != null) {
            Op op = preChecked.get(e);
            if (op != null) return op;
        }
        return super.valueExpr(e);
    }

    /** The lvalue on the left of an assignment; a bare variable is not marked used. */
    Op lvalue(Expr e, boolean opAssign) {
        Expr u = unparen(e);
        if (u instanceof Expr.Ident id) {
            if (id.name().equals("_")) {
                if (opAssign) throw fail(id.pos(), "cannot use _ as value");
                return null;
            }
            Ent ent = scope.lookup(id.name());
            if (ent instanceof Ent.PendingVarEnt p) ent = resolvePending(p, id.name(), id.pos());
            if (ent instanceof Ent.VarEnt ve) {
                Var v = ve.v();
                if (v.invalid) throw new Bail();
                boolean wasUsed = v.used;
                if (interp.escapeFacts != null) interp.escapeFacts.use(id, v.declKey);
                Op op = Op.var(v.type, varLV(v), id);
                // x op= y and x++ read x (Go counts them as uses); plain x = y does not
                v.used = opAssign || wasUsed;
                return op;
            }
            if (ent == null) throw fail(id.pos(), "undefined: " + id.name());
            Op op = expr(u);
            throw fail(id.pos(), "cannot assign to " + id.name() + " (neither addressable nor a map index expression)");
        }
        Op op = expr(u);
        if (op.mode != Op.VAR) {
            if (u instanceof Expr.Selector s && unparen(s.x()) instanceof Expr.Index ix && expr(ix.x()).type.underlying() instanceof lanes.types.MapType) {
                throw fail(u.pos(), "cannot assign to struct field " + exprString(u) + " in map");
            }
            throw fail(u.pos(), "cannot assign to " + exprString(u) + " (neither addressable nor a map index expression)");
        }
        if (op.mapIndex && u instanceof Expr.Selector) {
            throw fail(u.pos(), "cannot assign to struct field " + exprString(u) + " in map");
        }
        return op;
    }

    private S plainAssign(Stmt.Assign a) {
        int n = a.lhs().size();
        List<Op> ls = new ArrayList<>();
        List<Type> targets = new ArrayList<>();
        for (Expr e : a.lhs()) {
            Op l = lvalue(e, false);
            ls.add(l);
            targets.add(l == null ? null : l.type);
        }
        List<X> vals = rhsValues(n, a.rhs(), targets, "assignment", a.pos(), a.lhs());
        if (n == 1) {
            if (ls.get(0) == null) return new Stmts.Eval(vals.get(0));
            return ls.get(0).lv.store(vals.get(0));
        }
        // two phases: evaluate index operands and all right-hand sides, then store left to right
        List<S> pre = new ArrayList<>();
        List<LV> lvs = new ArrayList<>();
        for (Op l : ls) lvs.add(l == null ? null : l.lv.stabilize(pre));
        List<X> temps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Type t = ls.get(i) == null ? Basic.UNSAFE_POINTER : ls.get(i).type;
            temps.add(temp(t, vals.get(i), pre));
        }
        for (int i = 0; i < n; i++) {
            if (lvs.get(i) != null) pre.add(lvs.get(i).store(temps.get(i)));
        }
        return new Stmts.Seq(pre.toArray(new S[0]));
    }

    private S define(Stmt.Assign a) {
        int n = a.lhs().size();
        List<Type> targets = new ArrayList<>();
        List<Var> existing = new ArrayList<>();
        boolean anyNew = false;
        for (Expr e : a.lhs()) {
            if (!(e instanceof Expr.Ident id)) throw fail(e.pos(), "non-name " + exprString(e) + " on left side of :=");
            Ent ent = scope.lookupLocal(id.name());
            if (!id.name().equals("_") && ent instanceof Ent.VarEnt ve) {
                existing.add(ve.v());
                targets.add(ve.v().type);
            } else {
                if (!id.name().equals("_")) anyNew = true;
                existing.add(null);
                targets.add(null);
            }
        }
        if (!anyNew) throw fail(a.opPos(), "no new variables on left side of :=");
        List<X> vals;
        try {
            vals = rhsValues(n, a.rhs(), targets, "assignment", a.pos(), a.lhs());
        } catch (Bail b) {
            declareAfterError(a.lhs(), null);
            throw b;
        }
        List<Type> types = lastTypes;
        List<S> out = new ArrayList<>();
        if (n == 1) {
            Expr.Ident id = (Expr.Ident) a.lhs().get(0);
            Var v = declareVar(id, types.get(0), false);
            return initVar(v, vals.get(0));
        }
        List<X> temps = new ArrayList<>();
        for (int i = 0; i < n; i++) temps.add(temp(types.get(i), vals.get(i), out));
        for (int i = 0; i < n; i++) {
            Expr.Ident id = (Expr.Ident) a.lhs().get(i);
            if (id.name().equals("_")) continue;
            if (existing.get(i) != null) {
                out.add(varLV(existing.get(i)).store(temps.get(i)));
            } else {
                Var v = declareVar(id, types.get(i), false);
                out.add(initVar(v, temps.get(i)));
            }
        }
        return new Stmts.Seq(out.toArray(new S[0]));
    }

    /**
     * A read-modify-write of shared memory ({@code counter++} on a global, a captured variable,
     * a field or an element) is not atomic in Go: another processor may run between the load
     * and the store. The step taken here is where the scheduler can interleave, so lost
     * updates really happen with several processors. Plain locals need no window.
     */
    X raceWindow(Op l, X computed) {
        Expr u = unparen(l.expr);
        if (u instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Ent.VarEnt ve
                && ve.v().owner == fn && ve.v().slot.kind() != 'C') {
            return computed;
        }
        char k = kind(l.type);
        X window = new X() {
            @Override
            public Object eval(Frame f) {
                Object v = computed.eval(f);
                f.g.interp.tick(f.g);
                return v;
            }
        };
        return CallNodesBridge.unbox(window, k);
    }

    private S incDec(Stmt.IncDec s) {
        Op l = lvalue(s.x(), true);
        Kind k = l.type.underlying().kind();
        if (!k.isNumeric()) {
            throw fail(s.pos(), "invalid operation: " + exprString(s.x()) + (s.inc() ? "++" : "--") + " (non-numeric type " + l.type + ")");
        }
        List<S> pre = new ArrayList<>();
        LV lv = l.lv.stabilize(pre);
        Op cur = Op.var(l.type, lv, s.x());
        Expr one = new Expr.BasicLit(s.opPos(), Expr.LitKind.INT, "1");
        Expr.Binary fake = new Expr.Binary(s.pos(), s.inc() ? "+" : "-", s.x(), one, s.opPos());
        Op r = binaryWith(fake, cur, Op.constant(Basic.UNTYPED_INT, java.math.BigInteger.ONE, one));
        pre.add(lv.store(raceWindow(l, value(r, l.type, "assignment"))));
        return pre.size() == 1 ? pre.get(0) : new Stmts.Seq(pre.toArray(new S[0]));
    }

    // ---- control flow -----------------------------------------------------------------------------

    X cond(Expr e, String what) {
        Op c = valueExpr(e);
        Kind k = c.type.underlying().kind();
        if (k != Kind.BOOL && k != Kind.UNTYPED_BOOL) {
            throw fail(e.pos(), "non-boolean condition in " + what + " statement");
        }
        return c.mode == Op.CONST ? Lit.of(c.val, 'B') : c.x;
    }

    private S ifStmt(Stmt.If i) {
        push();
        try {
            S init = i.init() == null ? null : stmt(i.init(), null);
            X c = cond(i.cond(), "if");
            S then = block(i.then().stmts(), null);
            S els = null;
            if (i.els() != null) els = stmt(i.els(), null);
            S r = new Stmts.If(c, then, els);
            return init == null ? r : new Stmts.Seq(new S[] {init, r});
        } finally {
            closeScope();
        }
    }

    private S forStmt(Stmt.For f, Object label) {
        push();
        try {
            List<Var> before = new ArrayList<>(fn.locals);
            S init = f.init() == null ? null : stmt(f.init(), null);
            List<Var> loopVars = new ArrayList<>(fn.locals);
            loopVars.removeAll(before);
            X c = f.cond() == null ? null : cond(f.cond(), "for");
            S post = f.post() == null ? null : stmt(f.post(), null);
            if (f.post() instanceof Stmt.Assign pa && pa.op().equals(":=")) error(pa.pos(), "cannot declare in post statement of for loop");
            S body = block(f.body().stmts(), null);
            // Go 1.22: each iteration has its own copy of the loop variables
            List<S> renew = new ArrayList<>();
            for (Var v : loopVars) {
                if (v.slot.kind() == 'C') renew.add(Locals.renewCell(v.slot));
            }
            if (!renew.isEmpty()) {
                if (post != null) renew.add(post);
                post = new Stmts.Seq(renew.toArray(new S[0]));
            }
            S loop = new Stmts.For(c, body, post, label);
            return init == null ? loop : new Stmts.Seq(new S[] {init, loop});
        } finally {
            closeScope();
        }
    }

    /** A statement break or continue may leave: its label key (or null), and whether it is a loop. */
    record Enclosing(Object label, boolean loop) {}

    /** The for, switch and select statements around the statement being compiled, innermost first. */
    java.util.ArrayDeque<Enclosing> enclosing = new java.util.ArrayDeque<>();
    Map<Object, Expr.Ident> labelDecls = new java.util.LinkedHashMap<>();
    java.util.Set<Object> usedLabels = new java.util.HashSet<>();
    /** The one fallthrough statement allowed where the case being compiled ends. */
    Stmt fallthroughOk;

    private S branch(Stmt.Branch b) {
        Object key = null;
        String kw = b.keyword();
        if (b.label() != null && !kw.equals("goto")) {
            String name = b.label().name();
            key = labels.get(name);
            if (key == null) throw fail(b.label().pos(), "label " + name + " not declared");
            usedLabels.add(key);
            boolean valid = false;
            for (Enclosing e : enclosing) {
                if (e.label() == key) valid = kw.equals("break") || e.loop();
            }
            if (!valid) throw fail(b.label().pos(), "invalid " + kw + " label " + name);
        } else if (kw.equals("break") && enclosing.isEmpty()) {
            throw fail(b.pos(), "break is not in a loop, switch, or select");
        } else if (kw.equals("continue") && enclosing.stream().noneMatch(Enclosing::loop)) {
            throw fail(b.pos(), "continue is not in a loop");
        } else if (kw.equals("fallthrough") && b != fallthroughOk) {
            throw fail(b.pos(), "fallthrough statement out of place");
        }
        return switch (b.keyword()) {
            case "break" -> Stmts.breakTo(key);
            case "continue" -> Stmts.continueTo(key);
            case "fallthrough" -> new Stmts.Fallthrough();
            default -> throw fail(b.pos(), "goto is not supported by Lanes");
        };
    }

    private S returnStmt(Stmt.Return r) {
        FuncType sig = fn.sig;
        List<Type> rs = sig.results();
        if (r.results().isEmpty()) {
            if (!rs.isEmpty() && fn.namedResults == null) throw fail(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleString(rs));
            return Ret.none();
        }
        List<Expr> res = r.results();
        boolean loneCall = res.size() == 1 && unparen(res.get(0)) instanceof Expr.Call;
        if (res.size() != rs.size() || loneCall) {
            // Go's returnError: too many at the first extra value, not enough at the last one
            List<String> have = new ArrayList<>();
            int count;
            Pos extra;
            Pos last;
            if (res.size() == 1) {
                Op only = expr(res.get(0));
                cached = only;
                cachedExpr = res.get(0);
                if (only.tuple != null) {
                    for (Type t : only.tuple) have.add(summary(t));
                } else {
                    have.add(only.mode == Op.NIL ? "nil" : only.mode == Op.NOVALUE ? "no value" : summary(only.type));
                }
                count = have.size();
                extra = last = res.get(0).pos();
            } else {
                for (Expr e : res) have.add(haveOne(e));
                count = res.size();
                extra = count > rs.size() ? res.get(rs.size()).pos() : null;
                last = res.get(count - 1).pos();
            }
            if (count != rs.size()) {
                String want = "(" + String.join(", ", rs.stream().map(this::summary).toList()) + ")";
                throw fail(count > rs.size() ? extra : last, (count > rs.size() ? "too many" : "not enough") + " return values\n\thave ("
                        + String.join(", ", have) + ")\n\twant " + want);
            }
        }
        List<X> vals;
        try {
            vals = rhsValues(rs.size(), res, rs, "return statement", r.pos(), List.of());
        } finally {
            cached = null;
            cachedExpr = null;
        }
        if (fn.namedResults != null) {
            List<S> out = new ArrayList<>();
            List<X> temps = new ArrayList<>();
            for (int i = 0; i < vals.size(); i++) temps.add(vals.size() == 1 ? vals.get(0) : temp(rs.get(i), vals.get(i), out));
            for (int i = 0; i < vals.size(); i++) out.add(varLV(fn.namedResults[i]).store(temps.get(i)));
            return Ret.named(new Stmts.Seq(out.toArray(new S[0])));
        }
        if (rs.size() == 1) return Ret.one(vals.get(0), kind(rs.get(0)));
        return Ret.tuple(vals.toArray(new X[0]));
    }

    private String tupleString(List<Type> ts) {
        return "(" + Type.list(ts) + ")";
    }

    /** One operand's type as Go's typesSummary writes it: {@code number} for untyped numbers. */
    private String haveOne(Expr e) {
        try {
            Op o = expr(e);
            return o.mode == Op.NIL ? "nil" : summary(o.type);
        } catch (Bail b) {
            return "unknown type";
        }
    }

    /** An operand compiled ahead (to count a return's values), handed back once instead of compiling twice. */
    private Op cached;
    private Expr cachedExpr;

    @Override
    Op expr(Expr e) {
        if (cached != null && e == cachedExpr) {
            Op op = cached;
            cached = null;
            cachedExpr = null;
            return op;
        }
        return super.expr(e);
    }

    // ---- switch --------------------------------------------------------------------------------------

    /** Whether a case value can be compared with the switch tag (Go's comparison check, in switch words). */
    private boolean caseComparable(Op tag, Op c) {
        if (c.mode == Op.NIL || tag.type.isInterface()) return true;
        if (isUntyped(c.type)) {
            Kind ck = c.type.underlying().kind();
            Kind tk = tag.type.underlying().kind();
            if (c.mode != Op.CONST) return tk == Kind.BOOL;
            return (tk.isNumeric() && (ck.isNumeric() || ck == Kind.UNTYPED_RUNE)) || (tk == Kind.STRING && ck == Kind.UNTYPED_STRING)
                    || (tk == Kind.BOOL && ck == Kind.UNTYPED_BOOL);
        }
        return assignable(c.type, tag.type) || assignable(tag.type, c.type);
    }

    /** A constant's value as a map key that identifies equal constants ({@code 1.0} and {@code 1.00}). */
    private static Object constKey(Object v) {
        if (v instanceof java.math.BigDecimal || v instanceof Rat) return Rat.of(v);
        if (v instanceof java.math.BigInteger i) return Rat.of(i);
        return v;
    }

    private S switchStmt(Stmt.Switch s, Object label) {
        java.util.Map<Object, Pos> seenValues = new HashMap<>();
        push();
        try {
            List<S> pre = new ArrayList<>();
            if (s.init() != null) pre.add(stmt(s.init(), null));
            X tagX = null;
            Op tag = null;
            if (s.tag() != null) {
                tag = valueExpr(s.tag());
                Type tt = tag.mode == Op.CONST ? defaultType(tag.type) : tag.type;
                X tv = value(tag, tt, "switch expression");
                tagX = temp(tt, tv, pre);
                tag = Op.value(tt, tagX, s.tag());
            }
            int n = s.clauses().size();
            X[][] conds = new X[n][];
            S[] bodies = new S[n];
            int def = -1;
            for (int i = 0; i < n; i++) {
                Stmt.CaseClause cc = s.clauses().get(i);
                if (cc.exprs() == null) {
                    if (def >= 0) error(cc.pos(), "multiple defaults in switch");
                    def = i;
                    conds[i] = new X[0];
                } else {
                    conds[i] = new X[cc.exprs().size()];
                    for (int k = 0; k < cc.exprs().size(); k++) {
                        Expr ce = cc.exprs().get(k);
                        if (tag == null) {
                            conds[i][k] = cond(ce, "case");
                        } else {
                            Op cv = valueExpr(ce);
                            if (!caseComparable(tag, cv)) {
                                throw fail(ce.pos(), "invalid case " + exprString(ce) + " in switch on " + exprString(s.tag())
                                        + " (mismatched types " + cv.type + " and " + tag.type + ")");
                            }
                            if (cv.mode == Op.CONST) {
                                Op conv = Op.constant(isUntyped(cv.type) ? tag.type : cv.type, cv.val, ce);
                                Pos prevCase = seenValues.putIfAbsent(constKey(cv.val), ce.pos());
                                if (prevCase != null) {
                                    error(ce.pos(), "duplicate case " + describe(conv) + " in expression switch\n\t" + file + ":"
                                            + prevCase.line() + ":" + prevCase.col() + ": previous case");
                                }
                            }
                            Expr.Binary eq = new Expr.Binary(ce.pos(), "==", s.tag(), ce, ce.pos());
                            Op r = binaryWith(eq, tag, cv);
                            conds[i][k] = r.mode == Op.CONST ? Lit.of(r.val, 'B') : r.x;
                        }
                    }
                }
                push();
                Stmt savedFt = fallthroughOk;
                fallthroughOk = cc.body().isEmpty() ? null : cc.body().get(cc.body().size() - 1);
                try {
                    bodies[i] = block(cc.body(), null);
                } finally {
                    fallthroughOk = savedFt;
                    closeScope();
                }
                if (!cc.body().isEmpty() && cc.body().get(cc.body().size() - 1) instanceof Stmt.Branch br
                        && br.keyword().equals("fallthrough") && i == n - 1) {
                    error(br.pos(), "cannot fallthrough final case in switch");
                }
            }
            S sw = new SwitchNode(conds, bodies, def, label);
            if (pre.isEmpty()) return sw;
            pre.add(sw);
            return new Stmts.Seq(pre.toArray(new S[0]));
        } finally {
            closeScope();
        }
    }

    /** Runs the first clause whose condition holds (default otherwise), following fallthrough. */
    static final class SwitchNode extends S {
        final X[][] conds;
        final S[] bodies;
        final int def;
        final Object label;

        SwitchNode(X[][] conds, S[] bodies, int def, Object label) {
            this.conds = conds;
            this.bodies = bodies;
            this.def = def;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            int chosen = def;
            outer:
            for (int i = 0; i < conds.length; i++) {
                for (X c : conds[i]) {
                    if (c.evalBool(f)) {
                        chosen = i;
                        break outer;
                    }
                }
            }
            if (chosen < 0) return NORMAL;
            for (int i = chosen; i < bodies.length; i++) {
                int st = bodies[i].exec(f);
                if (st == FALLTHROUGH) continue;
                if (st == BREAK && (f.label == null || f.label == label)) {
                    f.label = null;
                    return NORMAL;
                }
                return st;
            }
            return NORMAL;
        }
    }

    private S typeSwitch(Stmt.TypeSwitch ts, Object label) {
        java.util.Map<Type, Pos> seenTypes = new HashMap<>();
        push();
        try {
            List<S> pre = new ArrayList<>();
            if (ts.init() != null) pre.add(stmt(ts.init(), null));
            Op x = valueExpr(ts.x());
            if (!x.type.isInterface()) throw fail(ts.x().pos(), exprString(ts.x()) + " (" + (x.mode == Op.VAR ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            X xv = temp(x.type, x.x, pre);
            int n = ts.clauses().size();
            Type[][] types = new Type[n][];
            S[] bodies = new S[n];
            int def = -1;
            List<Var> binds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Stmt.CaseClause cc = ts.clauses().get(i);
                Type single = null;
                if (cc.exprs() == null) {
                    if (def >= 0) error(cc.pos(), "multiple defaults in switch");
                    def = i;
                    types[i] = new Type[0];
                } else {
                    types[i] = new Type[cc.exprs().size()];
                    for (int k = 0; k < cc.exprs().size(); k++) {
                        Expr te = cc.exprs().get(k);
                        if (te instanceof Expr.Ident id && id.name().equals("nil") && scope.lookup("nil") instanceof Ent.NilEnt) {
                            types[i][k] = null;
                        } else {
                            Type t = resolveType(te);
                            Pos prevCase = seenTypes.putIfAbsent(t, te.pos());
                            if (prevCase != null) {
                                error(te.pos(), "duplicate case " + t + " in type switch\n\t" + file + ":" + prevCase.line() + ":" + prevCase.col() + ": previous case");
                            }
                            if (!t.isInterface()) {
                                String miss = lanes.types.Lookup.missingMethod(t, (InterfaceType) x.type.underlying());
                                if (miss != null) error(te.pos(), "impossible type switch case: " + exprString(ts.x()) + " (" + (x.mode == Op.VAR ? "variable" : "value") + " of type " + x.type + ") cannot have dynamic type " + t + " (missing method " + miss + ")");
                            }
                            types[i][k] = t;
                        }
                    }
                    if (types[i].length == 1 && types[i][0] != null) single = types[i][0];
                }
                push();
                try {
                    List<S> prologue = new ArrayList<>();
                    if (ts.bind() != null && !ts.bind().name().equals("_")) {
                        Type bt = single != null ? single : x.type;
                        Var v = declareVar(ts.bind(), bt, false);
                        fn.locals.remove(v);
                        binds.add(v);
                        X src;
                        if (single != null && !single.isInterface()) {
                            src = CallNodesBridge.unbox(new X() {
                                @Override
                                public Object eval(Frame f) {
                                    return ((lanes.values.Iface) xv.eval(f)).value;
                                }
                            }, kind(single));
                            if (Values.isAggregate(single)) src = lanes.interp.Access.copy(single, src);
                        } else {
                            src = xv;
                        }
                        prologue.add(initVar(v, src));
                    }
                    bodies[i] = block(cc.body(), prologue);
                } finally {
                    closeScope();
                }
            }
            if (ts.bind() != null && !ts.bind().name().equals("_") && !binds.isEmpty() && binds.stream().noneMatch(v -> v.used)) {
                if (session == null) error(ts.bind().pos(), "declared and not used: " + ts.bind().name());
            }
            S sw = new TypeSwitchNode(xv, types, bodies, def, label);
            pre.add(sw);
            return new Stmts.Seq(pre.toArray(new S[0]));
        } finally {
            closeScope();
        }
    }

    static final class TypeSwitchNode extends S {
        final X x;
        final Type[][] types;
        final S[] bodies;
        final int def;
        final Object label;

        TypeSwitchNode(X x, Type[][] types, S[] bodies, int def, Object label) {
            this.x = x;
            this.types = types;
            this.bodies = bodies;
            this.def = def;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object v = x.eval(f);
            int chosen = def;
            outer:
            for (int i = 0; i < types.length; i++) {
                for (Type t : types[i]) {
                    if (t == null ? v == null : v != null && matches((lanes.values.Iface) v, t)) {
                        chosen = i;
                        break outer;
                    }
                }
            }
            if (chosen < 0) return NORMAL;
            int st = bodies[chosen].exec(f);
            if (st == BREAK && (f.label == null || f.label == label)) {
                f.label = null;
                return NORMAL;
            }
            return st;
        }

        private static boolean matches(lanes.values.Iface v, Type t) {
            if (t.underlying() instanceof InterfaceType it) return lanes.types.Lookup.implementsIface(v.type, it);
            return v.type.equals(t);
        }
    }

    // ---- range ---------------------------------------------------------------------------------------

    private S rangeStmt(Stmt.Range r, Object label) {
        push();
        try {
            return RangeC.compile(this, r, label);
        } finally {
            closeScope();
        }
    }

    // ---- terminating statements (for "missing return") ------------------------------------------------

    boolean terminates(Stmt s) {
        switch (s) {
            case Stmt.Return r -> {
                return true;
            }
            case Stmt.Branch b -> {
                return b.keyword().equals("goto");
            }
            case Stmt.ExprStmt es -> {
                return unparen(es.x()) instanceof Expr.Call c && unparen(c.fun()) instanceof Expr.Ident id
                        && (id.name().equals("panic") && scope.lookup("panic") instanceof Ent.BuiltinEnt);
            }
            case Stmt.Block b -> {
                return !b.stmts().isEmpty() && terminates(b.stmts().get(b.stmts().size() - 1));
            }
            case Stmt.If i -> {
                return i.els() != null && terminates(i.then()) && terminates(i.els());
            }
            case Stmt.For f -> {
                return f.cond() == null && !hasBreak(f.body(), true);
            }
            case Stmt.Labeled l -> {
                return terminates(l.stmt());
            }
            case Stmt.Switch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    if (cc.exprs() == null) hasDefault = true;
                    if (!clauseTerminates(cc.body())) return false;
                }
                return hasDefault;
            }
            case Stmt.TypeSwitch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    if (cc.exprs() == null) hasDefault = true;
                    if (!clauseTerminates(cc.body())) return false;
                }
                return hasDefault;
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    if (!clauseTerminates(cc.body())) return false;
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean clauseTerminates(List<Stmt> body) {
        if (body.isEmpty()) return false;
        Stmt last = body.get(body.size() - 1);
        if (last instanceof Stmt.Branch b && b.keyword().equals("fallthrough")) return true;
        for (Stmt st : body) if (hasBreak(st, false)) return false;
        return terminates(last);
    }

    /** Whether s contains a break that leaves the enclosing statement (unlabelled at this level). */
    private boolean hasBreak(Stmt s, boolean loopBody) {
        switch (s) {
            case Stmt.Branch b -> {
                return b.keyword().equals("break");
            }
            case Stmt.Block b -> {
                for (Stmt x : b.stmts()) if (hasBreak(x, loopBody)) return true;
                return false;
            }
            case Stmt.If i -> {
                return hasBreak(i.then(), loopBody) || (i.els() != null && hasBreak(i.els(), loopBody));
            }
            case Stmt.Labeled l -> {
                return hasBreak(l.stmt(), loopBody);
            }
            default -> {
                return false;
            }
        }
    }
}
