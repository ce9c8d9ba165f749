package lanes.mem;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

import lanes.types.Layout;

/**
 * A model of Go's heap for {@code runtime.ReadMemStats} and {@code runtime.GC}: what Go's
 * allocator would have handed out, not what the JVM uses.
 *
 * <p>Invariants: {@code heapAlloc} is the sum of the rounded sizes (size class, or whole 8 KB
 * pages for objects over 32 KB, as Go's mallocgc) of the objects allocated and not yet freed;
 * {@code mallocs - frees} is their number. An object is freed only by a collection, as in Go:
 * either it was known to be garbage (a map's bucket array after growth finished evacuating it,
 * a deleted entry's indirect key or value) or nothing reachable refers to it any more.
 *
 * <p>Reachability is decided by the JVM: every accounted object is held through a weak
 * reference, and a collection first runs a full JVM collection ({@code System.gc()}, a full
 * stop-the-world collection under the launcher's ParallelGC). A Lanes value is reachable from
 * the JVM's roots exactly when the Go program can still reach it (globals, goroutine frames,
 * closures, channel buffers, deferred calls), so the weak references cleared by that
 * collection are the Go objects a Go collection would free. Go's pacer is modelled with
 * GOGC=100: a collection starts when the heap reaches twice what the last one kept (at least
 * 4 MB).
 *
 * <p>Only allocations the model hears about are accounted (see {@code lanes.mem} package doc).
 * The model is off unless the program reads the statistics, so other programs pay nothing.
 */
public final class Heap {
    /** The Go runtime's own heap objects at start (measured: Go 1.19, linux/amd64, an empty main). */
    static final long RUNTIME_BYTES = 45_168, RUNTIME_OBJECTS = 126;
    static final long MIN_GOAL = 4L << 20;

    private boolean enabled;
    /** Allocation sites (AST nodes) that escape analysis keeps on the stack: not heap allocations. */
    private java.util.Set<Object> stackSites = java.util.Set.of();
    long heapAlloc = RUNTIME_BYTES, totalAlloc = RUNTIME_BYTES, mallocs = RUNTIME_OBJECTS, frees;
    long numGC, numForcedGC, peakInuse;
    long nextGC = MIN_GOAL;
    /** Objects already known to be garbage; a collection frees them. */
    long pendingBytes, pendingObjects;
    private final ArrayList<Tracked> tracked = new ArrayList<>();
    private long hashSeed = 0x9E3779B97F4A7C15L;

    /** One accounted allocation (or one map, whose size changes), weakly held. */
    static final class Tracked extends WeakReference<Object> {
        final long bytes;
        final MapModel map;

        Tracked(Object referent, long bytes, MapModel map) {
            super(referent);
            this.bytes = bytes;
            this.map = map;
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Turns accounting on; done at compile time when the program reads the statistics. */
    public void enable() {
        enabled = true;
    }

    public void stackSites(java.util.Set<Object> sites) {
        if (sites != null) stackSites = sites;
    }

    /** Accounts an object made at {@code site}, unless escape analysis keeps that site on the stack. */
    public void alloc(Object obj, long size, Object site) {
        if (!enabled || site != null && stackSites.contains(site)) return;
        alloc(obj, size);
    }

    /** Accounts a new Go heap object of {@code size} bytes that {@code obj} stands for. */
    public void alloc(Object obj, long size) {
        if (!enabled || obj == null) return;
        long r = Layout.roundupsize(size);
        if (r == 0) return; // zero-size objects share one address (runtime.zerobase)
        tracked.add(new Tracked(obj, r, null));
        count(r, 1);
    }

    /** A map's model, accounting its buckets for as long as {@code owner} is reachable. */
    public MapModel newMap(Object owner, long keySize, long keyAlign, long valSize, long valAlign, long hint) {
        if (!enabled) return null;
        MapModel m = new MapModel(this, keySize, keyAlign, valSize, valAlign, nextSeed());
        tracked.add(new Tracked(owner, 0, m));
        m.make(hint);
        return m;
    }

    /** A deterministic stream of hash seeds (Go draws each map's from fastrand). */
    long nextSeed() {
        hashSeed += 0x9E3779B97F4A7C15L;
        return hashSeed;
    }

    /** Counts an allocation and lets the pacer start a collection, as mallocgc does. */
    void count(long bytes, long objects) {
        heapAlloc += bytes;
        totalAlloc += bytes;
        mallocs += objects;
        if (heapAlloc >= nextGC) collect(false);
    }

    void garbage(long bytes, long objects) {
        pendingBytes += bytes;
        pendingObjects += objects;
    }

    /** A full collection: {@code runtime.GC()} when forced, else the pacer's. */
    public void collect(boolean forced) {
        if (!enabled) return;
        System.gc();
        long freedBytes = pendingBytes, freedObjects = pendingObjects;
        pendingBytes = 0;
        pendingObjects = 0;
        int j = 0;
        for (int i = 0; i < tracked.size(); i++) {
            Tracked t = tracked.get(i);
            if (t.refersTo(null)) {
                if (t.map != null) {
                    freedBytes += t.map.bytes;
                    freedObjects += t.map.objects;
                } else {
                    freedBytes += t.bytes;
                    freedObjects++;
                }
            } else {
                tracked.set(j++, t);
            }
        }
        tracked.subList(j, tracked.size()).clear();
        heapAlloc -= freedBytes;
        frees += freedObjects;
        numGC++;
        if (forced) numForcedGC++;
        nextGC = Math.max(MIN_GOAL, 2 * heapAlloc);
    }

    /** The statistics, in the order of Go's {@code runtime.MemStats} fields that {@link MemStats} fills. */
    public Stats stats(int goroutines) {
        long inuse = pages(heapAlloc);
        peakInuse = Math.max(peakInuse, inuse);
        long heapSys = Math.max(4L << 20, (peakInuse + (4L << 20) - 1) / (4L << 20) * (4L << 20));
        long stackInuse = pages(196_608 + 2048L * Math.max(0, goroutines - 1));
        long other = 8L << 20;
        return new Stats(heapAlloc, totalAlloc, heapSys + stackInuse + other, mallocs, frees, heapAlloc, heapSys,
                heapSys - inuse, inuse, mallocs - frees, stackInuse, nextGC, numGC, numForcedGC);
    }

    private static long pages(long bytes) {
        return (bytes + 8191) / 8192 * 8192;
    }

    /** A snapshot of the modelled statistics. */
    public record Stats(long alloc, long totalAlloc, long sys, long mallocs, long frees, long heapAlloc, long heapSys,
                        long heapIdle, long heapInuse, long heapObjects, long stackInuse, long nextGC, long numGC,
                        long numForcedGC) {}
}
