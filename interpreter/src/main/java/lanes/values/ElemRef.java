package lanes.values;

/** A pointer to an element of an array or slice backing array ({@code &a[i]}). */
public final class ElemRef extends Ref {
    private final Object array;
    private final int index;
    private final boolean signedBytes;

    public ElemRef(Object array, int index, boolean signedBytes) {
        this.array = array;
        this.index = index;
        this.signedBytes = signedBytes;
    }

    @Override
    public Object load() {
        return Store.get(array, index, signedBytes);
    }

    @Override
    public void store(Object v) {
        Store.set(array, index, v);
    }

    @Override
    public Object raceBase() {
        return array;
    }

    @Override
    public int raceIndex() {
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElemRef e && e.array == array && e.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + index;
    }
}
