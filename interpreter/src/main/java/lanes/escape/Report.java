package lanes.escape;

import java.math.BigInteger;

import lanes.ast.Expr;
import lanes.ast.Pos;

/** How escape facts are written: Go's wording for lines, Go's compiler notation for expressions. */
final class Report {
    private Report() {}

    static String at(Pos p) {
        return "line " + p.line();
    }

    /** An expression as the Go compiler prints it in -m output ({@code &T{...}}, {@code func literal}). */
    static String text(Expr e) {
        if (e instanceof Expr.FuncLit) return "func literal";
        return lanes.check.ExprPrinter.print(e).replace("{…}", "{...}").replace("…", "...");
    }

    static Long constInt(Expr e, Facts facts) {
        BigInteger v = facts.consts.get(e);
        return v == null || v.bitLength() > 62 ? null : v.longValue();
    }
}
