package lanes.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.values.MapV;

/** The bucket model on its own: growth to B = 18 for a million keys, no shrinking, Go's sizes. */
class MapModelTest {
    private static Heap heap() {
        Heap h = new Heap();
        h.enable();
        return h;
    }

    @Test
    void millionEntriesNeedB18AndDeletesKeepTheBuckets() {
        Heap h = heap();
        MapV m = new MapV(Basic.INT, 0).account(h, new ArrayType(Basic.UINT8, 128), 0);
        for (long i = 0; i < 1_000_000; i++) m.put(i, null);
        assertEquals(18, m.model().logBuckets());
        h.collect(true);
        // 2^18 buckets of 1,104 bytes plus 2^14 spare overflow buckets, and the 48-byte header
        long map = 307_494_912L + 48;
        assertEquals(map, h.heapAlloc - Heap.RUNTIME_BYTES);
        for (long i = 0; i < 1_000_000; i++) m.remove(i);
        h.collect(true);
        assertEquals(0, m.size());
        assertEquals(18, m.model().logBuckets());
        assertEquals(map, h.heapAlloc - Heap.RUNTIME_BYTES);
    }

    @Test
    void growthFollowsLoadFactor6point5() {
        Heap h = heap();
        MapV m = new MapV(Basic.INT, 0).account(h, Basic.INT, 0);
        assertEquals(0, m.model().buckets()); // make without a hint allocates buckets lazily
        for (long i = 0; i < 8; i++) m.put(i, i);
        assertEquals(0, m.model().logBuckets());
        m.put(8L, 8L); // 9 > 8 entries in one bucket's worth: B = 1
        assertEquals(1, m.model().logBuckets());
        for (long i = 9; i < 13; i++) m.put(i, i);
        assertEquals(1, m.model().logBuckets()); // 13 = 6.5 * 2
        m.put(13L, 13L);
        assertEquals(2, m.model().logBuckets());
    }

    @Test
    void largeValuesAreSeparateObjectsFreedOnDelete() {
        Heap h = heap();
        MapV m = new MapV(Basic.INT, 0).account(h, new ArrayType(Basic.UINT8, 129), 0);
        h.collect(true);
        long before = h.heapAlloc;
        long objects = h.mallocs - h.frees;
        for (long i = 0; i < 5; i++) m.put(i, null);
        h.collect(true);
        // one bucket of 8 + 8*8 + 8*8 + 8 = 144 bytes, and five 129-byte values in the 144 class
        assertEquals(144 + 5 * 144, h.heapAlloc - before);
        assertEquals(6, h.mallocs - h.frees - objects);
        for (long i = 0; i < 5; i++) m.remove(i);
        h.collect(true);
        assertEquals(144, h.heapAlloc - before);
    }

    @Test
    void anUnreachableMapIsFreedByACollection() {
        Heap h = heap();
        MapV m = new MapV(Basic.INT, 100).account(h, Basic.INT, 100);
        for (long i = 0; i < 100; i++) m.put(i, i);
        h.collect(true);
        assertTrue(h.heapAlloc > Heap.RUNTIME_BYTES);
        m = null;
        h.collect(true);
        assertEquals(Heap.RUNTIME_BYTES, h.heapAlloc);
    }
}
