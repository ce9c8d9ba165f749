package lanes.values;

/**
 * A pointer to a variable that is not a struct or an array (those are pointed to directly):
 * a cell, a slice or array element, or a struct field. Two refs are equal when they name the
 * same storage location, as Go pointers are.
 */
public abstract class Ref {
    public abstract Object load();

    public abstract void store(Object v);

    /** For the race detector: the object holding the location (a cell itself, an array, a struct) ... */
    public Object raceBase() {
        return this;
    }

    /** ... and the location's index in it, -1 when the object is the location. */
    public int raceIndex() {
        return -1;
    }
}
