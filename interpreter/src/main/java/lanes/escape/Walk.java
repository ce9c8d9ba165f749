package lanes.escape;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import lanes.ast.Expr;
import lanes.ast.Stmt;

/** Generic walks over the AST records (every statement and expression below a node). */
final class Walk {
    private Walk() {}

    /** Every node below {@code root}, itself included, depth first. */
    static void nodes(Object root, Consumer<Object> visit) {
        if (root == null) return;
        if (root instanceof List<?> l) {
            for (Object o : l) nodes(o, visit);
            return;
        }
        if (!(root instanceof Record r)) return;
        visit.accept(r);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isPrimitive() || t == String.class || t == lanes.ast.Pos.class) continue;
            try {
                nodes(c.getAccessor().invoke(r), visit);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void idents(Object root, Consumer<Expr.Ident> visit) {
        nodes(root, n -> {
            if (n instanceof Expr.Ident id) visit.accept(id);
        });
    }

    /**
     * The declarations of variables that are assigned after being declared, or whose address is
     * taken, below {@code root}: a closure captures those by reference (Go's capturevars rule).
     */
    static void assigned(Object root, Facts facts, Set<Expr.Ident> out) {
        nodes(root, n -> {
            switch (n) {
                case Stmt.Assign a -> {
                    for (Expr l : a.lhs()) mark(l, facts, out, !a.op().equals(":="));
                }
                case Stmt.IncDec i -> mark(i.x(), facts, out, true);
                case Stmt.Range r -> {
                    if (!r.define()) {
                        mark(r.key(), facts, out, true);
                        mark(r.value(), facts, out, true);
                    }
                }
                case Expr.Unary u when u.op().equals("&") -> mark(u.x(), facts, out, true);
                case Expr.Call c when Builder.unparen(c.fun()) instanceof Expr.Selector s && pointerMethod(s, facts) ->
                        mark(s.x(), facts, out, true); // x.M() with a pointer receiver is (&x).M()
                case Expr.SliceExpr s -> {
                    lanes.types.Type t = facts.types.get(s.x());
                    if (t != null && t.underlying() instanceof lanes.types.ArrayType) mark(s.x(), facts, out, true);
                }
                default -> {
                }
            }
        });
    }

    private static boolean pointerMethod(Expr.Selector s, Facts facts) {
        lanes.types.Type t = facts.types.get(s.x());
        if (t == null || t.underlying() instanceof lanes.types.PointerType || !(t instanceof lanes.types.Named n)) return false;
        lanes.types.Method m = n.methods().get(s.sel().name());
        return m != null && m.pointerReceiver();
    }

    private static void mark(Expr e, Facts facts, Set<Expr.Ident> out, boolean always) {
        e = Builder.unparen(e);
        while (e instanceof Expr.Selector s && facts.types.get(s.x()) != null
                && !(facts.types.get(s.x()).underlying() instanceof lanes.types.PointerType)) {
            e = Builder.unparen(s.x());
        }
        while (e instanceof Expr.Index ix && facts.types.get(ix.x()) != null
                && facts.types.get(ix.x()).underlying() instanceof lanes.types.ArrayType) {
            e = Builder.unparen(ix.x());
        }
        if (e instanceof Expr.Ident id) {
            Expr.Ident d = facts.uses.get(id);
            if (d != null) out.add(d); // a := redeclaring an existing variable assigns it
        }
    }

}
