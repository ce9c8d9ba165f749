package lanes.types;

public final class PointerType extends Type {
    private final Type elem;

    public PointerType(Type elem) {
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
        return Kind.POINTER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointerType p && p.elem.equals(elem);
    }

    @Override
    public int hashCode() {
        return 31 * elem.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "*" + elem;
    }
}
