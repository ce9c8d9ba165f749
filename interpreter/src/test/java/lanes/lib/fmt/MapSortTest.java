package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.Iface;

/** Map keys print in Go's fmtsort order whatever the insertion order; expected output from Go 1.19. */
class MapSortTest {
    static final Named K = named("main", "K", structType(field("A", Basic.INT), field("B", Basic.STRING)));

    private final GoFormat fmt = new GoFormat(new FakeMethods());

    private String ln(Iface v) {
        return GoStrings.toJava(fmt.sprintln(new Object[] {v}));
    }

    private String sf(String format, Iface... args) {
        return GoStrings.toJava(fmt.sprintf(GoStrings.fromJava(format), args));
    }

    private static Iface m(Type k, Type v, Object... kvs) {
        return T(mapType(k, v), map(k, kvs));
    }

    @Test
    void integers() {
        assertEquals("map[-100:4 -5:1 0:3 3:2 1099511627776:5]\n",
                ln(m(Basic.INT, Basic.INT, -5L, 1L, 3L, 2L, 0L, 3L, -100L, 4L, 1L << 40, 5L)));
        assertEquals("map[0:2 5:4 9223372036854775808:3 18446744073709551615:1]\n",
                ln(m(Basic.UINT64, Basic.INT, -1L, 1L, 0L, 2L, Long.MIN_VALUE, 3L, 5L, 4L)));
        assertEquals("map[-1:1 1:2]\n", ln(m(Basic.INT8, Basic.INT, -1L, 1L, 1L, 2L)));
    }

    @Test
    void stringsBytewise() {
        assertEquals("map[:4 Z:3 a:5 ab:6 z:2 é:1]\n", ln(m(Basic.STRING, Basic.INT,
                GoStrings.fromJava("é"), 1L, "z", 2L, "Z", 3L, "", 4L, "a", 5L, "ab", 6L)));
    }

    @Test
    void floatsWithNaNFirst() {
        assertEquals("map[NaN:nan -Inf:-inf -2.5:neg 0:zero +Inf:inf]\n", ln(m(Basic.FLOAT64, Basic.STRING,
                Double.NaN, "nan", Double.NEGATIVE_INFINITY, "-inf", Double.POSITIVE_INFINITY, "inf", 0.0, "zero", -2.5, "neg")));
    }

    @Test
    void structsAndArraysFieldWise() {
        assertEquals("map[{1 a}:3 {1 b}:2 {2 a}:1]\n",
                ln(m(K, Basic.INT, struct(2L, "a"), 1L, struct(1L, "b"), 2L, struct(1L, "a"), 3L)));
        ArrayType a2 = new ArrayType(Basic.INT, 2);
        assertEquals("map[[1 1]:z [1 2]:y [2 1]:x]\n", ln(m(a2, Basic.STRING,
                array(Basic.INT, 2L, 1L), "x", array(Basic.INT, 1L, 2L), "y", array(Basic.INT, 1L, 1L), "z")));
        Iface kk = m(K, K, struct(1L, "x"), struct(2L, "y"));
        assertEquals("map[{A:1 B:x}:{A:2 B:y}] map[main.K]main.K{main.K{A:1, B:\"x\"}:main.K{A:2, B:\"y\"}}",
                sf("%+v %#v", kk, kk));
    }

    @Test
    void boolsAndInterfaces() {
        assertEquals("map[false:f true:t]\n", ln(m(Basic.BOOL, Basic.STRING, true, "t", false, "f")));
        assertEquals("map[<nil>:1 x:2]\n", ln(m(ANY, Basic.INT, S("x"), 2L, null, 1L)));
        assertEquals("map[1:2 2:3 3:1]\n", ln(m(ANY, Basic.INT, I(3), 1L, I(1), 2L, I(2), 3L)));
    }

    @Test
    void verbsApplyToKeysAndValues() {
        Iface a = m(Basic.STRING, Basic.INT, "b", 1L, "a", 2L);
        Iface b = m(Basic.STRING, Basic.INT, "b", 10L, "a", 11L);
        assertEquals("map[a:2 b:1] map[%!d(string=a):11 %!d(string=b):10] map[61:b 62:a]", sf("%v %d %x", a, b, b));
        assertEquals("map[    a:    1]|", sf("%5v|", m(Basic.STRING, Basic.INT, "a", 1L)));
    }

    @Test
    void manyKeysUseStableMergeSort() {
        Object[] kvs = new Object[200];
        for (int i = 0; i < 100; i++) {
            kvs[2 * i] = (long) ((i * 37) % 100);
            kvs[2 * i + 1] = (long) i;
        }
        String s = ln(m(Basic.INT, Basic.INT, kvs));
        StringBuilder want = new StringBuilder("map[");
        for (int k = 0; k < 100; k++) {
            int i = 0;
            while ((i * 37) % 100 != k) i++;
            want.append(k == 0 ? "" : " ").append(k).append(':').append(i);
        }
        assertEquals(want + "]\n", s);
    }
}
