package lanes.mem;

import lanes.types.Layout;

/**
 * The memory of one Go map as Go 1.19's hashmap lays it out (runtime/map.go), kept beside the
 * Java map that really holds the entries. Only sizes are modelled, never the entries.
 *
 * <p>The model: an hmap header (48 bytes); 2^B buckets of 8 slots (8 tophash bytes, 8 keys,
 * 8 values, an overflow pointer); keys or values over 128 bytes are stored as pointers to
 * separate objects. From B = 4 on, a bucket array carries 2^(B-4) spare overflow buckets and
 * is rounded up to its allocation size. A new key goes to bucket hash&(2^B-1); a bucket whose
 * chain is full gets an overflow bucket (a spare one first, else a new object). Inserting the
 * (count+1)th key when count+1 > 6.5·2^B doubles B (too many overflow buckets: a same-size
 * grow); the old array stays referenced, and counted, until incremental evacuation (two old
 * buckets per insert or delete, as growWork) has moved every old bucket, then it is garbage.
 * Deleting never shrinks anything: slots are only marked empty and reused by later inserts.
 *
 * <p>Simplifications: the hash is a seeded mix of the key's Java hash, not Go's aeshash (the
 * same distribution, not the same buckets); at a grow every entry is placed at once in the new
 * array's per-bucket counts (evacuation only decides when the old array is freed); the
 * mapextra record and the overflow slice are not counted.
 */
public final class MapModel {
    private static final int SLOTS = 8, MAX_INLINE = 128;
    private static final long HMAP = 48;

    private final Heap heap;
    private final long keySlot, valSlot, keyObj, valObj, bucketSize;
    private long seed;

    /** Bytes and objects this map holds now (header, arrays, overflow buckets, indirect keys/values). */
    long bytes, objects;

    private int b = -1;               // -1: no bucket array yet (make without a hint)
    private int count;
    private int[] perBucket = new int[0];
    private short[] chain = new short[0];
    private long spare;               // preallocated overflow buckets not yet used
    private long noverflow;
    private long arrayBytes, arrayObjects; // the current array and its overflow buckets
    // growth in progress
    private long oldBytes, oldObjects;
    private java.util.BitSet evacuated;
    private int oldBuckets, nevacuate;

    MapModel(Heap heap, long keySize, long keyAlign, long valSize, long valAlign, long seed) {
        this.heap = heap;
        this.seed = seed;
        this.keySlot = keySize > MAX_INLINE ? 8 : keySize;
        this.valSlot = valSize > MAX_INLINE ? 8 : valSize;
        this.keyObj = keySize > MAX_INLINE ? Layout.roundupsize(keySize) : 0;
        this.valObj = valSize > MAX_INLINE ? Layout.roundupsize(valSize) : 0;
        long align = Math.max(8, Math.max(keySize > MAX_INLINE ? 8 : keyAlign, valSize > MAX_INLINE ? 8 : valAlign));
        long raw = SLOTS + SLOTS * keySlot + SLOTS * valSlot + 8;
        this.bucketSize = (raw + align - 1) / align * align;
    }

    /** make(map[K]V, hint): the header, and the bucket array at once when the hint needs B > 0. */
    void make(long hint) {
        take(HMAP, 1);
        int nb = 0;
        while (overLoad(hint, nb)) nb++;
        if (nb > 0) newArray(nb);
    }

    private static boolean overLoad(long n, int b) {
        return n > SLOTS && n > 13 * ((1L << b) / 2);
    }

    private void take(long size, long objs) {
        bytes += size;
        objects += objs;
        heap.count(size, objs);
    }

    private void newArray(int nb) {
        long n = 1L << nb;
        long size = bucketSize * n;
        if (nb >= 4) {
            n += 1L << (nb - 4);
            size = Layout.roundupsize(bucketSize * n);
            n = size / bucketSize;
        } else {
            size = Layout.roundupsize(size);
        }
        b = nb;
        spare = n - (1L << nb);
        noverflow = 0;
        perBucket = new int[1 << nb];
        chain = new short[1 << nb];
        java.util.Arrays.fill(chain, (short) 1);
        arrayBytes = size;
        arrayObjects = 1;
        take(size, 1);
    }

    private int hash(int javaHash) {
        long z = javaHash * 0xBF58476D1CE4E5B9L + seed;
        z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 29));
    }

    /** A key not yet in the map was stored; {@code keys} are all keys' Java hashes, read only when the map grows. */
    public void inserted(int javaHash, java.util.function.Supplier<int[]> keys) {
        if (b < 0) newArray(0);
        int h = hash(javaHash);
        if (growing()) growWork(h);
        if (!growing() && (overLoad(count + 1, b) || tooManyOverflow())) {
            grow(keys.get(), overLoad(count + 1, b) ? 1 : 0);
            growWork(h);
        }
        count++;
        place(h & ((1 << b) - 1));
        if (keyObj > 0) take(keyObj, 1);
        if (valObj > 0) take(valObj, 1);
    }

    /** An existing key was assigned: Go still does its share of evacuation. */
    public void assigned(int javaHash) {
        if (growing()) growWork(hash(javaHash));
    }

    /** A key was deleted: its slot is emptied, nothing shrinks; its indirect key/value become garbage. */
    public void deleted(int javaHash) {
        int h = hash(javaHash);
        if (growing()) growWork(h);
        count--;
        perBucket[h & ((1 << b) - 1)]--;
        release(keyObj);
        release(valObj);
        if (count == 0) seed = heap.nextSeed(); // Go picks a new hash seed when a map becomes empty
    }

    /**
     * clear(m), Go's mapclear: every slot emptied; the bucket array is kept (with its spare overflow
     * buckets made available again), while overflow buckets allocated on their own and an old array
     * still being evacuated become garbage.
     */
    public void cleared() {
        if (b < 0) return;
        for (int i = 0; i < count; i++) {
            release(keyObj);
            release(valObj);
        }
        count = 0;
        if (growing()) {
            evacuated = null;
            bytes -= oldBytes;
            objects -= oldObjects;
            heap.garbage(oldBytes, oldObjects);
            oldBytes = 0;
            oldObjects = 0;
        }
        long single = arrayObjects - 1;
        if (single > 0) {
            long s = single * Layout.roundupsize(bucketSize);
            bytes -= s;
            objects -= single;
            heap.garbage(s, single);
            arrayBytes -= s;
            arrayObjects = 1;
        }
        spare += noverflow - single; // the preallocated ones that were in use are free again
        noverflow = 0;
        java.util.Arrays.fill(perBucket, 0);
        java.util.Arrays.fill(chain, (short) 1);
    }

    private void release(long size) {
        if (size == 0) return;
        bytes -= size;
        objects--;
        heap.garbage(size, 1);
    }

    private void place(int bucket) {
        int c = ++perBucket[bucket];
        if (c > SLOTS * chain[bucket]) {
            chain[bucket]++;
            overflow();
        }
    }

    private void overflow() {
        noverflow++;
        if (spare > 0) {
            spare--;
        } else {
            long s = Layout.roundupsize(bucketSize);
            arrayBytes += s;
            arrayObjects++;
            take(s, 1);
        }
    }

    private boolean tooManyOverflow() {
        return noverflow >= 1L << Math.min(b, 15);
    }

    private boolean growing() {
        return evacuated != null;
    }

    private void grow(int[] keyHashes, int bigger) {
        oldBytes = arrayBytes;
        oldObjects = arrayObjects;
        oldBuckets = 1 << b;
        evacuated = new java.util.BitSet(oldBuckets);
        nevacuate = 0;
        newArray(b + bigger);
        int mask = (1 << b) - 1;
        for (int k : keyHashes) place(hash(k) & mask);
    }

    private void growWork(int h) {
        evacuate(h & (oldBuckets - 1));
        if (growing()) evacuate(nevacuate);
    }

    private void evacuate(int old) {
        evacuated.set(old);
        if (old != nevacuate) return;
        int stop = Math.min(oldBuckets, nevacuate + 1024);
        nevacuate++;
        while (nevacuate != stop && evacuated.get(nevacuate)) nevacuate++;
        if (nevacuate == oldBuckets) {
            evacuated = null;
            bytes -= oldBytes;
            objects -= oldObjects;
            heap.garbage(oldBytes, oldObjects);
            oldBytes = 0;
            oldObjects = 0;
        }
    }

    public int buckets() {
        return b < 0 ? 0 : 1 << b;
    }

    public int logBuckets() {
        return Math.max(b, 0);
    }
}
