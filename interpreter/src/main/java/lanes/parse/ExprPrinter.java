package lanes.parse;

import java.util.List;
import java.util.StringJoiner;

import lanes.ast.Expr;
import lanes.ast.Stmt;

/**
 * Prints expressions and simple statements in the short form Go's syntax printer uses in
 * messages: function bodies and composite literal contents are elided as "…".
 */
final class ExprPrinter {
    private ExprPrinter() {}

    static String list(List<Expr> list) {
        StringJoiner j = new StringJoiner(", ");
        for (Expr e : list) j.add(print(e));
        return j.toString();
    }

    static String print(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> print(e.x());
            case Stmt.Assign a -> list(a.lhs()) + " " + a.op() + " " + list(a.rhs());
            case Stmt.IncDec i -> print(i.x()) + (i.inc() ? "++" : "--");
            case Stmt.Send send -> print(send.ch()) + " <- " + print(send.value());
            default -> s.getClass().getSimpleName();
        };
    }

    static String print(Expr e) {
        return switch (e) {
            case Expr.Ident i -> i.name();
            case Expr.BasicLit l -> l.text();
            case Expr.CompositeLit c -> (c.type() == null ? "" : print(c.type())) + (c.elements().isEmpty() ? "{}" : "{…}");
            case Expr.FuncLit f -> print(f.type()) + (f.body().stmts().isEmpty() ? " {}" : " {…}");
            case Expr.Paren p -> "(" + print(p.x()) + ")";
            case Expr.Selector s -> print(s.x()) + "." + s.sel().name();
            case Expr.Index i -> print(i.x()) + "[" + print(i.index()) + "]";
            case Expr.SliceExpr s -> print(s.x()) + "[" + opt(s.lo()) + ":" + opt(s.hi())
                    + (s.full() ? ":" + opt(s.max()) : "") + "]";
            case Expr.TypeAssert t -> print(t.x()) + ".(" + (t.type() == null ? "type" : print(t.type())) + ")";
            case Expr.Call c -> print(c.fun()) + "(" + list(c.args()) + (c.ellipsis() ? "..." : "") + ")";
            case Expr.Star s -> "*" + print(s.x());
            case Expr.Unary u -> u.op() + print(u.x());
            case Expr.Binary b -> print(b.x()) + " " + b.op() + " " + print(b.y());
            case Expr.ArrayType a -> "[" + (a.len() == null ? "" : print(a.len())) + "]" + print(a.elem());
            case Expr.Ellipsis el -> "..." + (el.elem() == null ? "" : print(el.elem()));
            case Expr.MapType m -> "map[" + print(m.key()) + "]" + print(m.value());
            case Expr.ChanType c -> switch (c.dir()) {
                case BOTH -> "chan " + print(c.elem());
                case SEND -> "chan<- " + print(c.elem());
                case RECV -> "<-chan " + print(c.elem());
            };
            case Expr.FuncType f -> "func(" + fields(f.params()) + ")" + results(f.results());
            case Expr.StructType s -> s.fields().isEmpty() ? "struct{}" : "struct{…}";
            case Expr.InterfaceType i -> i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{…}";
        };
    }

    private static String opt(Expr e) {
        return e == null ? "" : print(e);
    }

    private static String fields(List<Expr.Field> fields) {
        StringJoiner j = new StringJoiner(", ");
        for (Expr.Field f : fields) {
            StringJoiner names = new StringJoiner(", ");
            for (Expr.Ident n : f.names()) names.add(n.name());
            j.add(f.names().isEmpty() ? print(f.type()) : names + " " + print(f.type()));
        }
        return j.toString();
    }

    private static String results(List<Expr.Field> results) {
        if (results.isEmpty()) return "";
        if (results.size() == 1 && results.get(0).names().isEmpty()) return " " + print(results.get(0).type());
        return " (" + fields(results) + ")";
    }
}
