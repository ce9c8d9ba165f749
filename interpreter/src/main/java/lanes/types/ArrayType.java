package lanes.types;

public final class ArrayType extends Type {
    private final Type elem;
    private final long length;

    public ArrayType(Type elem, long length) {
        this.elem = elem;
        this.length = length;
    }

    public Type elem() {
        return elem;
    }

    public long length() {
        return length;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayType a && a.length == length && a.elem.equals(elem);
    }

    @Override
    public int hashCode() {
        return 31 * elem.hashCode() + Long.hashCode(length) + 3;
    }

    @Override
    public String toString() {
        return "[" + length + "]" + elem;
    }
}
