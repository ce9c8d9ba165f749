package lanes.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lanes.types.Kind;
import lanes.types.Type;

/**
 * A Go map. Keys whose Java objects already have Go's equality (integers, strings, bools,
 * pointers, channels, interfaces) are stored as they are; struct and array keys are wrapped
 * in a {@link Key} that compares them by value. Floats are normalised so that -0.0 and +0.0
 * are one key. A nil map is Java null.
 */
public final class MapV {
    private final Type keyType;
    private final boolean wrap;
    private final LinkedHashMap<Object, Object> map;
    /**
     * Go's hashWriting flag: set while an assignment is in progress. Assignments span a
     * scheduling step when goroutines run in parallel, so another goroutine's access to the
     * map during it ends the program ({@code fatal error: concurrent map writes}).
     */
    public boolean writing;

    /** Go's memory layout of this map, when the run accounts heap memory (else null). */
    private lanes.mem.MapModel model;

    public MapV(Type keyType, int hint) {
        this.keyType = keyType;
        Kind k = keyType.underlying().kind();
        this.wrap = k == Kind.STRUCT || k == Kind.ARRAY;
        this.map = new LinkedHashMap<>(Math.max(16, (int) (hint / 0.75f) + 1));
    }

    /** Starts accounting this map's buckets in {@code heap} (a no-op when the heap model is off). */
    public MapV account(lanes.mem.Heap heap, Type valueType, long hint) {
        if (heap.enabled()) {
            model = heap.newMap(this, lanes.types.Layout.sizeof(keyType), lanes.types.Layout.alignof(keyType),
                    lanes.types.Layout.sizeof(valueType), lanes.types.Layout.alignof(valueType), hint);
        }
        return this;
    }

    public lanes.mem.MapModel model() {
        return model;
    }

    private int[] keyHashes() {
        int[] h = new int[map.size()];
        int i = 0;
        for (Object k : map.keySet()) h[i++] = hashOf(k);
        return h;
    }

    private static int hashOf(Object k) {
        return k == null ? 0 : k.hashCode();
    }

    public Type keyType() {
        return keyType;
    }

    private Object key(Object k) {
        if (wrap) return new Key(keyType, k);
        if (k instanceof Double d && d == 0.0) return 0.0;
        return k;
    }

    private static Object unkey(Object k) {
        return k instanceof Key key ? key.value : k;
    }

    /** The value for k, or null when absent (the caller substitutes the zero value). */
    public Object get(Object k) {
        return map.get(key(k));
    }

    public boolean containsKey(Object k) {
        return map.containsKey(key(k));
    }

    public void put(Object k, Object v) {
        if (k instanceof Iface i && !i.type.comparable()) {
            throw Values.runtimePanic("hash of unhashable type " + i.type);
        }
        Object key = key(k);
        if (model != null) {
            if (map.containsKey(key)) model.assigned(hashOf(key));
            else model.inserted(hashOf(key), this::keyHashes);
        }
        map.put(key, v);
    }

    public void remove(Object k) {
        Object key = key(k);
        if (model != null) {
            if (!map.containsKey(key)) return;
            model.deleted(hashOf(key));
        }
        map.remove(key);
    }

    public void clear() {
        if (model != null) model.cleared();
        map.clear();
    }

    public int size() {
        return map.size();
    }

    /** A snapshot of the keys, starting at {@code start % size} (Go randomises where iteration starts). */
    public List<Object> keys(int start) {
        int n = map.size();
        List<Object> all = new ArrayList<>(n);
        for (Object k : map.keySet()) all.add(unkey(k));
        if (n == 0 || start % n == 0) return all;
        int s = Math.floorMod(start, n);
        List<Object> rotated = new ArrayList<>(n);
        rotated.addAll(all.subList(s, n));
        rotated.addAll(all.subList(0, s));
        return rotated;
    }

    public Iterable<Map.Entry<Object, Object>> rawEntries() {
        return map.entrySet();
    }

    /** A struct or array map key, compared by value. */
    private static final class Key {
        final Type type;
        final Object value;
        final int hash;

        Key(Type type, Object value) {
            this.type = type;
            this.value = value;
            this.hash = Values.hash(type, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Values.equal(type, value, k.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
