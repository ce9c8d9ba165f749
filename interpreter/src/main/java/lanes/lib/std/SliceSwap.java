package lanes.lib.std;

import lanes.lib.std.PdqSort.LessSwap;
import lanes.values.SliceV;

/**
 * A {@link LessSwap} over the elements of a slice: the caller supplies Less, and Swap exchanges
 * two elements in the backing array, whatever Java array kind backs it. Elements that are
 * structs or arrays are swapped as references, which is a Go value swap because each array
 * slot owns its value exclusively.
 */
final class SliceSwap {
    private SliceSwap() {}

    /** Less on slice indexes (0-based within the slice). */
    interface Less {
        boolean less(int i, int j);
    }

    static final LessSwap EMPTY = of((i, j) -> false, new SliceV(new Object[0], 0, 0, 0));

    static LessSwap of(Less less, SliceV s) {
        Object arr = s.array;
        int off = s.off;
        return new LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return less.less(i, j);
            }

            @Override
            public void swap(int i, int j) {
                i += off;
                j += off;
                if (arr instanceof long[] a) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                } else if (arr instanceof Object[] a) {
                    Object t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                } else if (arr instanceof double[] a) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                } else if (arr instanceof byte[] a) {
                    byte t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                } else {
                    boolean[] a = (boolean[]) arr;
                    boolean t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
            }
        };
    }
}
