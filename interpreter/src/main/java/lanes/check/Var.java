package lanes.check;

import lanes.ast.Pos;
import lanes.interp.Slot;
import lanes.types.Type;
import lanes.values.Cell;

/**
 * A variable as the checker knows it. A global lives in {@link #global}; a local in a frame
 * slot of its owning function, boxed in a cell when it escapes (captured by a closure or
 * address taken) and is not an aggregate (structs and arrays are their own storage).
 */
final class Var {
    final String name;
    final Type type;
    final Pos pos;
    /** The declaring identifier, by identity: the key under which escape facts survive a recompile. */
    final Object declKey;
    /** Owning function context; null for package-level variables. */
    final FnCtx owner;
    Cell global;
    Slot slot;
    boolean used;
    /**
     * Declared by a statement whose initialiser had an error: its type is unknown, so every use
     * is abandoned silently (Go reports no follow-on errors for invalid operands).
     */
    boolean invalid;
    /** Whether any access was compiled assuming the variable does not escape. */
    boolean accessedDirect;

    Var(String name, Type type, Pos pos, Object declKey, FnCtx owner) {
        this.name = name;
        this.type = type;
        this.pos = pos;
        this.declKey = declKey;
        this.owner = owner;
    }
}
