package lanes.check;

import lanes.interp.Code;
import lanes.types.FuncType;
import lanes.types.Type;

/** What a name denotes in a scope. */
sealed interface Ent {
    record VarEnt(Var v) implements Ent {}

    /** A constant; {@code type} is an untyped basic type for untyped constants. */
    record ConstEnt(Type type, Object value, lanes.ast.Pos pos, String name, boolean[] used) implements Ent {}

    record TypeEnt(Type type) implements Ent {}

    /** A top-level function; in a REPL session, {@code ref} is what calls reach (null otherwise). */
    record FuncEnt(String name, Code code, FuncType sig, lanes.interp.FuncRef ref) implements Ent {}

    record BuiltinEnt(String name) implements Ent {}

    record PkgEnt(lanes.lib.Pkg pkg, lanes.ast.Pos pos, String name, boolean[] used) implements Ent {}

    record NilEnt() implements Ent {}

    /**
     * A package-level variable whose declaration is not compiled yet: the first use compiles
     * it, so initialisers may refer to variables declared further down (Go initialises
     * package variables in dependency order).
     */
    record PendingVarEnt(lanes.ast.Decl.Var decl) implements Ent {}
}
