package lanes.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Code;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.interp.S;
import lanes.lib.Pkg;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.Cell;
import lanes.values.Values;

/**
 * The type checker and compiler for one Go source file: declarations at package level, then
 * every function body, producing a {@link Program} of executable nodes — or Go's compile
 * errors, sorted by position, at most ten.
 */
public final class Checker extends ConcC {
    private final Scope universe = Universe.create();
    private final Scope pkgScope;
    private final Map<String, Pkg> packages;

    public Checker(Interp interp, String file, Map<String, Pkg> packages) {
        this(interp, file, packages, null);
    }

    /**
     * A checker for one REPL input: names resolve through the session's scopes, unused
     * variables and imports are not errors, packages are imported on first use, no main is
     * required, and the input's names join the session if it checks.
     */
    public Checker(Interp interp, String file, Map<String, Pkg> packages, SessionScope session) {
        super(interp, file);
        this.packages = packages;
        this.session = session;
        this.pkgScope = new Scope(session != null ? session.pkg : universe, null);
        this.scope = pkgScope;
    }

    private record FuncWork(Decl.Func decl, Code code, FuncType sig, Type recvType) {}

    /** REPL: functions this input redefines with the same signature, pointed at their new code once it checks. */
    private final List<Runnable> redefinitions = new ArrayList<>();

    /**
     * REPL: the reference calls to function {@code n} go through. A redefinition with the
     * signature of the session's current {@code n} keeps its reference, so earlier inputs'
     * calls reach the new body; another signature starts a new one (earlier callers, checked
     * against the old signature, keep the old function).
     */
    private lanes.interp.FuncRef sessionRef(String n, Code code, FuncType sig) {
        if (session == null) return null;
        if (session.pkg.names.get(n) instanceof Ent.FuncEnt old && old.ref() != null && old.sig().equals(sig)) {
            redefinitions.add(() -> old.ref().set(code));
            return old.ref();
        }
        return new lanes.interp.FuncRef(code, interp);
    }

    /** REPL: methods declared by this input ("T.m"); a second one in the same input is an error. */
    private final java.util.Set<String> methodsHere = new java.util.HashSet<>();

    public Program compile(SourceFile f) throws CompileError {
        if (!f.packageName().equals("main")) {
            throw new CompileError(List.of(new Diagnostic(file, f.pos(), "package " + f.packageName() + " is not a main package (Lanes runs package main)")));
        }
        // imports live in a file scope between the package and the declarations
        Scope fileScope = new Scope(session != null ? session.pkg : universe, null);
        List<Ent.PkgEnt> imports = new ArrayList<>();
        for (Decl.Import im : f.imports()) {
            Pkg p = packages.get(im.path());
            if (p == null) {
                error(im.pos(), "package " + im.path() + " is not supported by Lanes (it supports fmt, strings, strconv, errors, math, sort, unicode, unicode/utf8, os, unsafe, sync, sync/atomic, time, context, runtime, math/rand)");
                continue;
            }
            String name = im.alias() != null ? im.alias().name() : p.name;
            if (name.equals("_")) continue;
            Ent.PkgEnt pe = new Ent.PkgEnt(p, im.pos(), im.path(), new boolean[] {false});
            if (fileScope.names.containsKey(name)) error(im.pos(), name + " redeclared in this block");
            fileScope.names.put(name, pe);
            imports.add(pe);
        }
        if (session != null) autoImport(f, fileScope);
        if (!diags.isEmpty()) throw new CompileError(limit(sortedDiagnostics()));
        Scope pkg = new Scope(fileScope, null);
        scope = pkg;
        List<FuncWork> funcs = new ArrayList<>();
        List<Decl.Var> vars = new ArrayList<>();
        List<Decl.Const> consts = new ArrayList<>();
        Map<Named, Decl.Type> types = new LinkedHashMap<>();
        // 1. type names
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Type t) {
                String n = t.name().name();
                if (pkg.names.containsKey(n)) {
                    error(t.name().pos(), n + " redeclared in this block");
                    continue;
                }
                if (t.alias()) {
                    Decl.Type ta = t;
                    Named placeholder = new Named("main", n, Basic.UNTYPED_NIL);
                    pkg.names.put(n, new Ent.TypeEnt(placeholder));
                    types.put(placeholder, ta);
                } else {
                    Named nt = new Named("main", n, Basic.UNTYPED_NIL);
                    pkg.names.put(n, new Ent.TypeEnt(nt));
                    types.put(nt, t);
                }
            }
        }
        for (Map.Entry<Named, Decl.Type> e : types.entrySet()) {
            Named nt = e.getKey();
            Decl.Type t = e.getValue();
            pendingNamed.put(nt, () -> {
                try {
                    Type u = resolveType(t.type());
                    if (t.alias()) {
                        pkg.names.put(t.name().name(), new Ent.TypeEnt(u));
                        nt.setUnderlying(u.underlying());
                    } else {
                        nt.setUnderlying(u);
                    }
                } catch (Bail b) {
                    nt.setUnderlying(Basic.UNTYPED_NIL);
                }
            });
        }
        for (Named nt : new ArrayList<>(types.keySet())) ensureResolved(nt);
        // 2. constants, in source order
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Const c) {
                try {
                    constSpec(c, pkg);
                } catch (Bail b) {
                    // reported
                }
            }
        }
        // 3. function and method signatures
        for (Decl d : f.decls()) {
            if (!(d instanceof Decl.Func fd)) continue;
            try {
                FuncType sig = funcType(fd.type(), null);
                if (fd.recv() == null) {
                    String n = fd.name().name();
                    Code code = new Code("main." + n, fd.pos());
                    if (n.equals("init")) {
                        if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                            error(fd.name().pos(), "func init must have no arguments and no return values");
                        }
                        funcs.add(new FuncWork(fd, new Code("main.init." + (funcs.size() + 1), fd.pos()), sig, null));
                        continue;
                    }
                    if (n.equals("main") && (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())) {
                        error(fd.name().pos(), "func main must have no arguments and no return values");
                    }
                    if (pkg.names.containsKey(n)) {
                        error(fd.name().pos(), n + " redeclared in this block");
                        continue;
                    }
                    if (!n.equals("_")) pkg.names.put(n, new Ent.FuncEnt(n, code, sig, sessionRef(n, code, sig)));
                    funcs.add(new FuncWork(fd, code, sig, null));
                } else {
                    Type rt = resolveType(fd.recv().type());
                    boolean ptr = rt instanceof PointerType;
                    Type base = ptr ? ((PointerType) rt).elem() : rt;
                    if (!(base instanceof Named nt) || !"main".equals(nt.pkg())) {
                        error(fd.recv().type().pos(), "cannot define new methods on non-local type " + base);
                        continue;
                    }
                    if (nt.underlying() instanceof lanes.types.InterfaceType || nt.underlying() instanceof PointerType) {
                        error(fd.recv().type().pos(), "invalid receiver type " + rt);
                        continue;
                    }
                    String mn = fd.name().name();
                    String qual = ptr ? "main.(*" + nt.name() + ")." + mn : "main." + nt.name() + "." + mn;
                    Code code = new Code(qual, fd.pos());
                    Method existing = nt.methods().get(mn);
                    // a REPL session may redefine a method declared by an earlier input
                    boolean sameInput = !methodsHere.add(nt.name() + "." + mn);
                    if (existing != null && (session == null || sameInput)) {
                        error(fd.name().pos(), "method " + nt.name() + "." + mn + " already declared");
                        continue;
                    }
                    if (nt.underlying() instanceof StructType st && st.indexOf(mn) >= 0) {
                        error(fd.name().pos(), "field and method with the same name " + mn);
                        continue;
                    }
                    // same signature: the Method object is kept, so calls and interface
                    // dispatch compiled earlier reach the new body
                    Method m = existing != null && existing.sig().equals(sig) && existing.pointerReceiver() == ptr
                            ? existing : new Method(mn, sig, ptr);
                    m.setImpl(code);
                    nt.methods().put(mn, m);
                    funcs.add(new FuncWork(fd, code, sig, rt));
                }
            } catch (Bail b) {
                // reported
            }
        }
        // 4. package variables: types now, initialisers compiled into the init function
        Code init = new Code("main.init", f.pos());
        init.synthetic = true;
        FnCtx initCtx = new FnCtx(null, init, new FuncType(List.of(), List.of(), false));
        fn = initCtx;
        List<S> initStmts = new ArrayList<>();
        List<lanes.ast.Pos> initPos = new ArrayList<>();
        // every variable is pending until its first use or its turn, whichever comes first
        for (Decl d : f.decls()) {
            if (!(d instanceof Decl.Var v)) continue;
            for (Expr.Ident id : v.names()) {
                if (!id.name().equals("_") && !pkg.names.containsKey(id.name())) pkg.names.put(id.name(), new Ent.PendingVarEnt(v));
            }
        }
        pendingInit = new PendingInit(pkg, initStmts, initPos, initCtx);
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fd && fd.recv() == null && fd.body() != null) topFuncs.put(fd.name().name(), fd);
        }
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Var v) compilePending(v);
        }
        pendingInit = null;
        fn = null;
        // 5. bodies
        List<Code> inits = new ArrayList<>();
        Code mainCode = null;
        for (FuncWork w : funcs) {
            if (w.decl.body() == null) {
                error(w.decl.name().pos(), "missing function body");
                continue;
            }
            compileFunction(w);
            if (w.decl.recv() == null && w.decl.name().name().equals("init")) inits.add(w.code);
            if (w.decl.recv() == null && w.decl.name().name().equals("main")) mainCode = w.code;
        }
        init.nPrim = initCtx.nPrim;
        init.nObj = initCtx.nObj;
        init.params = new lanes.interp.Slot[0];
        init.resultZeros = new Object[0];
        init.body = lanes.interp.Stmts.block(initStmts.toArray(new S[0]), initPos.toArray(new lanes.ast.Pos[0]));
        for (Ent.PkgEnt pe : imports) {
            if (!pe.used()[0] && session == null) error(pe.pos(), "\"" + pe.name() + "\" imported and not used");
        }
        if (session != null) {
            if (!diags.isEmpty()) throw new CompileError(limit(sortedDiagnostics()));
            session.merge(fileScope, pkg, sessionTop);
            redefinitions.forEach(Runnable::run);
            return new Program(file, init, inits, mainCode);
        }
        if (mainCode == null && diags.isEmpty()) {
            error(f.pos(), "function main is undeclared in the main package");
        }
        if (!diags.isEmpty()) throw new CompileError(limit(sortedDiagnostics()));
        return new Program(file, init, inits, mainCode);
    }

    /**
     * REPL: a supported package named in a selector ({@code strings.ToUpper}) and not
     * otherwise declared is imported, as if the input had said so.
     */
    private void autoImport(SourceFile f, Scope fileScope) {
        java.util.Set<String> bases = new java.util.LinkedHashSet<>();
        collectSelectorBases(f.decls(), bases);
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (Decl d : f.decls()) {
            switch (d) {
                case Decl.Func fd -> { if (fd.recv() == null) declared.add(fd.name().name()); }
                case Decl.Type t -> declared.add(t.name().name());
                default -> { }
            }
        }
        for (String b : bases) {
            if (declared.contains(b) || fileScope.lookup(b) != null) continue;
            for (Pkg p : packages.values()) {
                if (p.name.equals(b) && !p.path.equals("unsafe")) {
                    fileScope.names.put(b, new Ent.PkgEnt(p, f.pos(), p.path, new boolean[] {true}));
                    break;
                }
            }
        }
    }

    private static void collectSelectorBases(Object node, java.util.Set<String> out) {
        if (node instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident id) out.add(id.name());
        if (node instanceof List<?> l) {
            for (Object o : l) collectSelectorBases(o, out);
        } else if (node instanceof Record r && !(node instanceof lanes.ast.Pos)) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collectSelectorBases(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Go's compiler stops at the tenth error and says so at that error's position. */
    private static List<Diagnostic> limit(List<Diagnostic> ds) {
        if (ds.size() < 10) return ds;
        List<Diagnostic> out = new ArrayList<>(ds.subList(0, 10));
        Diagnostic last = ds.get(9);
        out.add(new Diagnostic(last.file(), last.pos(), "too many errors"));
        return out;
    }

    private void compileFunction(FuncWork w) {
        for (int attempt = 0; attempt < 4; attempt++) {
            restart = false;
            try {
                compileBody(w.code, w.sig, w.decl.recv(), w.recvType, w.decl.type(), w.decl.body(), null);
            } catch (Bail b) {
                // reported
            } catch (RuntimeException | StackOverflowError e) {
                // a checker bug must not show the user a Java stack trace: say it as Go's compiler would
                error(w.decl.pos(), "internal compiler error: " + e);
                return;
            }
            if (!restart) return;
        }
    }

    private record PendingInit(Scope pkg, List<S> initStmts, List<lanes.ast.Pos> initPos, FnCtx initCtx) {}

    private PendingInit pendingInit;
    private final java.util.Set<Decl.Var> inProgress = new java.util.HashSet<>();
    private final java.util.Set<Decl.Var> done = new java.util.HashSet<>();

    /** Top-level functions by name: their bodies count as references of the initialisers that call them. */
    private final Map<String, Decl.Func> topFuncs = new java.util.HashMap<>();

    /**
     * Go initialises a package variable after every variable its initialiser refers to, also
     * through the functions it calls. Those references are found syntactically (a shadowing
     * local may add a needless dependency, which only reorders; cycles through functions are
     * left alone rather than reported).
     */
    private void collectRefs(Object node, java.util.Set<String> names, java.util.Set<String> seenFuncs) {
        if (node instanceof Expr.Ident id) {
            names.add(id.name());
            Decl.Func fd = topFuncs.get(id.name());
            if (fd != null && seenFuncs.add(id.name())) collectRefs(fd.body(), names, seenFuncs);
        } else if (node instanceof List<?> l) {
            for (Object o : l) collectRefs(o, names, seenFuncs);
        } else if (node instanceof Record r && (node instanceof Expr || node instanceof Stmt || node instanceof Expr.Element
                || node instanceof Stmt.CaseClause || node instanceof Stmt.CommClause || node instanceof Decl)) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collectRefs(c.getAccessor().invoke(r), names, seenFuncs);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void compilePending(Decl.Var v) {
        if (done.contains(v)) return;
        done.add(v);
        inProgress.add(v);
        java.util.Set<String> refs = new java.util.LinkedHashSet<>();
        collectRefs(v.values(), refs, new java.util.HashSet<>());
        for (String n : refs) {
            if (pendingInit.pkg.names.get(n) instanceof Ent.PendingVarEnt p && !inProgress.contains(p.decl())) compilePending(p.decl());
        }
        FnCtx saved = fn;
        Scope savedScope = scope;
        try {
            scope = pendingInit.pkg;
            fn = pendingInit.initCtx;
            globalVar(v, pendingInit.pkg, pendingInit.initStmts, pendingInit.initPos);
        } catch (Bail b) {
            // reported; leave the names declared so later uses do not cascade
            for (Expr.Ident id : v.names()) {
                if (pendingInit.pkg.names.get(id.name()) instanceof Ent.PendingVarEnt) {
                    Var var = new Var(id.name(), Basic.UNTYPED_NIL, id.pos(), id, null);
                    var.global = new Cell(null);
                    var.used = true;
                    var.invalid = true;
                    pendingInit.pkg.names.put(id.name(), new Ent.VarEnt(var));
                }
            }
        } finally {
            fn = saved;
            scope = savedScope;
            inProgress.remove(v);
        }
    }

    @Override
    Ent resolvePending(Ent.PendingVarEnt p, String name, lanes.ast.Pos at) {
        if (pendingInit == null) throw new IllegalStateException("pending variable " + name);
        if (inProgress.contains(p.decl())) throw fail(at, "initialization cycle or refers to itself: " + name);
        compilePending(p.decl());
        Ent e = pendingInit.pkg.names.get(name);
        if (e instanceof Ent.PendingVarEnt) throw new Bail();
        return e;
    }

    private void globalVar(Decl.Var v, Scope pkg, List<S> initStmts, List<lanes.ast.Pos> initPos) {
        Type t = v.type() == null ? null : resolveType(v.type());
        List<lanes.interp.X> vals = null;
        if (!v.values().isEmpty()) {
            vals = rhsValues(v.names().size(), v.values(), t, "variable declaration", v.pos(), v.names());
        }
        for (int i = 0; i < v.names().size(); i++) {
            Expr.Ident id = v.names().get(i);
            Type vt = t != null ? t : lastTypes.get(i);
            Var var = new Var(id.name(), vt, id.pos(), id, null);
            if (interp.escapeFacts != null) interp.escapeFacts.var(id, vt, true);
            var.global = new Cell(Values.zero(vt));
            var.used = true;
            if (!id.name().equals("_")) {
                Ent prev = pkg.names.get(id.name());
                if (prev != null && !(prev instanceof Ent.PendingVarEnt pv && pv.decl() == v)) error(id.pos(), id.name() + " redeclared in this block");
                pkg.names.put(id.name(), new Ent.VarEnt(var));
            }
            if (vals != null) {
                initStmts.add(varLV(var).store(vals.get(i)));
                initPos.add(v.pos());
            }
        }
    }
}
