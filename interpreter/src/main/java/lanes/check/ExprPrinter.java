package lanes.check;

import java.util.List;

import lanes.ast.Expr;

/** Prints an expression the way Go's type checker quotes it in messages. */
final class ExprPrinter {
    private ExprPrinter() {}

    static String print(Expr e) {
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

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.text());
            case Expr.CompositeLit c -> {
                if (c.type() != null) write(sb, c.type());
                sb.append(c.elements().isEmpty() ? "{}" : "{…}");
            }
            case Expr.FuncLit f -> sb.append("func literal");
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
            case Expr.FuncType f -> sb.append("func(…)");
            case Expr.StructType s -> sb.append("struct{…}");
            case Expr.InterfaceType i -> sb.append(i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{…}");
        }
    }
}
