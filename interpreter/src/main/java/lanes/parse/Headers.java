package lanes.parse;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.Stmt;
import lanes.grammar.GoParser.*;
import org.antlr.v4.runtime.Token;

/**
 * if, for and switch statements. Their headers are parsed as Go's parser parses them
 * (simple statements separated by semicolons); this class sorts the parts into init,
 * condition, post, tag or range clause and makes Go's header checks with its wording.
 */
final class Headers {
    private final AstBuilder b;
    private final ExprBuilder x;

    /** A range clause: only valid as the whole header of a for statement. */
    private record RangeClause(Pos range, List<Expr> lhs, String op, Expr x) {}

    Headers(AstBuilder b, ExprBuilder x) {
        this.b = b;
        this.x = x;
    }

    Stmt ifStmt(IfStmtContext c) {
        Pos pos = b.pos(c.IF());
        Stmt init = null;
        Stmt condStmt;
        if (c.semi == null) {
            if (c.head == null) {
                throw b.reject(b.pos(c.block(0).L_CURLY()), "syntax error: missing condition in if statement");
            }
            condStmt = simple(c.head, "if");
        } else {
            init = c.head == null ? null : simple(c.head, "if");
            if (c.cond == null) {
                String semi = b.describe(c.semi);
                throw b.reject(b.pos(c.semi), semi.equals("semicolon")
                        ? "syntax error: missing condition in if statement"
                        : "syntax error: unexpected " + semi + ", expected { after if clause");
            }
            condStmt = simple(c.cond, "if");
        }
        Expr cond = condition(condStmt);
        Stmt.Block then = b.block(c.block(0));
        Stmt els = null;
        if (c.ifStmt() != null) els = ifStmt(c.ifStmt());
        else if (c.block().size() > 1) els = b.block(c.block(1));
        return new Stmt.If(pos, init, cond, then, els);
    }

    Stmt forStmt(ForStmtContext c) {
        Pos pos = b.pos(c.FOR());
        if (c.semi1 == null) {
            if (c.head == null) return new Stmt.For(pos, null, null, null, b.block(c.block()));
            Object head = header(c.head, "for");
            if (head instanceof RangeClause r) return range(pos, r, c.block());
            Expr cond = condition((Stmt) head);
            return new Stmt.For(pos, null, cond, null, b.block(c.block()));
        }
        Stmt init = c.head == null ? null : simple(c.head, "for");
        Expr cond = c.cond == null ? null : condition(simple(c.cond, "for"));
        Stmt post = null;
        if (c.post != null) {
            post = simple(c.post, "for");
            if (post instanceof Stmt.Assign a && a.op().equals(":=")) {
                throw b.reject(a.opPos(), "syntax error: cannot declare in post statement of for loop");
            }
        }
        return new Stmt.For(pos, init, cond, post, b.block(c.block()));
    }

    private Stmt range(Pos pos, RangeClause r, BlockContext body) {
        List<Expr> lhs = r.lhs();
        if (lhs.size() > 2) throw b.reject(lhs.get(2).pos(), "range clause permits at most two iteration variables");
        Expr key = lhs.isEmpty() ? null : lhs.get(0);
        Expr value = lhs.size() < 2 ? null : lhs.get(1);
        return new Stmt.Range(pos, key, value, ":=".equals(r.op()), r.x(), b.block(body));
    }

    Stmt switchStmt(SwitchStmtContext c) {
        Pos pos = b.pos(c.SWITCH());
        Stmt init = null;
        Stmt tagStmt = null;
        if (c.semi == null) {
            if (c.head != null) tagStmt = simple(c.head, "switch");
        } else {
            init = c.head == null ? null : simple(c.head, "switch");
            if (c.tag != null) tagStmt = simple(c.tag, "switch");
        }
        Expr.Ident bind = null;
        Expr guarded = null;
        Expr tag = null;
        if (tagStmt instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssert t && t.type() == null) {
            guarded = t.x();
        } else if (tagStmt instanceof Stmt.Assign a && a.op().equals(":=") && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident name
                && a.rhs().get(0) instanceof Expr.TypeAssert t && t.type() == null) {
            bind = name;
            guarded = t.x();
        } else if (tagStmt != null) {
            tag = condition(tagStmt);
        }
        List<ExprCaseClauseContext> cases = c.exprCaseClause();
        List<Stmt.CaseClause> clauses = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            ExprCaseClauseContext cc = cases.get(i);
            List<Expr> exprs = cc.expressionList() == null ? null : x.exprs(cc.expressionList());
            clauses.add(new Stmt.CaseClause(b.pos(cc.getStart()), exprs, b.statements(cc.statementList())));
            if (i + 1 < cases.size()) b.terminated(cc.statementList(), cases.get(i + 1).getStart());
        }
        Pos rbrace = b.pos(c.R_CURLY());
        if (guarded != null) return new Stmt.TypeSwitch(pos, init, bind, guarded, clauses, rbrace);
        return new Stmt.Switch(pos, init, tag, clauses, rbrace);
    }

    /** A header's condition or tag must be an expression; Go says why not otherwise. */
    private Expr condition(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return e.x();
        Pos at = switch (s) {
            case Stmt.Assign a -> a.opPos();
            case Stmt.IncDec i -> i.opPos();
            case Stmt.Send send -> send.arrow();
            default -> s.pos();
        };
        String str;
        if (s instanceof Stmt.Assign a && a.op().equals("=")) {
            str = "assignment " + emphasize(a.lhs()) + " = " + emphasize(a.rhs());
        } else {
            str = ExprPrinter.print(s);
        }
        throw b.reject(at, "syntax error: cannot use " + str + " as value");
    }

    private static String emphasize(List<Expr> list) {
        if (list.size() == 1 && list.get(0) instanceof Expr.Binary) return "(" + ExprPrinter.print(list.get(0)) + ")";
        return ExprPrinter.list(list);
    }

    /** A header simple statement that must not be a range clause. */
    private Stmt simple(SimpleStmtNoLitContext c, String keyword) {
        Object s = header(c, keyword);
        if (s instanceof RangeClause r) {
            throw b.reject(r.range(), "syntax error: unexpected keyword range, expected expression");
        }
        return (Stmt) s;
    }

    /** A simple statement or, in a for header, a {@link RangeClause}. */
    private Object header(SimpleStmtNoLitContext c, String keyword) {
        if (c.first == null) return new RangeClause(b.pos(c.range), List.of(), null, x.exprNL(c.x));
        Expr e = x.exprNL(c.first);
        if (c.op != null) {
            List<Expr> lhs = new ArrayList<>(1 + c.more.size());
            lhs.add(e);
            for (ExprNoLitContext m : c.more) lhs.add(x.exprNL(m));
            Token op = c.op.getStart();
            if (c.range != null) {
                boolean plain = op.getText().equals("=") || op.getText().equals(":=");
                if (!plain || !keyword.equals("for")) {
                    throw b.reject(b.pos(c.range), "syntax error: unexpected keyword range, expected expression");
                }
                return new RangeClause(b.pos(c.range), lhs, op.getText(), x.exprNL(c.x));
            }
            return b.assign(lhs, op, c.rhs, x.exprsNL(c.rhs));
        }
        if (c.incDec != null) return new Stmt.IncDec(e.pos(), e, c.incDec.getText().equals("++"), b.pos(c.incDec));
        if (c.arrow != null) return new Stmt.Send(e.pos(), e, x.exprNL(c.value), b.pos(c.arrow));
        return new Stmt.ExprStmt(e.pos(), e);
    }
}
