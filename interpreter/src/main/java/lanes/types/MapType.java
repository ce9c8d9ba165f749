package lanes.types;

public final class MapType extends Type {
    private final Type key;
    private final Type value;

    public MapType(Type key, Type value) {
        this.key = key;
        this.value = value;
    }

    public Type key() {
        return key;
    }

    public Type value() {
        return value;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.MAP;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapType m && m.key.equals(key) && m.value.equals(value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * key.hashCode() + value.hashCode()) + 4;
    }

    @Override
    public String toString() {
        return "map[" + key + "]" + value;
    }
}
