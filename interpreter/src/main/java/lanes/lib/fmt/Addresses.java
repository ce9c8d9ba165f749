package lanes.lib.fmt;

import java.util.HashMap;
import java.util.Map;

import lanes.values.FuncV;
import lanes.values.Ref;
import lanes.values.SliceV;
import lanes.values.StructV;

/**
 * Fake but stable machine addresses for Go pointers, channels, maps, slices and funcs, so
 * that {@code %p} and printed pointers look like Go's ({@code 0xc000012080}) and come out the
 * same on every run of the same program. Invariants: an object keeps the address it was first
 * given; two pointers to the same storage location ({@link Ref}s that are equal) share one;
 * heap addresses are handed out bump-pointer style in order of first printing, each object
 * taking a size-like step; funcs live in a separate "text" range and are keyed by name, since Go
 * prints a function's code address, shared by every closure of one function literal.
 *
 * <p>Objects are held strongly: weak keys would make addresses depend on GC timing.
 * Methods are synchronized because goroutines may print concurrently.
 */
final class Addresses {
    private static final long HEAP_BASE = 0xc000010000L;
    private static final long TEXT_BASE = 0x47e0a0L;

    private final Map<Object, Long> known = new HashMap<>();
    private long nextHeap = HEAP_BASE;
    private long nextText = TEXT_BASE;

    /** The address of a non-nil pointer-like value; 0 for null. */
    synchronized long of(Object v) {
        if (v == null) return 0;
        if (v instanceof SliceV s) {
            if (s.array == null) return 0;
            return of(s.array) + (long) s.off * elementSize(s.array);
        }
        Object key;
        if (v instanceof FuncV f) {
            key = "func " + f.name();
        } else if (v instanceof Ref) {
            key = v; // equal refs name the same location
        } else {
            key = new Identity(v);
        }
        Long a = known.get(key);
        if (a != null) return a;
        long addr;
        if (v instanceof FuncV) {
            addr = nextText;
            nextText += 0x20;
        } else {
            addr = nextHeap;
            nextHeap += (sizeOf(v) + 15) & ~15L;
        }
        known.put(key, addr);
        return addr;
    }

    private static long sizeOf(Object v) {
        if (v instanceof StructV s) return Math.max(16, 8L * s.fields.length);
        if (v instanceof long[] a) return Math.max(16, 8L * a.length);
        if (v instanceof double[] a) return Math.max(16, 8L * a.length);
        if (v instanceof Object[] a) return Math.max(16, 8L * a.length);
        if (v instanceof byte[] a) return Math.max(16, a.length);
        if (v instanceof boolean[] a) return Math.max(16, a.length);
        return 48;
    }

    private static int elementSize(Object array) {
        return array instanceof byte[] || array instanceof boolean[] ? 1 : 8;
    }

    /** Identity wrapper: Go pointers to distinct objects differ even when the objects are equal. */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
