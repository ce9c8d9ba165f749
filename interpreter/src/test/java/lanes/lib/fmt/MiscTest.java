package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.values.GoStrings;
import lanes.values.Iface;

/**
 * Widths in runes, float formatting and rounding, []rune, empty structs, %#v of scalars and
 * interface-keyed maps: reference section 7.6, expected output from Go 1.19.
 */
class MiscTest {
    private final GoFormat fmt = new GoFormat(new FakeMethods());

    private String sf(String format, Iface... args) {
        return GoStrings.toJava(fmt.sprintf(GoStrings.fromJava(format), args));
    }

    private String ln(Iface... args) {
        return GoStrings.toJava(fmt.sprintln(args));
    }

    private static Iface runes(String s) {
        return sliceOf(Basic.INT32, s.codePoints().mapToObj(c -> (Object) (long) c).toArray());
    }

    @Test
    void widthsCountRunes() {
        assertEquals("[    é][世界   ][abcdefg]", sf("[%5s][%-5s][%5s]", S("é"), S("世界"), S("abcdefg")));
    }

    @Test
    void shortestFloats() {
        assertEquals("0.10000000149011612 0.3 0.3 0.3333333333333333\n",
                ln(F((double) 0.1f), F32(0.3f), F(0.3), F(1 / 3.0)));
        assertEquals("9223372036854775807 -9223372036854775808 1.7976931348623157e+308 5e-324\n",
                ln(I(Long.MAX_VALUE), I(Long.MIN_VALUE), F(Double.MAX_VALUE), F(Double.MIN_VALUE)));
        assertEquals("3.4028235e+38 1e+100 5e-324\n", ln(F32(Float.MAX_VALUE), F(1e100), F(5e-324)));
        assertEquals("1e+08 1.23456789e+07 1.2345e-05 1.234567e+06\n",
                ln(F(100000000.0), F(12345678.9), F(0.000012345), F(1234567.0)));
        assertEquals("123456.7 999999.9 999999.99999999 1e+06 0.00012345 1.2345e-05 1.5e+300 "
                + "1.2345678901234567e+19 1e+21 5e-324 123456.7 1.234567e+06 1e-05\n",
                ln(F(123456.7), F(999999.9), F(999999.99999999), F(1000000), F(0.00012345), F(0.000012345),
                        F(1.5e300), F(12345678901234567890.0), F(1e21), F(5e-324),
                        F32(123456.7f), F32(1234567f), F32(1e-5f)));
    }

    @Test
    void floatVerbs() {
        assertEquals("1234.5678 1.23e+03      3.142|", sf("%v %.3v %10.4v|", F(1234.5678), F(1234.5678), F(3.14159265)));
        assertEquals(" -3.14|2.0   |-01.50|+002.2", sf("%6.2f|%-6.1f|%06.2f|%+06.1f", F(-3.14159), F(2.0), F(-1.5), F(2.25)));
        assertEquals("0.000000e+00 0 1E-07", sf("%e %g %G", F(0.0), F(0.0), F(1e-7)));
        assertEquals("0.1 0.1 0.2 0.3 2.67 1.00",
                sf("%.1f %.1f %.1f %.1f %.2f %.2f", F(0.05), F(0.15), F(0.25), F(0.35), F(2.675), F(1.005)));
        assertEquals("0 2 2 -2", sf("%.0f %.0f %.0f %.0f", F(0.5), F(1.5), F(2.5), F(-2.5)));
        assertEquals("1 1e+21 2 1e-07", sf("%#v %#v %#v %#v", F(1.0), F(1e21), F32(2), F(1e-7)));
    }

    @Test
    void integersAndBytes() {
        assertEquals("[1 2] [-1 1]", sf("%d %v", byteSlice(1, 2), T(new ArrayType(Basic.INT8, 2), array(Basic.INT8, -1L, 1L))));
        assertEquals(" -5|-5 |-05", sf("%3d|%-3d|%03d", I(-5), I(-5), I(-5)));
        assertEquals("48656c6c6f ABCD 0x6869", sf("%x %X %#x", S("Hello"), byteSlice(0xab, 0xcd), S("hi")));
        assertEquals("100 0100 0o100", sf("%o %#o %O", I(64), I(64), I(64)));
        assertEquals("120 \"s\" true", sf("%#v %#v %#v", R('x'), S("s"), B(true)));
        assertEquals("true", sf("%t", B(true)));
    }

    @Test
    void runeSlices() {
        assertEquals("[104 233]|hé|['h' 'é']", sf("%v|%s|%q", runes("hé"), S("hé"), runes("hé")));
        assertEquals("[a b]|[U+0061 U+0062]", sf("%c|%U", runes("ab"), runes("ab")));
        Iface r = runes("hé");
        assertEquals("[104 233]|[%!s(int32=104) %!s(int32=233)]|['h' 'é']|[h é]|[68 e9]",
                sf("%v|%s|%q|%c|%x", r, r, r, r, r));
        assertEquals("hé [104 233]\n", ln(S("hé"), r));
    }

    @Test
    void structsAndNilPointers() {
        Named pair = named("main", "pair", structType(field("K", Basic.STRING), field("V", ptr(Basic.INT))));
        assertEquals("{k <nil>}", sf("%v", T(pair, struct("k", null))));
        assertEquals("[{K:a V:<nil>}]", sf("%+v", sliceOf(pair, struct("a", null))));
        assertEquals("{} [{} {}]", sf("%v %v", T(structType(), struct()), sliceOf(structType(), struct(), struct())));
    }

    @Test
    void mapsWithInterfaces() {
        Iface m = T(mapType(Basic.STRING, ANY), map(Basic.STRING, "a", I(1), "b", S("x"), "c", null));
        assertEquals("map[string]interface {}{\"a\":1, \"b\":\"x\", \"c\":interface {}(nil)}", sf("%#v", m));
        Iface mixed = T(mapType(ANY, Basic.INT), map(ANY, S("b"), 1L, I(2), 2L, S("a"), 3L, I(1), 4L, F(2.5), 5L, B(true), 6L));
        assertEquals("map[true:6 2.5:5 1:4 2:2 a:3 b:1]", sf("%v", mixed));
    }
}
