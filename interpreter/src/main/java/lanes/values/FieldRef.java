package lanes.values;

/** A pointer to a non-struct, non-array field of a struct ({@code &s.n}). */
public final class FieldRef extends Ref {
    private final StructV struct;
    private final int index;

    public FieldRef(StructV struct, int index) {
        this.struct = struct;
        this.index = index;
    }

    @Override
    public Object load() {
        return struct.fields[index];
    }

    @Override
    public void store(Object v) {
        struct.fields[index] = v;
    }

    @Override
    public Object raceBase() {
        return struct;
    }

    @Override
    public int raceIndex() {
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldRef f && f.struct == struct && f.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(struct) * 31 + index;
    }
}
