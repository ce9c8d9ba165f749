package lanes.mem;

import java.util.ArrayList;
import java.util.List;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Go's {@code runtime.MemStats}: every field of Go 1.19's struct, in Go's order, so programs that
 * print any of them compile. The heap figures come from {@link Heap}; the fields the model has no
 * view of (GC pauses and times, span and cache metadata, lookups, per-size-class counts) are left zero.
 */
public final class MemStatsType {
    private MemStatsType() {}

    private static final String[] U64 = {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees",
        "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects",
        "StackInuse", "StackSys", "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys",
        "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs"};

    public static Named create() {
        List<StructType.Field> fs = new ArrayList<>();
        for (String n : U64) fs.add(field(n, Basic.UINT64));
        fs.add(field("PauseNs", new ArrayType(Basic.UINT64, 256)));
        fs.add(field("PauseEnd", new ArrayType(Basic.UINT64, 256)));
        fs.add(field("NumGC", Basic.UINT32));
        fs.add(field("NumForcedGC", Basic.UINT32));
        fs.add(field("GCCPUFraction", Basic.FLOAT64));
        fs.add(field("EnableGC", Basic.BOOL));
        fs.add(field("DebugGC", Basic.BOOL));
        StructType bySize = new StructType(List.of(field("Size", Basic.UINT32), field("Mallocs", Basic.UINT64),
                field("Frees", Basic.UINT64)));
        fs.add(field("BySize", new ArrayType(bySize, 61)));
        return new Named("runtime", "MemStats", new StructType(fs));
    }

    private static StructType.Field field(String n, Type t) {
        return new StructType.Field(n, t, false, null);
    }

    /** Fills {@code ms} (a *MemStats) from the model, as runtime.ReadMemStats does. */
    public static void fill(Named type, StructV ms, Heap.Stats s) {
        if (ms == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        Object[] f = ms.fields;
        Object zero = Values.zero(type);
        System.arraycopy(((StructV) zero).fields, 0, f, 0, f.length);
        set(f, "Alloc", s.alloc());
        set(f, "TotalAlloc", s.totalAlloc());
        set(f, "Sys", s.sys());
        set(f, "Mallocs", s.mallocs());
        set(f, "Frees", s.frees());
        set(f, "HeapAlloc", s.heapAlloc());
        set(f, "HeapSys", s.heapSys());
        set(f, "HeapIdle", s.heapIdle());
        set(f, "HeapInuse", s.heapInuse());
        set(f, "HeapReleased", s.heapIdle());
        set(f, "HeapObjects", s.heapObjects());
        set(f, "StackInuse", s.stackInuse());
        set(f, "StackSys", s.stackInuse());
        set(f, "OtherSys", s.sys() - s.heapSys() - s.stackInuse());
        set(f, "NextGC", s.nextGC());
        f[index("NumGC")] = s.numGC();
        f[index("NumForcedGC")] = s.numForcedGC();
        f[index("EnableGC")] = Boolean.TRUE;
        // BySize lists Go's first 61 size classes (per-class counts are not modelled: zero)
        Object[] bySize = (Object[]) f[U64.length + 7];
        long size = 0;
        for (int i = 0; i < bySize.length; i++) {
            ((StructV) bySize[i]).fields[0] = size;
            size = lanes.types.Layout.roundupsize(size + 1);
        }
    }

    private static void set(Object[] f, String name, long v) {
        f[index(name)] = v;
    }

    private static int index(String name) {
        for (int i = 0; i < U64.length; i++) {
            if (U64[i].equals(name)) return i;
        }
        return switch (name) {
            case "NumGC" -> U64.length + 2;
            case "NumForcedGC" -> U64.length + 3;
            case "EnableGC" -> U64.length + 5;
            default -> throw new IllegalStateException(name);
        };
    }
}
