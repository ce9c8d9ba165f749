package lanes.check;

import java.util.List;

import lanes.ast.Expr;

/** Prints an expression the way Go's type checker quotes it in messages. */
public final class ExprPrinter {
    private ExprPrinter() {}

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, es.get(i));
        }
    }

    /** A parameter list as Go's printer writes it: {@code (a, b int, s ...string)}. */
    private static void fields(StringBuilder sb, List<Expr.Field> fs) {
        sb.append('(');
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(", ");
            Expr.Field f = fs.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            write(sb, f.type());
        }
        sb.append(')');
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.text());
            case Expr.CompositeLit c -> {
                if (c.type() != null) write(sb, c.type());
                sb.append(c.elements().isEmpty() ? "{}" : "{…}");
            }
            case Expr.FuncLit f -> {
                write(sb, f.type());
                sb.append(" {…}");
            }
            case Expr.Paren p -> {
                sb.append('(');
                write(sb, p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                write(sb, s.x());
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index i -> {
                write(sb, i.x());
                sb.append('[');
                write(sb, i.index());
                sb.append(']');
            }
            case Expr.SliceExpr s -> {
                write(sb, s.x());
                sb.append('[');
                if (s.lo() != null) write(sb, s.lo());
                sb.append(':');
                if (s.hi() != null) write(sb, s.hi());
                if (s.full()) {
                    sb.append(':');
                    if (s.max() != null) write(sb, s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else write(sb, t.type());
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.ellipsis()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                write(sb, s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op());
                write(sb, u.x());
            }
            case Expr.Binary b -> {
                write(sb, b.x());
                sb.append(' ').append(b.op()).append(' ');
                write(sb, b.y());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() instanceof Expr.Ellipsis) sb.append("...");
                else if (a.len() != null) write(sb, a.len());
                sb.append(']');
                write(sb, a.elem());
            }
            case Expr.Ellipsis el -> {
                sb.append("...");
                if (el.elem() != null) write(sb, el.elem());
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case Expr.FuncType f -> {
                sb.append("func");
                fields(sb, f.params());
                if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
                    sb.append(' ');
                    write(sb, f.results().get(0).type());
                } else if (!f.results().isEmpty()) {
                    sb.append(' ');
                    fields(sb, f.results());
                }
            }
            case Expr.StructType s -> sb.append("struct{…}");
            case Expr.InterfaceType i -> sb.append(i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{…}");
        }
    }
}
