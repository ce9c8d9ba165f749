package lanes.lessons;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;

/**
 * The {@code uses}/{@code not_uses} checks of exercise.toml, decided on the AST (test code: the
 * real grader lives on its own branch). A {@code what} is a construct ({@code go}, {@code select},
 * {@code defer}, {@code send}, {@code receive}, {@code close}, {@code range-channel},
 * {@code closure}), a qualified name ({@code sync.WaitGroup}, {@code time.Sleep}) or an import path
 * ({@code sync}). {@code range-channel} needs types; without the checker it recognises a range over
 * a name declared with a channel type or {@code make(chan ...)}, or over a call of a function of
 * the file that returns a channel — what exercises write.
 */
final class SourceUses {
    private final SourceFile file;
    private final List<Object> nodes = new ArrayList<>();
    private final Set<String> chanNames = new HashSet<>();
    private final Set<String> chanFuncs = new HashSet<>();

    SourceUses(SourceFile file) {
        this.file = file;
        walk(file);
        for (Object n : nodes) {
            if (n instanceof Expr.Field f && f.type() instanceof Expr.ChanType) for (Expr.Ident i : f.names()) chanNames.add(i.name());
            if (n instanceof Decl.Var v && v.type() instanceof Expr.ChanType) for (Expr.Ident i : v.names()) chanNames.add(i.name());
            if (n instanceof Stmt.Assign a && a.lhs().size() == a.rhs().size()) {
                for (int i = 0; i < a.lhs().size(); i++) {
                    if (a.lhs().get(i) instanceof Expr.Ident id && makesChan(a.rhs().get(i))) chanNames.add(id.name());
                }
            }
            if (n instanceof Decl.Func fn && fn.type().results() != null && fn.type().results().size() == 1
                    && fn.type().results().get(0).type() instanceof Expr.ChanType) {
                chanFuncs.add(fn.name().name());
            }
        }
    }

    private static boolean makesChan(Expr e) {
        return e instanceof Expr.Call c && c.fun() instanceof Expr.Ident f && f.name().equals("make")
                && !c.args().isEmpty() && c.args().get(0) instanceof Expr.ChanType;
    }

    boolean uses(String what) {
        for (Object n : nodes) {
            boolean hit = switch (what) {
                case "go" -> n instanceof Stmt.Go;
                case "select" -> n instanceof Stmt.Select;
                case "defer" -> n instanceof Stmt.Defer;
                case "send" -> n instanceof Stmt.Send;
                case "receive" -> (n instanceof Expr.Unary u && u.op().equals("<-")) || rangesOverChannel(n);
                case "close" -> n instanceof Expr.Call c && c.fun() instanceof Expr.Ident f && f.name().equals("close");
                case "closure" -> n instanceof Expr.FuncLit;
                case "range-channel" -> rangesOverChannel(n);
                default -> what.contains(".") ? selects(n, what) : false;
            };
            if (hit) return true;
        }
        if (!what.contains(".")) {
            for (Decl.Import i : file.imports()) if (i.path().equals(what)) return true;
        }
        return false;
    }

    private boolean rangesOverChannel(Object n) {
        if (!(n instanceof Stmt.Range r)) return false;
        Expr x = r.x();
        while (x instanceof Expr.Paren p) x = p.x();
        if (x instanceof Expr.Ident i) return chanNames.contains(i.name());
        if (x instanceof Expr.Call c && c.fun() instanceof Expr.Ident f) return chanFuncs.contains(f.name());
        return false;
    }

    /** {@code pkg.Name} used through an import of {@code pkg} (by its last path element or alias). */
    private boolean selects(Object n, String what) {
        if (!(n instanceof Expr.Selector s) || !(s.x() instanceof Expr.Ident pkg)) return false;
        int dot = what.lastIndexOf('.');
        String path = what.substring(0, dot);
        String name = what.substring(dot + 1);
        if (!s.sel().name().equals(name)) return false;
        for (Decl.Import i : file.imports()) {
            String local = i.alias() != null ? i.alias().name() : i.path().substring(i.path().lastIndexOf('/') + 1);
            if (i.path().equals(path) && local.equals(pkg.name())) return true;
        }
        return false;
    }

    private void walk(Object o) {
        if (o == null) return;
        if (o instanceof List<?> l) {
            for (Object e : l) walk(e);
            return;
        }
        if (!(o instanceof Record r)) return;
        nodes.add(r);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                walk(c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
