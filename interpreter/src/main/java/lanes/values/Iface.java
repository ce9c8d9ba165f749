package lanes.values;

import lanes.types.Type;

/**
 * A non-nil interface value: the dynamic type and the value. A nil interface is Java null.
 * Equality is Go's {@code ==} on interfaces: same dynamic type and equal values (panicking
 * when the dynamic type is not comparable), which also makes Ifaces usable as map keys.
 */
public final class Iface {
    public final Type type;
    public final Object value;

    public Iface(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iface i && i.type.equals(type) && Values.equal(type, value, i.value);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Values.hash(type, value);
    }

    @Override
    public String toString() {
        return "Iface(" + type + ", " + value + ")";
    }
}
