package lanes.ast;

import java.util.List;

/** Declarations: one record per spec ({@code var (a = 1; b = 2)} gives two {@link Var}s). */
public sealed interface Decl {
    Pos pos();

    record Import(Pos pos, Expr.Ident alias, String path) implements Decl {}

    /** {@code var names type = values}; type or values may be absent (null / empty). */
    record Var(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values) implements Decl {}

    /**
     * {@code const names type = values}. An omitted value list repeats the previous spec's
     * type and values (the parse stage fills it in); {@code iota} is the spec's index in its group.
     */
    record Const(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Decl {}

    /** {@code type name T} or, with {@code alias}, {@code type name = T}. */
    record Type(Pos pos, Expr.Ident name, boolean alias, Expr type) implements Decl {}

    /** A function or method; {@code recv} is null for a function, {@code body} null for none. */
    record Func(Pos pos, Expr.Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body) implements Decl {}
}
