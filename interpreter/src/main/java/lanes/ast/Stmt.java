package lanes.ast;

import java.util.List;

/** Statements. {@code pos} is where the statement starts. */
public sealed interface Stmt {
    Pos pos();

    /** A {@code var}, {@code const} or {@code type} declaration inside a function. */
    record DeclStmt(Pos pos, List<Decl> specs) implements Stmt {}

    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    /** {@code ch <- value}; {@code pos} is the channel's position, {@code arrow} the operator's. */
    record Send(Pos pos, Expr ch, Expr value, Pos arrow) implements Stmt {}

    record IncDec(Pos pos, Expr x, boolean inc, Pos opPos) implements Stmt {}

    /** {@code lhs op rhs} where op is {@code =}, {@code :=} or an assignment operator like {@code +=}. */
    record Assign(Pos pos, List<Expr> lhs, String op, List<Expr> rhs, Pos opPos) implements Stmt {}

    record Go(Pos pos, Expr call) implements Stmt {}

    record Defer(Pos pos, Expr call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** {@code break}, {@code continue}, {@code goto} or {@code fallthrough}; label may be null. */
    record Branch(Pos pos, String keyword, Expr.Ident label) implements Stmt {}

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** {@code els} is null, an {@link If} or a {@link Block}. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** A {@code case} of an expression switch; {@code exprs} is null for {@code default}. */
    record CaseClause(Pos pos, List<Expr> exprs, List<Stmt> body) {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * {@code switch [init;] [bind :=] x.(type) { ... }}; the case clauses list types, and
     * {@code nil} appears as an {@link Expr.Ident}. {@code bind} may be null.
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident bind, Expr x, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * A {@code case} of a select: {@code comm} is a {@link Send}, an {@link ExprStmt} whose
     * expression is a receive, or an {@link Assign} ({@code =} or {@code :=}) whose single
     * right-hand side is a receive; null for {@code default}.
     */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    /** {@code for init; cond; post {}}; any part may be null ({@code for {}} has all three null). */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /**
     * {@code for key, value := range x}; key and value may be null. {@code define} is true for
     * {@code :=}, false for {@code =} or when there are no variables.
     */
    record Range(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {}
}
