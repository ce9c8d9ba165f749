package lanes.lib.std;

/**
 * Go's pattern-defeating quicksort ({@code sort/zsortfunc.go}, Go 1.19 and later), ported
 * call for call: the same Less and Swap calls in the same order, so that equal elements end
 * where real Go leaves them and user Less functions with side effects see the same calls.
 * Its "random" pattern breaking is a xorshift seeded by the length, hence deterministic.
 */
public final class PdqSort {
    private PdqSort() {}

    /** The two operations sorting needs, on indexes of the sequence being sorted. */
    public interface LessSwap {
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    private static final int UNKNOWN = 0;
    private static final int INCREASING = 1;
    private static final int DECREASING = 2;

    /** sort.Sort / sort.Slice on n elements. */
    static void sort(LessSwap data, int n) {
        if (n <= 1) return;
        pdqsort(data, 0, n, 64 - Long.numberOfLeadingZeros(n));
    }

    static void insertionSort(LessSwap data, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && data.less(j, j - 1); j--) data.swap(j, j - 1);
        }
    }

    private static void siftDown(LessSwap data, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) return;
            if (child + 1 < hi && data.less(first + child, first + child + 1)) child++;
            if (!data.less(first + root, first + child)) return;
            data.swap(first + root, first + child);
            root = child;
        }
    }

    private static void heapSort(LessSwap data, int a, int b) {
        int first = a;
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) siftDown(data, i, hi, first);
        for (int i = hi - 1; i >= 0; i--) {
            data.swap(first, first + i);
            siftDown(data, 0, i, first);
        }
    }

    private static void pdqsort(LessSwap data, int a, int b, int limit) {
        final int maxInsertion = 12;
        boolean wasBalanced = true;
        boolean wasPartitioned = true;
        while (true) {
            int length = b - a;
            if (length <= maxInsertion) {
                insertionSort(data, a, b);
                return;
            }
            if (limit == 0) {
                heapSort(data, a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(data, a, b);
                limit--;
            }
            int[] ph = choosePivot(data, a, b);
            int pivot = ph[0];
            int hint = ph[1];
            if (hint == DECREASING) {
                reverseRange(data, a, b);
                pivot = (b - 1) - (pivot - a);
                hint = INCREASING;
            }
            if (wasBalanced && wasPartitioned && hint == INCREASING) {
                if (partialInsertionSort(data, a, b)) return;
            }
            if (a > 0 && !data.less(a - 1, pivot)) {
                a = partitionEqual(data, a, b, pivot);
                continue;
            }
            int[] mp = partition(data, a, b, pivot);
            int mid = mp[0];
            wasPartitioned = mp[1] != 0;
            int leftLen = mid - a;
            int rightLen = b - mid;
            int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(data, a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(data, mid + 1, b, limit);
                b = mid;
            }
        }
    }

    /** {new pivot index, 1 if the range was already partitioned}. */
    private static int[] partition(LessSwap data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (i <= j && data.less(i, a)) i++;
        while (i <= j && !data.less(j, a)) j--;
        if (i > j) {
            data.swap(j, a);
            return new int[] {j, 1};
        }
        data.swap(i, j);
        i++;
        j--;
        while (true) {
            while (i <= j && data.less(i, a)) i++;
            while (i <= j && !data.less(j, a)) j--;
            if (i > j) break;
            data.swap(i, j);
            i++;
            j--;
        }
        data.swap(j, a);
        return new int[] {j, 0};
    }

    private static int partitionEqual(LessSwap data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (true) {
            while (i <= j && !data.less(a, i)) i++;
            while (i <= j && data.less(a, j)) j--;
            if (i > j) break;
            data.swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    private static boolean partialInsertionSort(LessSwap data, int a, int b) {
        final int maxSteps = 5;
        final int shortestShifting = 50;
        int i = a + 1;
        for (int step = 0; step < maxSteps; step++) {
            while (i < b && !data.less(i, i - 1)) i++;
            if (i == b) return true;
            if (b - a < shortestShifting) return false;
            data.swap(i, i - 1);
            if (i - a >= 2) {
                for (int j = i - 1; j >= 1; j--) {
                    if (!data.less(j, j - 1)) break;
                    data.swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int j = i + 1; j < b; j++) {
                    if (!data.less(j, j - 1)) break;
                    data.swap(j, j - 1);
                }
            }
        }
        return false;
    }

    private static void breakPatterns(LessSwap data, int a, int b) {
        int length = b - a;
        if (length < 8) return;
        long random = length;
        long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
        for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            random ^= random << 13;
            random ^= random >>> 17;
            random ^= random << 5;
            int other = (int) (random & (modulus - 1));
            if (other >= length) other -= length;
            data.swap(idx, a + other);
        }
    }

    /** {pivot index, sortedness hint}. */
    private static int[] choosePivot(LessSwap data, int a, int b) {
        final int shortestNinther = 50;
        final int maxSwaps = 4 * 3;
        int l = b - a;
        int[] swaps = {0};
        int i = a + l / 4;
        int j = a + l / 4 * 2;
        int k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= shortestNinther) {
                i = median(data, i - 1, i, i + 1, swaps);
                j = median(data, j - 1, j, j + 1, swaps);
                k = median(data, k - 1, k, k + 1, swaps);
            }
            j = median(data, i, j, k, swaps);
        }
        int hint = swaps[0] == 0 ? INCREASING : swaps[0] == maxSwaps ? DECREASING : UNKNOWN;
        return new int[] {j, hint};
    }

    private static int median(LessSwap data, int a, int b, int c, int[] swaps) {
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        if (data.less(c, b)) {
            swaps[0]++;
            int t = b;
            b = c;
            c = t;
        }
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        return b;
    }

    private static void reverseRange(LessSwap data, int a, int b) {
        for (int i = a, j = b - 1; i < j; i++, j--) data.swap(i, j);
    }
}
