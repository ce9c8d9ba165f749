package lanes.types;

public final class SliceType extends Type {
    private final Type elem;

    public SliceType(Type elem) {
        this.elem = elem;
    }

    public Type elem() {
        return elem;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.SLICE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SliceType s && s.elem.equals(elem);
    }

    @Override
    public int hashCode() {
        return 31 * elem.hashCode() + 2;
    }

    @Override
    public String toString() {
        return "[]" + elem;
    }
}
