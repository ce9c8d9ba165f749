package lanes.lib.std;

import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.func;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.types.SliceType;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.StructV;

/** Package sort: Go's pdqsort and stable sort, element order included. */
class SortPkgTest {
    private final Pkg p = SortPkg.create(Std.METHODS);
    /** []P where P is struct { name string; age int }. */
    private static final SliceType PEOPLE = new SliceType(lanes.lib.NativeTypes.struct("main", "P", "name", Basic.STRING, "age", Basic.INT));

    /** A slice of {name, age} structs as Go's []P, sorted by age with sort.Slice or SliceStable; returns the names. */
    private List<String> sortPeople(String fn, String[] names, long[] ages) {
        Object[] a = new Object[names.length];
        for (int i = 0; i < a.length; i++) a[i] = new StructV(new Object[] {names[i], ages[i]});
        SliceV s = new SliceV(a, 0, a.length, a.length);
        Object less = func(x -> (Long) ((StructV) a[(int) (long) (Long) x[0]]).fields[1]
                < (Long) ((StructV) a[(int) (long) (Long) x[1]]).fields[1]);
        call(p, fn, new Iface(PEOPLE, s), less);
        List<String> out = new ArrayList<>();
        for (Object o : a) out.add((String) ((StructV) o).fields[0]);
        return out;
    }

    @Test
    void smallSliceSortsLikeGoInsertionSort() {
        List<String> r = sortPeople("Slice", new String[] {"a", "b", "c", "d", "e", "f", "g"}, new long[] {3, 1, 3, 2, 1, 3, 2});
        assertEquals(List.of("b", "e", "d", "g", "a", "c", "f"), r);
    }

    private static String[] names(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) s[i] = String.valueOf(i);
        return s;
    }

    private static long[] ages(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = (i * 7) % 5;
        return a;
    }

    @Test
    void largerSliceLeavesEqualElementsWhereGoDoes() {
        List<String> r = sortPeople("Slice", names(40), ages(40));
        assertEquals(Arrays.asList("20 10 35 30 25 5 0 15 28 3 8 38 33 13 23 18 26 11 6 36 16 21 31 1 19 34 24 39 14 29 9 4 22 12 17 2 32 37 7 27".split(" ")), r);
    }

    private static String sortIndexes(Pkg p, int n, java.util.function.BiFunction<long[], long[], Boolean> lessOf) {
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Object less = func(a -> lessOf.apply(idx, new long[] {(Long) a[0], (Long) a[1]}));
        call(p, "Slice", new Iface(new SliceType(Basic.INT), new SliceV(idx, 0, n, n)), less);
        return Arrays.toString(idx).replace(",", "");
    }

    @Test
    void longSlicesTakeGoPivotsAndPatternBreaking() {
        long[] key = new long[120];
        for (int i = 0; i < key.length; i++) key[i] = (i * 37L + (long) i * i) % 11;
        assertEquals("[22 99 51 84 40 55 110 7 106 62 88 11 44 33 95 66 29 73 18 0 77 117 115 13 24 79 101 27 90 16 71 68 93 82 104 "
                + "35 60 57 38 5 112 2 49 46 89 67 1 116 111 6 50 105 100 12 94 39 56 17 83 23 78 61 34 28 45 72 64 20 31 119 97 53 9 "
                + "86 108 75 42 87 74 43 19 98 107 8 21 85 63 109 76 32 41 65 10 52 54 30 96 118 80 14 15 92 102 103 91 37 58 59 81 25 "
                + "36 48 4 113 114 3 47 26 70 69]",
                sortIndexes(p, 120, (idx, ab) -> key[(int) idx[(int) ab[0]]] < key[(int) idx[(int) ab[1]]]));
        assertEquals("[119 118 117 116 115 114 113 112 111 110 109 108 107 106 105 104 103 102 101 100 99 98 97 96 95 94 93 92 91 90 "
                + "89 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 71 70 69 68 67 66 63 65 64 61 60 62 59 58 57 56 55 54 51 53 "
                + "52 48 49 50 45 47 46 42 44 43 41 40 39 38 37 36 33 35 34 32 31 30 27 29 28 26 25 24 23 22 21 18 20 19 16 17 15 12 "
                + "14 13 9 11 10 8 7 6 5 4 3 0 2 1]",
                sortIndexes(p, 120, (idx, ab) -> idx[(int) ab[0]] / 3 > idx[(int) ab[1]] / 3));
    }

    @Test
    void sliceStableKeepsOrder() {
        List<String> r = sortPeople("SliceStable", names(40), ages(40));
        assertEquals(Arrays.asList("0 5 10 15 20 25 30 35 3 8 13 18 23 28 33 38 1 6 11 16 21 26 31 36 4 9 14 19 24 29 34 39 2 7 12 17 22 27 32 37".split(" ")), r);
    }

    @Test
    void sortsOfBasicSlices() {
        SliceV is = Std.ints(5, 2, 8, 1, 9, 3);
        call(p, "Ints", is);
        assertArrayEquals(new long[] {1, 2, 3, 5, 8, 9}, (long[]) is.array);
        assertEquals(3L, call(p, "SearchInts", is, 4L));
        assertEquals(true, call(p, "IntsAreSorted", is));
        SliceV ss = Std.strings("pear", "apple", "fig");
        call(p, "Strings", ss);
        assertEquals(List.of("apple", "fig", "pear"), Std.list(ss));
        SliceV fs = Std.floats(3, Double.NaN, -1, Double.POSITIVE_INFINITY, 0);
        call(p, "Float64s", fs);
        assertEquals("[NaN, -1.0, 0.0, 3.0, Infinity]", Arrays.toString((double[]) fs.array));
        SliceV window = new SliceV(new long[] {9, 3, 2, 1, 0}, 1, 3, 4);
        call(p, "Ints", window);
        assertArrayEquals(new long[] {9, 1, 2, 3, 0}, (long[]) window.array, "only the slice's window is sorted");
    }

    @Test
    void sortReverseOfIntSlice() {
        Named intSlice = (Named) ((Pkg.TypeM) p.members.get("IntSlice")).type();
        SliceV is = Std.ints(1, 4, 2, 8, 5);
        Object rev = call(p, "Reverse", new Iface(intSlice, is));
        call(p, "Sort", rev);
        assertArrayEquals(new long[] {8, 5, 4, 2, 1}, (long[]) is.array);
        assertEquals("*sort.reverse", ((Iface) rev).type.toString());
    }

    @Test
    void sortAndStableThroughAUserInterface() {
        Named byLen = new Named("main", "byLen", new SliceType(Basic.STRING));
        List<String> calls = new ArrayList<>();
        lanes.lib.NativeTypes.method(byLen, "Len", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) ((SliceV) a[0]).len);
        lanes.lib.NativeTypes.method(byLen, "Less", Sig.fn(Sig.of(Basic.INT, Basic.INT), Basic.BOOL), false, a -> {
            Object[] arr = (Object[]) ((SliceV) a[0]).array;
            calls.add("less");
            return ((String) arr[(int) (long) (Long) a[1]]).length() < ((String) arr[(int) (long) (Long) a[2]]).length();
        });
        lanes.lib.NativeTypes.method(byLen, "Swap", Sig.fn(Sig.of(Basic.INT, Basic.INT)), false, a -> {
            Object[] arr = (Object[]) ((SliceV) a[0]).array;
            int i = (int) (long) (Long) a[1];
            int j = (int) (long) (Long) a[2];
            Object t = arr[i];
            arr[i] = arr[j];
            arr[j] = t;
            return null;
        });
        SliceV s = Std.strings("peach", "banana", "kiwi", "fig", "plum");
        call(p, "Stable", new Iface(byLen, s));
        assertEquals(List.of("fig", "kiwi", "plum", "peach", "banana"), Std.list(s));
        assertEquals(true, call(p, "IsSorted", new Iface(byLen, s)));
        assertEquals(false, calls.isEmpty());
    }

    @Test
    void searchAndFind() {
        assertEquals(8L, call(p, "Search", 100L, func(a -> (Long) a[0] * (Long) a[0] >= 50)));
        Object r = call(p, "Find", 10L, func(a -> (long) Long.compare(7, (Long) a[0])));
        assertEquals(7L, res(r, 0));
        assertEquals(true, res(r, 1));
    }

    @Test
    void sliceOfNonSlicePanicsLikeReflect() {
        Object less = func(a -> false);
        GoPanic e = assertThrows(GoPanic.class, () -> call(p, "Slice", new Iface(Basic.INT, 3L), less));
        assertEquals("reflect: call of Swapper on int Value", Std.errText(e.value));
        e = assertThrows(GoPanic.class, () -> call(p, "Slice", null, less));
        assertEquals("reflect: call of Swapper on zero Value", Std.errText(e.value));
    }
}
