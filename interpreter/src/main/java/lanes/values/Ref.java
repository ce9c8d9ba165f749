package lanes.values;

/**
 * A pointer to a variable that is not a struct or an array (those are pointed to directly):
 * a cell, a slice or array element, or a struct field. Two refs are equal when they name the
 * same storage location, as Go pointers are.
 */
public abstract class Ref {
    public abstract Object load();

    public abstract void store(Object v);
}
