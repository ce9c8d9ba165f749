package lanes.grade;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;

/**
 * The {@code uses}/{@code not_uses} checks, decided on the AST: where a package, a package
 * member ({@code sync.WaitGroup}, {@code time.Sleep}) or a construct occurs. The walk is
 * generic over the AST records, so a new node kind cannot be silently skipped.
 *
 * <p>{@code range-channel} is decided without types: the ranged expression is a name declared
 * with a channel type (a parameter, a {@code var}, or {@code := make(chan ...)}) or a call of a
 * function whose result is a channel.
 */
public final class Structure {
    public static final List<String> CONSTRUCTS = List.of("go", "select", "defer", "send", "receive", "close", "range-channel", "closure");

    private final SourceFile file;
    /** import path → the name it is known by in the file. */
    private final Map<String, String> imports = new HashMap<>();
    private final Map<String, Pos> importPos = new HashMap<>();
    private final Set<String> chanNames = new HashSet<>();
    private final Set<String> chanFuncs = new HashSet<>();

    public Structure(SourceFile file) {
        this.file = file;
        for (Decl.Import im : file.imports()) {
            String local = im.alias() != null ? im.alias().name() : im.path().substring(im.path().lastIndexOf('/') + 1);
            imports.put(im.path(), local);
            importPos.put(im.path(), im.pos());
        }
        walk(file.decls(), this::collectChans);
    }

    /** Where {@code what} first occurs in the file, or null when it does not. */
    public Pos find(String what) {
        List<Pos> found = new ArrayList<>();
        java.util.function.Consumer<Object> match;
        if (CONSTRUCTS.contains(what)) {
            match = n -> {
                if (construct(what, n)) found.add(posOf(n));
            };
        } else if (what.indexOf('.') > 0 && imports.containsKey(what.substring(0, what.lastIndexOf('.')))) {
            String local = imports.get(what.substring(0, what.lastIndexOf('.')));
            String member = what.substring(what.lastIndexOf('.') + 1);
            match = n -> {
                if (n instanceof Expr.Selector s && s.x() instanceof Expr.Ident id && id.name().equals(local)
                        && s.sel().name().equals(member)) found.add(s.pos());
            };
        } else if (what.indexOf('.') > 0) {
            return null; // a member of a package the file does not import
        } else {
            return importPos.get(what);
        }
        walk(file.decls(), match);
        return found.stream().min(Pos::compareTo).orElse(null);
    }

    private boolean construct(String what, Object n) {
        return switch (what) {
            case "go" -> n instanceof Stmt.Go;
            case "select" -> n instanceof Stmt.Select;
            case "defer" -> n instanceof Stmt.Defer;
            case "send" -> n instanceof Stmt.Send;
            // a `for v := range ch` loop receives too
            case "receive" -> n instanceof Expr.Unary u && u.op().equals("<-") || n instanceof Stmt.Range r && isChan(r.x());
            case "close" -> n instanceof Expr.Call c && c.fun() instanceof Expr.Ident id && id.name().equals("close");
            case "closure" -> n instanceof Expr.FuncLit;
            case "range-channel" -> n instanceof Stmt.Range r && isChan(r.x());
            default -> false;
        };
    }

    private boolean isChan(Expr x) {
        while (x instanceof Expr.Paren p) x = p.x();
        if (x instanceof Expr.Ident id) return chanNames.contains(id.name());
        if (x instanceof Expr.Selector s) return chanNames.contains(s.sel().name());
        if (x instanceof Expr.Call c) {
            if (c.fun() instanceof Expr.Ident f) return chanFuncs.contains(f.name()) || isMakeChan(c);
        }
        return false;
    }

    private static boolean isMakeChan(Expr e) {
        return e instanceof Expr.Call c && c.fun() instanceof Expr.Ident f && f.name().equals("make")
                && !c.args().isEmpty() && c.args().get(0) instanceof Expr.ChanType;
    }

    private void collectChans(Object n) {
        if (n instanceof Expr.Field f && f.type() instanceof Expr.ChanType) {
            for (Expr.Ident id : f.names()) chanNames.add(id.name());
        } else if (n instanceof Decl.Var v) {
            boolean chan = v.type() instanceof Expr.ChanType;
            for (int i = 0; i < v.names().size(); i++) {
                if (chan || (i < v.values().size() && isMakeChan(v.values().get(i)))) chanNames.add(v.names().get(i).name());
            }
        } else if (n instanceof Stmt.Assign a && a.op().equals(":=")) {
            for (int i = 0; i < a.lhs().size() && i < a.rhs().size(); i++) {
                if (a.lhs().get(i) instanceof Expr.Ident id && (isMakeChan(a.rhs().get(i)) || isChan(a.rhs().get(i)))) {
                    chanNames.add(id.name());
                }
            }
        } else if (n instanceof Decl.Func fd && fd.type().results().size() == 1
                && fd.type().results().get(0).type() instanceof Expr.ChanType) {
            chanFuncs.add(fd.name().name());
        }
    }

    private static Pos posOf(Object n) {
        if (n instanceof Expr e) return e.pos();
        if (n instanceof Stmt s) return s.pos();
        return Pos.NONE;
    }

    /** Visits every AST record reachable from {@code root}, parents before children. */
    static void walk(Object root, java.util.function.Consumer<Object> visit) {
        if (root instanceof List<?> l) {
            for (Object o : l) walk(o, visit);
            return;
        }
        if (root == null || !root.getClass().isRecord() || root instanceof Pos) return;
        visit.accept(root);
        for (RecordComponent rc : root.getClass().getRecordComponents()) {
            if (rc.getType().isPrimitive() || rc.getType() == String.class) continue;
            try {
                walk(rc.getAccessor().invoke(root), visit);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot walk " + rc, e);
            }
        }
    }
}
