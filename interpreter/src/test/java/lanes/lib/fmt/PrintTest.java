package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.Type;
import lanes.values.Cell;
import lanes.values.ElemRef;
import lanes.values.FieldRef;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.StructV;

/**
 * Print/Println spacing and pointer-like values (reference section 7.4). Addresses are fake
 * but must look like Go's and be stable: the same object always prints the same address.
 */
class PrintTest {
    static final Named P = named("main", "P", structType(field("X", Basic.INT)));

    private final FakeMethods methods = new FakeMethods()
            .pointer(ValuesTest.ERROR_STRING, "Error", p -> ((StructV) p).fields[0]);
    private final GoFormat fmt = new GoFormat(methods);

    private String print(Iface... args) {
        return GoStrings.toJava(fmt.sprint(args));
    }

    private String ln(Iface... args) {
        return GoStrings.toJava(fmt.sprintln(args));
    }

    private String sf(String format, Iface... args) {
        return GoStrings.toJava(fmt.sprintf(GoStrings.fromJava(format), args));
    }

    @Test
    void printSpacesOnlyBetweenNonStrings() {
        Iface nl = S("\n");
        assertEquals("ab\n", print(S("a"), S("b"), nl));
        assertEquals("1 2\n", print(I(1), I(2), nl));
        assertEquals("1a2\n", print(I(1), S("a"), I(2), nl));
        assertEquals("a1 2b\n", print(S("a"), I(1), I(2), S("b"), nl));
        assertEquals("1.5 true\n", print(F(1.5), B(true), nl));
        assertEquals("true false\n", print(B(true), B(false), nl));
        assertEquals("e1 e2\n", print(ValuesTest.errorsNew("e1"), ValuesTest.errorsNew("e2"), nl));
        assertEquals("[1] [2]\n", print(sliceOf(Basic.INT, 1L), sliceOf(Basic.INT, 2L), nl));
        assertEquals("<nil> <nil>\n", print(null, null, nl));
        assertEquals("97 98\n", print(R('a'), R('b'), nl));
        assertEquals("{1} {2}\n", print(T(P, struct(1L)), T(P, struct(2L)), nl));
        assertEquals("x1 2.5 99ytrue", print(S("x"), I(1), F(2.5), R('c'), S("y"), B(true)));
        assertEquals("1 2 3", print(I(1), I(2), I(3)));
    }

    @Test
    void printlnAlwaysSpaces() {
        assertEquals("a b 1 2 true\n", ln(S("a"), S("b"), I(1), I(2), B(true)));
        assertEquals("\n", ln());
        assertEquals("x \n", ln(S("x"), S("")));
        assertEquals(" y\n", ln(S(""), S("y")));
        assertEquals("a 1\n", ln(S("a"), I(1)));
        assertEquals("-9223372036854775808 200", sf("%v %v", T(Basic.INT64, Long.MIN_VALUE), T(Basic.UINT8, 200L)));
        assertEquals("[] map[]", sf("%v %v", sliceOf(Basic.STRING), T(mapType(Basic.STRING, Basic.INT), map(Basic.STRING))));
        assertEquals("[   ab][true ][00042]", sf("[%5v][%-5v][%05v]", S("ab"), B(true), I(42)));
        assertEquals("[  3.14][1.5     ][[       1        2]]",
                sf("[%6.2f][%-8v][%8v]", F(3.14159), F(1.5), sliceOf(Basic.INT, 1L, 2L)));
    }

    private static void assertAddress(String s) {
        assertTrue(s.matches("0xc[0-9a-f]{9}"), s);
    }

    @Test
    void channels() {
        Type chanInt = new ChanType(ChanType.Dir.BOTH, Basic.INT);
        Iface ch = T(chanInt, new Object());
        String a = ln(ch).trim();
        assertAddress(a);
        assertEquals(a + "|" + a + "|chan int", sf("%v|%p|%T", ch, ch, ch));
        Iface nilch = T(chanInt, null);
        assertEquals("<nil>\n", ln(nilch));
        assertEquals("<nil>|0x0|(chan int)(nil)", sf("%v|%p|%#v", nilch, nilch, nilch));
        assertEquals("(chan int)(" + a + ")", sf("%#v", ch));
    }

    @Test
    void funcs() {
        Type fn = new FuncType(List.of(), List.of(), false);
        Iface hello = T(fn, VerbsTest.func("main.hello"));
        String a = sf("%v", hello);
        assertTrue(a.matches("0x[0-9a-f]{6}"), a);
        assertEquals(a + "|" + a + "|func()", sf("%v|%p|%T", hello, hello, hello));
        assertEquals(a, sf("%p", T(fn, VerbsTest.func("main.hello"))), "one function, one code address");
        assertNotEquals(a, sf("%p", T(fn, VerbsTest.func("main.other"))));
        assertEquals("<nil>|func()", sf("%v|%T", T(fn, null), T(fn, null)));
        assertEquals("(func())(nil)", sf("%#v", T(fn, null)));
    }

    @Test
    void pointers() {
        StructV pv = struct(1L);
        Iface p = T(ptr(P), pv);
        String a = sf("%p", p);
        assertAddress(a);
        assertEquals(a + "|&{1}|&{X:1}", sf("%p|%v|%+v", p, p, p));
        assertEquals(a, sf("%p", T(ptr(P), pv)), "stable");
        assertEquals("&{1} &{1}", sf("%d %x", p, p), "a pointer to a struct prints its fields with any verb");
        assertEquals(a.substring(2), sf("%#p", p));

        Cell x = new Cell(5L);
        Iface px = T(ptr(Basic.INT), x);
        String ax = ln(px).trim();
        assertAddress(ax);
        assertNotEquals(a, ax);
        assertEquals(ax + "|" + ax + "|(*int)(" + ax + ")", sf("%v|%p|%#v", px, px, px));
        assertEquals(Long.toString(Long.parseLong(ax.substring(2), 16)), sf("%d", px));
        assertEquals(ax.substring(2), sf("%x", px));

        Iface pp = T(ptr(ptr(P)), new Cell(pv));
        assertAddress(ln(pp).trim());
        assertEquals("0x0", sf("%p", T(ptr(P), null)));
        assertEquals("%!p(int=5)", sf("%p", I(5)));
    }

    @Test
    void refsToTheSameLocationShareAnAddress() {
        long[] backing = {1, 2, 3};
        String e1 = sf("%p", T(ptr(Basic.INT), new ElemRef(backing, 1, false)));
        assertEquals(e1, sf("%p", T(ptr(Basic.INT), new ElemRef(backing, 1, false))));
        assertNotEquals(e1, sf("%p", T(ptr(Basic.INT), new ElemRef(backing, 2, false))));
        StructV s = struct(1L, 2L);
        String f0 = sf("%p", T(ptr(Basic.INT), new FieldRef(s, 0)));
        assertEquals(f0, sf("%p", T(ptr(Basic.INT), new FieldRef(s, 0))));
    }

    @Test
    void slicesAndMapsByAddress() {
        SliceV s = slice(Basic.INT, 1L, 2L, 3L);
        Iface si = T(sliceType(Basic.INT), s);
        String a = sf("%p", si);
        assertAddress(a);
        long base = Long.parseLong(a.substring(2), 16);
        SliceV tail = new SliceV(s.array, 1, 2, 2);
        assertEquals("0x" + Long.toHexString(base + 8), sf("%p", T(sliceType(Basic.INT), tail)), "&s[1] is 8 bytes on");
        assertEquals("0x0", sf("%p", T(sliceType(Basic.INT), null)));
        Iface m = T(mapType(Basic.STRING, Basic.INT), map(Basic.STRING, "a", 1L));
        assertAddress(sf("%p", m));
        assertEquals("&[1 2 3] &map[a:1]", sf("%v %v", T(ptr(sliceType(Basic.INT)), new Cell(s)),
                T(ptr(mapType(Basic.STRING, Basic.INT)), new Cell(m.value))));
        assertEquals("&[1 2 3]", sf("%v", T(ptr(new lanes.types.ArrayType(Basic.INT, 3)), new long[] {1, 2, 3})));
    }

    @Test
    void addressesAreDeterministicAcrossInstances() {
        GoFormat other = new GoFormat(methods);
        StructV a = struct(1L);
        StructV b = struct(2L);
        String first = fmt.sprintf("%p %p", new Object[] {T(ptr(P), a), T(ptr(P), b)});
        String second = other.sprintf("%p %p", new Object[] {T(ptr(P), struct(1L)), T(ptr(P), struct(2L))});
        assertEquals(first, second);
    }
}
