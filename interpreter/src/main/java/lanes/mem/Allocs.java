package lanes.mem;

import lanes.interp.Frame;
import lanes.interp.X;
import lanes.types.Layout;
import lanes.types.Type;

/**
 * Allocation hooks for the executable node tree: a node that makes a Go heap object tells the
 * run's {@link Heap}. When the model is off (the program never reads the statistics) the cost
 * is one field read and one branch.
 */
public final class Allocs {
    private Allocs() {}

    /** {@code new(T)} and {@code &T{...}} at {@code site}: one object of T's size. */
    public static X object(X make, Type t, Object site) {
        long size = Layout.sizeof(t);
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object o = make.eval(f);
                Heap h = f.g.interp.heap;
                if (h.enabled()) h.alloc(o, size, site);
                return o;
            }
        };
    }

    /** A slice's backing array of {@code cap} elements (make, append's growth, a slice literal). */
    public static void array(Frame f, Object backing, long cap, long elemSize) {
        Heap h = f.g.interp.heap;
        if (h.enabled()) h.alloc(backing, cap * elemSize);
    }

    /** The backing array of {@code make([]T, n)} at {@code site}. */
    public static void array(Frame f, Object backing, long cap, long elemSize, Object site) {
        Heap h = f.g.interp.heap;
        if (h.enabled()) h.alloc(backing, cap * elemSize, site);
    }
}
