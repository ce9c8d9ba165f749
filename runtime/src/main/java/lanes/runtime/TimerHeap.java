package lanes.runtime;

import java.util.Arrays;

/**
 * The pending timers, a binary min-heap on (when, seq). The sequence number is taken at each
 * arming, so timers due at the same instant fire in the order they were armed: a run never
 * depends on heap layout.
 */
final class TimerHeap {
    private Timer[] heap = new Timer[16];
    private int size;
    private long seq;

    int size() {
        return size;
    }

    Timer peek() {
        return size == 0 ? null : heap[0];
    }

    void add(Timer t) {
        t.seq = seq++;
        if (size == heap.length) heap = Arrays.copyOf(heap, size * 2);
        heap[size] = t;
        t.heapIndex = size;
        size++;
        up(t.heapIndex);
    }

    void remove(Timer t) {
        int i = t.heapIndex;
        if (i < 0) return;
        size--;
        Timer last = heap[size];
        heap[size] = null;
        t.heapIndex = -1;
        if (i == size) return;
        heap[i] = last;
        last.heapIndex = i;
        up(i);
        down(last.heapIndex);
    }

    void clear() {
        for (int i = 0; i < size; i++) heap[i].heapIndex = -1;
        heap = new Timer[16];
        size = 0;
    }

    private static boolean less(Timer a, Timer b) {
        return a.when < b.when || (a.when == b.when && a.seq < b.seq);
    }

    private void up(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (!less(t, p)) break;
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    private void down(int i) {
        Timer t = heap[i];
        for (;;) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && less(heap[c + 1], heap[c])) c++;
            if (!less(heap[c], t)) break;
            heap[i] = heap[c];
            heap[i].heapIndex = i;
            i = c;
        }
        heap[i] = t;
        t.heapIndex = i;
    }
}
