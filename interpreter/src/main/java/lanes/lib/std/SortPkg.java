package lanes.lib.std;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongPredicate;

import lanes.check.Universe;
import lanes.lib.Errors;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.lib.std.PdqSort.LessSwap;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Kind;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Package sort. Every sort runs Go's own algorithm ({@link PdqSort}, {@link StableSort}) on a
 * {@link LessSwap} view: of a sort.Interface value (through the interpreter's dispatch), of a
 * slice with a Go less function, or of a []int / []float64 / []string. The types are made per
 * interpreter, because Reverse's methods call through that interpreter's dispatch.
 */
public final class SortPkg {
    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final FuncType LESS_FN = new FuncType(List.of(I, I), List.of(B), false);
    private static final FuncType INT_PRED = new FuncType(List.of(I), List.of(B), false);

    private final Methods methods;
    private final Pkg pkg = new Pkg("sort");
    final Named iface = new Named("sort", "Interface", new InterfaceType(List.of(
            new InterfaceType.IMethod("Len", Sig.fn(Sig.of(), I)),
            new InterfaceType.IMethod("Less", Sig.fn(Sig.of(I, I), B)),
            new InterfaceType.IMethod("Swap", Sig.fn(Sig.of(I, I))))));
    private final Named reverse = NativeTypes.struct("sort", "reverse", "Interface", iface);
    private final PointerType reversePtr = new PointerType(reverse);

    private SortPkg(Methods methods) {
        this.methods = methods;
    }

    public static Pkg create(Methods methods) {
        return new SortPkg(methods).build();
    }

    private Pkg build() {
        Pkg p = pkg;
        p.type("Interface", iface);
        NativeTypes.method(reverse, "Len", Sig.fn(Sig.of(), I), true, a -> methods.call(inner(a[0]).type, inner(a[0]).value, "Len"));
        NativeTypes.method(reverse, "Less", Sig.fn(Sig.of(I, I), B), true,
                a -> methods.call(inner(a[0]).type, inner(a[0]).value, "Less", a[2], a[1]));
        NativeTypes.method(reverse, "Swap", Sig.fn(Sig.of(I, I)), true,
                a -> methods.call(inner(a[0]).type, inner(a[0]).value, "Swap", a[1], a[2]));
        sliceType("IntSlice", Basic.INT, "Ints");
        sliceType("Float64Slice", Basic.FLOAT64, "Float64s");
        sliceType("StringSlice", Basic.STRING, "Strings");
        fn("Sort", Sig.fn(Sig.of(iface)), a -> {
            LessSwap d = ofInterface(a[0]);
            PdqSort.sort(d, len(a[0]));
            return null;
        });
        fn("Stable", Sig.fn(Sig.of(iface)), a -> {
            LessSwap d = ofInterface(a[0]);
            StableSort.sort(d, len(a[0]));
            return null;
        });
        fn("IsSorted", Sig.fn(Sig.of(iface), B), a -> isSorted(ofInterface(a[0]), len(a[0])));
        fn("Reverse", Sig.fn(Sig.of(iface), iface), a -> new Iface(reversePtr, new StructV(new Object[] {a[0]})));
        fn("Slice", Sig.fn(Sig.of(Universe.ANY, LESS_FN)), a -> {
            PdqSort.sort(ofSlice(a[0], a[1], "Swapper"), sliceLen(a[0]));
            return null;
        });
        fn("SliceStable", Sig.fn(Sig.of(Universe.ANY, LESS_FN)), a -> {
            StableSort.sort(ofSlice(a[0], a[1], "Swapper"), sliceLen(a[0]));
            return null;
        });
        fn("SliceIsSorted", Sig.fn(Sig.of(Universe.ANY, LESS_FN), B),
                a -> isSorted(ofSlice(a[0], a[1], "reflect.Value.Len"), sliceLen(a[0])));
        fn("Search", Sig.fn(Sig.of(I, INT_PRED), I), a -> search((Long) a[0], pred(a[1])));
        fn("Find", Sig.fn(Sig.of(I, new FuncType(List.of(I), List.of(I), false)), I, B), a -> {
            long n = (Long) a[0];
            long i = 0;
            long j = n;
            while (i < j) {
                long h = (i + j) >>> 1;
                if ((Long) func(a[1]).call(new Object[] {h}) > 0) i = h + 1;
                else j = h;
            }
            return new Object[] {i, i < n && (Long) func(a[1]).call(new Object[] {i}) == 0};
        });
        return p;
    }

    /** A named slice type with Go's value-receiver methods, and the plain-slice functions for it. */
    private void sliceType(String name, Type elem, String plural) {
        SliceType st = new SliceType(elem);
        Named t = new Named("sort", name, st);
        NativeTypes.method(t, "Len", Sig.fn(Sig.of(), I), false, a -> (long) length(a[0]));
        NativeTypes.method(t, "Less", Sig.fn(Sig.of(I, I), B), false, a -> of(a[0]).less(index(a[0], a[1]), index(a[0], a[2])));
        NativeTypes.method(t, "Swap", Sig.fn(Sig.of(I, I)), false, a -> {
            of(a[0]).swap(index(a[0], a[1]), index(a[0], a[2]));
            return null;
        });
        NativeTypes.method(t, "Sort", Sig.fn(Sig.of()), false, a -> {
            PdqSort.sort(of(a[0]), length(a[0]));
            return null;
        });
        NativeTypes.method(t, "Search", Sig.fn(Sig.of(elem), I), false, a -> searchSorted(a[0], a[1]));
        pkg.type(name, t);
        fn(plural, Sig.fn(Sig.of(st)), a -> {
            PdqSort.sort(of(a[0]), length(a[0]));
            return null;
        });
        fn(plural + "AreSorted", Sig.fn(Sig.of(st), B), a -> isSorted(of(a[0]), length(a[0])));
        fn("Search" + plural, Sig.fn(Sig.of(st, elem), I), a -> searchSorted(a[0], a[1]));
    }

    private void fn(String name, FuncType sig, Function<Object[], Object> body) {
        pkg.fn(name, sig, new Native("sort." + name, body));
    }

    private static Iface inner(Object recv) {
        if (recv == null) throw nilDeref();
        Object in = ((StructV) recv).fields[0];
        if (in == null) throw nilDeref();
        return (Iface) in;
    }

    private static GoPanic nilDeref() {
        return Values.runtimePanic("invalid memory address or nil pointer dereference");
    }

    private int len(Object data) {
        Iface d = (Iface) data;
        return (int) (long) (Long) methods.call(d.type, d.value, "Len");
    }

    private LessSwap ofInterface(Object data) {
        if (data == null) throw nilDeref();
        Iface d = (Iface) data;
        return new LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return (Boolean) methods.call(d.type, d.value, "Less", (long) i, (long) j);
            }

            @Override
            public void swap(int i, int j) {
                methods.call(d.type, d.value, "Swap", (long) i, (long) j);
            }
        };
    }

    static boolean isSorted(LessSwap d, int n) {
        for (int i = n - 1; i > 0; i--) {
            if (d.less(i, i - 1)) return false;
        }
        return true;
    }

    /** Go's Search: the smallest i in [0, n) with f(i) true, or n; f is called exactly as Go calls it. */
    static long search(long n, LongPredicate f) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (!f.test(h)) i = h + 1;
            else j = h;
        }
        return i;
    }

    private static LongPredicate pred(Object f) {
        return i -> (Boolean) func(f).call(new Object[] {i});
    }

    private static FuncV func(Object f) {
        if (f == null) throw nilDeref();
        return (FuncV) f;
    }

    // ---- slices of int, float64 and string ----

    private static int length(Object slice) {
        return slice == null ? 0 : ((SliceV) slice).len;
    }

    /** An index argument, checked like Go's x[i]. */
    private static int index(Object slice, Object i) {
        long v = (Long) i;
        int n = length(slice);
        if (v < 0 || v >= n) throw lanes.values.RuntimeErrors.bounds("index out of range [" + v + "] with length " + n);
        return (int) v;
    }

    /** Go's Less and Swap for an IntSlice, Float64Slice or StringSlice. */
    static LessSwap of(Object slice) {
        if (slice == null) return SliceSwap.EMPTY;
        SliceV s = (SliceV) slice;
        int off = s.off;
        if (s.array instanceof long[] a) {
            return SliceSwap.of((i, j) -> a[off + i] < a[off + j], s);
        }
        if (s.array instanceof double[] a) {
            return SliceSwap.of((i, j) -> a[off + i] < a[off + j] || Double.isNaN(a[off + i]) && !Double.isNaN(a[off + j]), s);
        }
        Object[] a = (Object[]) s.array;
        return SliceSwap.of((i, j) -> ((String) a[off + i]).compareTo((String) a[off + j]) < 0, s);
    }

    /** SearchInts / SearchFloat64s / SearchStrings: the first index whose element is >= x. */
    private static long searchSorted(Object slice, Object x) {
        int n = length(slice);
        if (n == 0) return 0;
        SliceV s = (SliceV) slice;
        if (s.array instanceof long[] a) {
            long v = (Long) x;
            return search(n, i -> a[s.off + (int) i] >= v);
        }
        if (s.array instanceof double[] a) {
            double v = (Double) x;
            return search(n, i -> a[s.off + (int) i] >= v);
        }
        Object[] a = (Object[]) s.array;
        String v = (String) x;
        return search(n, i -> ((String) a[s.off + (int) i]).compareTo(v) >= 0);
    }

    // ---- sort.Slice ----

    private static int sliceLen(Object x) {
        SliceV s = (SliceV) ((Iface) x).value;
        return s == null ? 0 : s.len;
    }

    /** sort.Slice's view of x: less is the Go function, Swap exchanges elements of whatever array kind backs x. */
    private static LessSwap ofSlice(Object x, Object less, String method) {
        if (x == null) throw reflectPanic(method, "zero");
        Iface xi = (Iface) x;
        if (xi.type.underlying().kind() != Kind.SLICE) throw reflectPanic(method, kindName(xi.type.underlying().kind()));
        SliceV s = (SliceV) xi.value;
        if (s == null) return SliceSwap.EMPTY;
        // A nil less panics only when sorting calls it, as in Go.
        return SliceSwap.of((i, j) -> (Boolean) func(less).call(new Object[] {(long) i, (long) j}), s);
    }

    /** The panic of Go's reflectlite when sort.Slice gets something that is not a slice. */
    private static GoPanic reflectPanic(String method, String kind) {
        return new GoPanic(Errors.newError("reflect: call of " + method + " on " + kind + " Value"), false);
    }

    private static String kindName(Kind k) {
        return switch (k) {
            case POINTER -> "ptr";
            case UNSAFE_POINTER -> "unsafe.Pointer";
            default -> k.name().toLowerCase(Locale.ROOT);
        };
    }
}
