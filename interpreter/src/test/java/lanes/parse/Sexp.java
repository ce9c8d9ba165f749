package lanes.parse;

import java.util.List;
import java.util.StringJoiner;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Stmt;

/** Test helper: the shape of an AST as an S-expression, without positions. */
final class Sexp {
    private Sexp() {}

    static String of(Decl d) {
        return switch (d) {
            case Decl.Import i -> "(import " + (i.alias() == null ? "" : i.alias().name() + " ") + i.path() + ")";
            case Decl.Var v -> "(var " + names(v.names()) + " " + opt(v.type()) + " " + list(v.values()) + ")";
            case Decl.Const c -> "(const " + names(c.names()) + " " + opt(c.type()) + " " + list(c.values())
                    + " iota=" + c.iota() + ")";
            case Decl.Type t -> "(type " + t.name().name() + (t.alias() ? " = " : " ") + of(t.type()) + ")";
            case Decl.Func f -> "(func " + (f.recv() == null ? "" : field(f.recv()) + " ") + f.name().name() + " "
                    + of(f.type()) + (f.body() == null ? "" : " " + of(f.body())) + ")";
        };
    }

    static String of(Stmt s) {
        return switch (s) {
            case Stmt.DeclStmt d -> {
                StringJoiner j = new StringJoiner(" ", "(decl ", ")");
                for (Decl x : d.specs()) j.add(of(x));
                yield j.toString();
            }
            case Stmt.Empty e -> "(empty)";
            case Stmt.Labeled l -> "(label " + l.label().name() + " " + of(l.stmt()) + ")";
            case Stmt.ExprStmt e -> of(e.x());
            case Stmt.Send send -> "(send " + of(send.ch()) + " " + of(send.value()) + ")";
            case Stmt.IncDec i -> "(" + (i.inc() ? "++ " : "-- ") + of(i.x()) + ")";
            case Stmt.Assign a -> "(" + a.op() + " " + list(a.lhs()) + " " + list(a.rhs()) + ")";
            case Stmt.Go g -> "(go " + of(g.call()) + ")";
            case Stmt.Defer d -> "(defer " + of(d.call()) + ")";
            case Stmt.Return r -> "(return" + (r.results().isEmpty() ? "" : " " + list(r.results())) + ")";
            case Stmt.Branch b -> "(" + b.keyword() + (b.label() == null ? "" : " " + b.label().name()) + ")";
            case Stmt.Block b -> stmts(b.stmts());
            case Stmt.If i -> "(if " + opt(i.init()) + " " + of(i.cond()) + " " + of(i.then())
                    + (i.els() == null ? "" : " " + of(i.els())) + ")";
            case Stmt.Switch sw -> "(switch " + opt(sw.init()) + " " + opt(sw.tag()) + " " + clauses(sw.clauses()) + ")";
            case Stmt.TypeSwitch ts -> "(typeswitch " + opt(ts.init()) + " " + (ts.bind() == null ? "_" : ts.bind().name())
                    + " " + of(ts.x()) + " " + clauses(ts.clauses()) + ")";
            case Stmt.Select sel -> {
                StringJoiner j = new StringJoiner(" ", "(select ", ")");
                j.setEmptyValue("(select)");
                for (Stmt.CommClause c : sel.clauses()) {
                    j.add("(" + (c.comm() == null ? "default" : "case " + of(c.comm())) + " " + stmts(c.body()) + ")");
                }
                yield j.toString();
            }
            case Stmt.For f -> "(for " + opt(f.init()) + " " + opt(f.cond()) + " " + opt(f.post()) + " " + of(f.body()) + ")";
            case Stmt.Range r -> "(range " + opt(r.key()) + " " + opt(r.value()) + (r.define() ? " := " : " = ")
                    + of(r.x()) + " " + of(r.body()) + ")";
        };
    }

    static String of(Expr e) {
        return switch (e) {
            case Expr.Ident i -> i.name();
            case Expr.BasicLit l -> l.text();
            case Expr.CompositeLit c -> "(lit " + opt(c.type()) + " " + elements(c.elements()) + ")";
            case Expr.FuncLit f -> "(funclit " + of(f.type()) + " " + of(f.body()) + ")";
            case Expr.Paren p -> "(paren " + of(p.x()) + ")";
            case Expr.Selector s -> "(. " + of(s.x()) + " " + s.sel().name() + ")";
            case Expr.Index i -> "(index " + of(i.x()) + " " + of(i.index()) + ")";
            case Expr.SliceExpr s -> "(slice " + of(s.x()) + " " + opt(s.lo()) + " " + opt(s.hi())
                    + (s.full() ? " " + opt(s.max()) : "") + ")";
            case Expr.TypeAssert t -> "(assert " + of(t.x()) + " " + (t.type() == null ? "type" : of(t.type())) + ")";
            case Expr.Call c -> "(call " + of(c.fun()) + (c.args().isEmpty() ? "" : " " + list(c.args()))
                    + (c.ellipsis() ? " ..." : "") + ")";
            case Expr.Star s -> "(* " + of(s.x()) + ")";
            case Expr.Unary u -> "(" + u.op() + " " + of(u.x()) + ")";
            case Expr.Binary b -> "(" + b.op() + " " + of(b.x()) + " " + of(b.y()) + ")";
            case Expr.ArrayType a -> "([" + opt(a.len()) + "] " + of(a.elem()) + ")";
            case Expr.Ellipsis el -> el.elem() == null ? "..." : "(... " + of(el.elem()) + ")";
            case Expr.MapType m -> "(map " + of(m.key()) + " " + of(m.value()) + ")";
            case Expr.ChanType c -> "(chan " + c.dir() + " " + of(c.elem()) + ")";
            case Expr.FuncType f -> "(functype " + fields(f.params()) + " " + fields(f.results()) + ")";
            case Expr.StructType s -> "(struct " + fields(s.fields()) + ")";
            case Expr.InterfaceType i -> "(interface " + fields(i.methods()) + " " + list(i.embeds()) + ")";
        };
    }

    private static String opt(Expr e) {
        return e == null ? "_" : of(e);
    }

    private static String opt(Stmt s) {
        return s == null ? "_" : of(s);
    }

    private static String list(List<Expr> xs) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Expr x : xs) j.add(of(x));
        return j.toString();
    }

    private static String names(List<Expr.Ident> names) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Expr.Ident n : names) j.add(n.name());
        return j.toString();
    }

    private static String stmts(List<Stmt> stmts) {
        StringJoiner j = new StringJoiner(" ", "{", "}");
        for (Stmt s : stmts) j.add(of(s));
        return j.toString();
    }

    private static String clauses(List<Stmt.CaseClause> clauses) {
        StringJoiner j = new StringJoiner(" ");
        for (Stmt.CaseClause c : clauses) {
            j.add("(" + (c.exprs() == null ? "default" : "case " + list(c.exprs())) + " " + stmts(c.body()) + ")");
        }
        return j.toString();
    }

    private static String elements(List<Expr.Element> elements) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Expr.Element el : elements) j.add(el.key() == null ? of(el.value()) : of(el.key()) + ":" + of(el.value()));
        return j.toString();
    }

    static String field(Expr.Field f) {
        return "(field " + names(f.names()) + " " + of(f.type()) + (f.tag() == null ? "" : " " + f.tag()) + ")";
    }

    private static String fields(List<Expr.Field> fields) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Expr.Field f : fields) j.add(field(f));
        return j.toString();
    }
}
