package lanes.lib.fmt;

import java.util.ArrayList;
import java.util.List;

import lanes.lib.std.PdqSort;
import lanes.lib.std.StableSort;
import lanes.types.ArrayType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.Iface;
import lanes.values.MapV;
import lanes.values.Store;
import lanes.values.StructV;

/**
 * The order in which fmt prints map entries (Go's {@code internal/fmtsort}): integers and
 * floats numerically (NaN first), strings bytewise, false before true, pointers and channels by
 * address (nil first), structs and arrays element by element, interfaces by dynamic type and
 * then value. Go orders dynamic types by the address of their type descriptor; we order them by
 * spelling, which matches what Go 1.19 does for the predeclared types.
 *
 * <p>The comparison is not a total order (NaNs), so the sort is Go's own stable algorithm
 * (insertion sort of blocks, then in-place merging), which tolerates that, rather than the JDK's.
 */
final class MapSort {
    private final Addresses addresses;

    MapSort(Addresses addresses) {
        this.addresses = addresses;
    }

    /** Keys and values of m in print order. */
    record Entry(Object key, Object value) {}

    List<Entry> sorted(MapV m, Type keyType) {
        List<Object> keys = m.keys(0);
        List<Entry> entries = new ArrayList<>(keys.size());
        for (Object k : keys) entries.add(new Entry(k, m.get(k)));
        stable(entries, keyType);
        return entries;
    }

    int compare(Type t, Object a, Object b) {
        Type u = t.underlying();
        switch (u.kind()) {
            case INT, INT8, INT16, INT32, INT64:
                return Long.compare((Long) a, (Long) b);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR:
                return Long.compareUnsigned((Long) a, (Long) b);
            case STRING:
                return Integer.signum(((String) a).compareTo((String) b));
            case FLOAT32, FLOAT64:
                return floatCompare((Double) a, (Double) b);
            case BOOL: {
                boolean x = (Boolean) a;
                boolean y = (Boolean) b;
                return x == y ? 0 : x ? 1 : -1;
            }
            case POINTER, UNSAFE_POINTER, CHAN:
                return Long.compareUnsigned(addresses.of(a), addresses.of(b));
            case STRUCT: {
                List<StructType.Field> fs = ((StructType) u).fields();
                Object[] x = ((StructV) a).fields;
                Object[] y = ((StructV) b).fields;
                for (int i = 0; i < x.length; i++) {
                    int c = compare(fs.get(i).type(), x[i], y[i]);
                    if (c != 0) return c;
                }
                return 0;
            }
            case ARRAY: {
                Type e = ((ArrayType) u).elem();
                boolean signed = Reflect.signedBytes(e);
                int n = Store.length(a);
                for (int i = 0; i < n; i++) {
                    int c = compare(e, Store.get(a, i, signed), Store.get(b, i, signed));
                    if (c != 0) return c;
                }
                return 0;
            }
            case INTERFACE: {
                if (a == null) return b == null ? 0 : -1;
                if (b == null) return 1;
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                if (!x.type.equals(y.type)) {
                    int c = x.type.toString().compareTo(y.type.toString());
                    return c != 0 ? Integer.signum(c) : -1;
                }
                return compare(x.type, x.value, y.value);
            }
            default:
                return 0;
        }
    }

    private static int floatCompare(double a, double b) {
        if (Double.isNaN(a)) return -1; // No good answer if b is a NaN so don't bother checking.
        if (Double.isNaN(b)) return 1;
        if (a < b) return -1;
        if (a > b) return 1;
        return 0;
    }

    // Go's fmtsort uses sort.Stable, which tolerates a comparison that is not a total order
    private void stable(List<Entry> data, Type t) {
        StableSort.sort(new PdqSort.LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return compare(t, data.get(i).key(), data.get(j).key()) < 0;
            }

            @Override
            public void swap(int i, int j) {
                Entry x = data.get(i);
                data.set(i, data.get(j));
                data.set(j, x);
            }
        }, data.size());
    }
}
