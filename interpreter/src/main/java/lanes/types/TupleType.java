package lanes.types;

import java.util.List;

/** The type of a multi-valued call: never the type of a variable. */
public final class TupleType extends Type {
    private final List<Type> types;

    public TupleType(List<Type> types) {
        this.types = List.copyOf(types);
    }

    public List<Type> types() {
        return types;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.TUPLE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TupleType t && t.types.equals(types);
    }

    @Override
    public int hashCode() {
        return types.hashCode() + 9;
    }

    @Override
    public String toString() {
        return "(" + Type.list(types) + ")";
    }
}
