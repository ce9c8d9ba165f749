package lanes.values;

import java.util.Arrays;

/**
 * The Java array kinds that back Go arrays and slices, chosen by element type so that
 * element access is unboxed. Go array values are these Java arrays themselves (copied on
 * assignment by the interpreter), and a pointer to an array is the Java array object.
 */
public enum Store {
    BOOL, BYTE, LONG, DOUBLE, OBJECT;

    public Object alloc(int n) {
        return switch (this) {
            case BOOL -> new boolean[n];
            case BYTE -> new byte[n];
            case LONG -> new long[n];
            case DOUBLE -> new double[n];
            case OBJECT -> new Object[n];
        };
    }

    public static int length(Object array) {
        if (array instanceof long[] a) return a.length;
        if (array instanceof Object[] a) return a.length;
        if (array instanceof byte[] a) return a.length;
        if (array instanceof double[] a) return a.length;
        return ((boolean[]) array).length;
    }

    /** Boxed read: Boolean, Long (bytes read as unsigned or signed by the caller's type), Double or the object. */
    public static Object get(Object array, int i, boolean signedBytes) {
        if (array instanceof long[] a) return a[i];
        if (array instanceof Object[] a) return a[i];
        if (array instanceof byte[] a) return signedBytes ? (long) a[i] : (long) (a[i] & 0xFF);
        if (array instanceof double[] a) return a[i];
        return ((boolean[]) array)[i];
    }

    public static void set(Object array, int i, Object v) {
        if (array instanceof long[] a) a[i] = (Long) v;
        else if (array instanceof Object[] a) a[i] = v;
        else if (array instanceof byte[] a) a[i] = (byte) (long) (Long) v;
        else if (array instanceof double[] a) a[i] = (Double) v;
        else ((boolean[]) array)[i] = (Boolean) v;
    }

    /** Shallow copy of a whole array (element values that are themselves Go values are not cloned). */
    public static Object copyOf(Object array, int newLength) {
        if (array instanceof long[] a) return Arrays.copyOf(a, newLength);
        if (array instanceof Object[] a) return Arrays.copyOf(a, newLength);
        if (array instanceof byte[] a) return Arrays.copyOf(a, newLength);
        if (array instanceof double[] a) return Arrays.copyOf(a, newLength);
        return Arrays.copyOf((boolean[]) array, newLength);
    }
}
