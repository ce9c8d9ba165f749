package lanes.lib.std;

import lanes.lib.std.PdqSort.LessSwap;

/**
 * Go's in-place stable sort ({@code sort.Stable}, {@code sort.SliceStable}): insertion sort on
 * blocks of 20, then SymMerge rounds with rotations by block swaps. Ported call for call, like
 * {@link PdqSort}; a stable result is unique for a consistent Less, the call order matters
 * only to Less functions that misbehave or have side effects.
 */
public final class StableSort {
    private StableSort() {}

    public static void sort(LessSwap data, int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            PdqSort.insertionSort(data, a, b);
            a = b;
            b += blockSize;
        }
        PdqSort.insertionSort(data, a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(data, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) symMerge(data, a, m, n);
            blockSize *= 2;
        }
    }

    private static void symMerge(LessSwap data, int a, int m, int b) {
        if (m - a == 1) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (data.less(h, a)) i = h + 1;
                else j = h;
            }
            for (int k = a; k < i - 1; k++) data.swap(k, k + 1);
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!data.less(m, h)) i = h + 1;
                else j = h;
            }
            for (int k = m; k > i; k--) data.swap(k, k - 1);
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!data.less(p - c, c)) start = c + 1;
            else r = c;
        }
        int end = n - start;
        if (start < m && m < end) rotate(data, start, m, end);
        if (a < start && start < mid) symMerge(data, a, start, mid);
        if (mid < end && end < b) symMerge(data, mid, end, b);
    }

    private static void rotate(LessSwap data, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }

    private static void swapRange(LessSwap data, int a, int b, int n) {
        for (int i = 0; i < n; i++) data.swap(a + i, b + i);
    }
}
