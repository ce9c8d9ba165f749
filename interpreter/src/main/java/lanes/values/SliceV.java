package lanes.values;

/**
 * A slice header: a window {@code [off, off+len)} on a backing Java array, with capacity
 * {@code cap}. Headers are immutable values; slices that share a backing array see each
 * other's writes, as in Go. The backing array is one of {@code boolean[]} (bool),
 * {@code byte[]} (int8/uint8), {@code long[]} (other integers), {@code double[]} (floats)
 * or {@code Object[]}; which one is fixed by the element type (see {@link Store}).
 * A nil slice is Java {@code null}.
 */
public final class SliceV {
    public final Object array;
    public final int off;
    public final int len;
    public final int cap;

    public SliceV(Object array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }
}
