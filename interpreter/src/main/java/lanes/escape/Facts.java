package lanes.escape;

import java.util.IdentityHashMap;
import java.util.Map;

import lanes.ast.Expr;
import lanes.types.Type;

/**
 * What the checker learns that escape analysis needs, recorded by AST node identity while it
 * compiles (only when {@code lanes run --escapes} asks): each expression's type, which
 * declaration each identifier names, and which values are converted to an interface.
 */
public final class Facts {
    final Map<Expr, Type> types = new IdentityHashMap<>();
    /** A use of a variable (identifier) → its declaring identifier. */
    final Map<Expr.Ident, Expr.Ident> uses = new IdentityHashMap<>();
    /** A declaring identifier → the variable's type. */
    final Map<Expr.Ident, Type> varTypes = new IdentityHashMap<>();
    final Map<Expr.Ident, Boolean> globals = new IdentityHashMap<>();
    /** An expression whose value is converted to an interface (its own, non-interface, type). */
    final Map<Expr, Type> boxed = new IdentityHashMap<>();
    /** Integer constant expressions and their values (a make with a constant size may stay on the stack). */
    final Map<Expr, java.math.BigInteger> consts = new IdentityHashMap<>();

    public void type(Expr e, Type t) {
        if (t != null) types.put(e, t);
    }

    public void constant(Expr e, java.math.BigInteger v) {
        if (v != null) consts.put(e, v);
    }

    public void use(Expr.Ident id, Object declKey) {
        if (declKey instanceof Expr.Ident d) uses.put(id, d);
    }

    public void var(Object declKey, Type t, boolean global) {
        if (declKey instanceof Expr.Ident d && t != null) {
            varTypes.put(d, t);
            if (global) globals.put(d, true);
        }
    }

    public void boxed(Expr e, Type from) {
        if (e != null && from != null && !from.isInterface()) boxed.put(e, from);
    }
}
