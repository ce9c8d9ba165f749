package lanes.ast;

import java.util.List;

/**
 * Expressions, including type expressions (as in Go's own go/ast: {@code []byte(s)} and
 * {@code T(x)} are calls whose callee is a type). {@code pos} is always where the expression
 * starts; records add the other positions Go's diagnostics use.
 */
public sealed interface Expr {
    Pos pos();

    /** A name. {@code _} is the blank identifier. */
    record Ident(Pos pos, String name) implements Expr {}

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** A literal as written in the source ({@code text} is raw: quotes, escapes, underscores kept). */
    record BasicLit(Pos pos, LitKind kind, String text) implements Expr {}

    /** {@code T{...}}; {@code type} is null for an elided type inside an outer literal. */
    record CompositeLit(Pos pos, Expr type, List<Element> elements, Pos lbrace, Pos rbrace) implements Expr {}

    /** One element of a composite literal; {@code key} is null when there is none. */
    record Element(Expr key, Expr value) {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[index]}. */
    record Index(Pos pos, Expr x, Expr index, Pos lbrack) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent parts are null. */
    record SliceExpr(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean full, Pos lbrack) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type, Pos lparen) implements Expr {}

    /** {@code fun(args)}; {@code ellipsis} when the last argument is followed by {@code ...}. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean ellipsis, Pos lparen, Pos rparen) implements Expr {}

    /** {@code *x}: a dereference, or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** A unary operation: {@code + - ! ^ & <-}. */
    record Unary(Pos pos, String op, Expr x) implements Expr {}

    /** A binary operation; {@code opPos} is where the operator is. */
    record Binary(Pos pos, String op, Expr x, Expr y, Pos opPos) implements Expr {}

    /** {@code [len]elem}; {@code len} is null for a slice type, an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    /** {@code ...} as an array length ({@code elem} null) or a variadic parameter type {@code ...T}. */
    record Ellipsis(Pos pos, Expr elem) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}

    /** A function signature; a result list of unnamed fields has fields with no names. */
    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** An interface: methods ({@code Field} whose type is a {@link FuncType}) and embedded types. */
    record InterfaceType(Pos pos, List<Field> methods, List<Expr> embeds) implements Expr {}

    /**
     * A parameter, result, struct field or interface method. {@code names} is empty for an
     * unnamed parameter or an embedded struct field. {@code tag} is the raw tag literal or null.
     */
    record Field(Pos pos, List<Ident> names, Expr type, String tag) {}
}
