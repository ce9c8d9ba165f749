package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.values.Cell;
import lanes.values.GoStrings;
import lanes.values.Iface;

/**
 * Corners of the format language and of the verbs: huge precisions, argument indexes, '*'
 * widths, missing verbs, flags on strings, runes and floats, renamed types and %#v of
 * collections. Expected strings come from the same calls under Go 1.19.
 */
class EdgeCasesTest {
    static final Named RENAMED_INT = named("main", "renamedInt", Basic.INT);
    static final Named RENAMED_UINT8 = named("main", "renamedUint8", Basic.UINT8);
    static final Named RENAMED_STRING = named("main", "renamedString", Basic.STRING);
    static final Named RENAMED_BOOL = named("main", "renamedBool", Basic.BOOL);
    static final Named RENAMED_FLOAT32 = named("main", "renamedFloat32", Basic.FLOAT32);
    static final Named RENAMED_BYTES = named("main", "renamedBytes", sliceType(Basic.UINT8));
    static final Named A = named("main", "A", structType(field("i", Basic.INT), field("j", Basic.UINT),
            field("s", Basic.STRING), field("x", sliceType(Basic.INT))));
    static final Named SI = named("main", "SI", structType(field("I", ANY)));

    private final GoFormat fmt = new GoFormat(new FakeMethods());

    private static String bs(String javaText) {
        return GoStrings.fromJava(javaText);
    }

    /** Sprintf with a Java-text format; the result is returned as a byte string. */
    private String sf(String format, Iface... args) {
        return fmt.sprintf(GoStrings.fromJava(format), args);
    }

    @Test
    void hugePrecisions() {
        assertEquals("     +1.00|00000000000000000000000000000000000000000000000000000000000000000001|"
                + "-0000000000000000000000000000000000000000000000000000000000000000001|"
                + "0x0000000000000000000000000000000000000000000000000000000000000000002a|"
                + "-00000000000000000000000000000000000000000000000000000000000000000042|"
                + "1.00000000000000000000000000000000000000000000000000000000000000000000",
                sf("%+10.2f|%068d|%068d|%#.68x|%.68d|%.68f", F(1.0), I(1), I(-1), I(42), I(-42), F(1.0)));
        assertEquals(bs("-1000000000000000000000000000000000000000000000000000000000000000|"
                + "U+0000000000000000000000000000000000000000000000000000000000000000002A|"
                + "U+000000000000000000000000000000000000000000000000000000000000000065E5 '日'"),
                sf("%b|%.68U|%#.68U", T(Basic.INT64, Long.MIN_VALUE), T(Basic.UINT, 42L), R('日')));
    }

    @Test
    void arraysSlicesAndGoSyntax() {
        Iface iarray = arrayOf(ANY, I(1), S("hello"), F(2.5), null);
        long[] array = {1, 2, 3, 4, 5};
        Iface parray = T(ptr(new ArrayType(Basic.INT, 5)), array);
        Iface pslice = T(ptr(sliceType(Basic.INT)), new Cell(new lanes.values.SliceV(array, 0, 5, 5)));
        Iface pIarray = T(ptr(iarray.type), iarray.value);
        assertEquals("[1 hello 2.5 <nil>]|&[1 hello 2.5 <nil>]|[4]interface {}{1, \"hello\", 2.5, interface {}(nil)}"
                + "|&[5]int{1, 2, 3, 4, 5}|&[1 2 3 4 5]|main.A{i:1, j:0x2, s:\"a\", x:[]int{1, 2}}",
                sf("%v|%v|%#v|%#v|%v|%#v", iarray, pIarray, iarray, parray, pslice,
                        T(A, struct(1L, 2L, "a", slice(Basic.INT, 1L, 2L)))));
        Iface ints = sliceOf(Basic.INT, longs(1, 2, 15));
        assertEquals("[0x1 0x2 0xf]|[1 2 f]|[1 2 15]|[]int32(nil)",
                sf("%#x|%x|%d|%#v", ints, ints, ints, T(sliceType(Basic.INT32), null)));
        assertEquals("[]byte(nil)|[]byte{}|&[]uint8{}|[3]uint8{0x0, 0x0, 0x0}|map[int]uint8(nil)|map[int]uint8{}",
                sf("%#v|%#v|%#v|%#v|%#v|%#v", T(sliceType(Basic.UINT8), null), byteSlice(),
                        T(ptr(sliceType(Basic.UINT8)), new Cell(slice(Basic.UINT8))), byteArray(0, 0, 0),
                        T(mapType(Basic.INT, Basic.UINT8), null), T(mapType(Basic.INT, Basic.UINT8), map(Basic.INT))));
        assertEquals("[]main.renamedUint8{0x1, 0x2}|main.SI{I:interface {}(nil)}",
                sf("%#v|%#v", T(sliceType(RENAMED_UINT8), slice(RENAMED_UINT8, 1L, 2L)), T(SI, struct((Object) null))));
        assertEquals("{1 x} [<nil>]", sf("%v %v", T(structType(field("a", ANY), field("b", ANY)), struct(I(1), S("x"))),
                sliceOf(ptr(Basic.INT), (Object) null)));
        assertEquals("[a %!s(int=1) <nil>]|[[a] []]", sf("%s|%v", sliceOf(ANY, S("a"), I(1), null),
                sliceOf(sliceType(Basic.STRING), slice(Basic.STRING, "a"), null)));
    }

    @Test
    void renamedBasicTypes() {
        Iface rb = T(RENAMED_BYTES, slice(Basic.UINT8, 1L, 2L, 15L));
        Iface hello = T(RENAMED_BYTES, slice(Basic.UINT8, longs('h', 'e', 'l', 'l', 'o')));
        Iface hi = T(sliceType(RENAMED_UINT8), slice(RENAMED_UINT8, (long) 'h', (long) 'i'));
        assertEquals("true|%!d(main.renamedBool=true)|10|7468696e67|[1 2 15]|\"hello\"|6869|hi|22",
                sf("%v|%d|%o|%x|%d|%q|%x|%s|%v", T(RENAMED_BOOL, true), T(RENAMED_BOOL, true), T(RENAMED_INT, 8L),
                        T(RENAMED_STRING, "thing"), rb, hello, hi, hi, T(RENAMED_FLOAT32, 22.0)));
        assertEquals("map[%!d(string=t):%!d(bool=true)]|map[%!s(main.renamedInt=1):a %!s(main.renamedInt=2):b]",
                sf("%d|%s", T(mapType(Basic.STRING, Basic.BOOL), map(Basic.STRING, "t", true)),
                        T(mapType(RENAMED_INT, Basic.STRING), map(RENAMED_INT, 2L, "b", 1L, "a"))));
    }

    @Test
    void typesAndNilPointersWithWidths() {
        assertEquals("  *int|int   |st", sf("%6T|%-6T|%.2T", T(ptr(Basic.INT), new Cell(0L)), I(1), S("s")));
        Iface nilp = T(ptr(Basic.INT), null);
        assertEquals("    0x00|0|   <nil>|0", sf("%8.2p|%#p|%8.2v|%d", nilp, nilp, nilp, nilp));
    }

    @Test
    void zeroPaddingOfInterfaceElements() {
        assertEquals("[000010 000010]|[-00010 000010]|[000001 002 00x]|[    002 000]",
                sf("%06v|%06v|%03.6v|%03.0v", sliceOf(ANY, F(10.0), I(10)), sliceOf(ANY, F(-10.0), I(10)),
                        sliceOf(ANY, I(1), F(2.0), S("x")), sliceOf(ANY, I(0), F(2.0), S("x"))));
    }

    @Test
    void starWidthsAndPrecisions() {
        assertEquals("1    |2  |%!(BADWIDTH)3|04|%!(BADPREC)5|%!(BADWIDTH)6",
                sf("%*d|%-*d|%*d|%.*d|%.*d|%*d", I(-5), I(1), I(3), I(2), S("x"), I(3), I(2), I(4), I(-1), I(5),
                        I(2000000), I(6)));
    }

    @Test
    void argumentIndexes() {
        assertEquals("   12|           5|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!(NOVERB)",
                sf("%[2]*[1]d|%[1]*d|%[5]d|%[0]d|%[x]d|%[1]", I(12), I(5), I(6)));
        assertEquals("8|%!d(BADINDEX)|%!d(BADINDEX)|7 8 9", sf("%.[2]d|%[2].2d|%[3]2d|%[1]d %d %d", I(7), I(8), I(9)));
        assertEquals("1 2 1 2", sf("%d %d %[1]d %d", I(1), I(2)));
    }

    @Test
    void unfinishedVerbs() {
        assertEquals("%!(NOVERB)%!(EXTRA int=1)", sf("%-", I(1)));
        assertEquals("%!(NOVERB)%!(EXTRA int=1)", sf("%5", I(1)));
        assertEquals("%!.(int=1)", sf("%.", I(1)));
        assertEquals(bs("%!☠(int=1)|%!☠(string=s)"), sf("%☠|%☠", I(1), S("s")));
        assertEquals("%!(EXTRA <nil>, int=2)", sf("", null, I(2)));
    }

    @Test
    void flagsOnStringsAndRunes() {
        assertEquals("000ab|3    |00\"q\"|  \"a\"||     |",
                sf("%05s|%-05d|%05q|%5.1q|%.0d|%5.0d|%.0x", S("ab"), I(3), S("q"), S("abc"), I(0), I(0), I(0)));
        assertEquals(bs("U+FFFFFFFFFFFFFFFF|U+000A|U+263A '☺'|U+110000|\uFFFD|\uFFFD|'\uFFFD'|'\\u263a'|'☺'|'\\x00'"),
                sf("%U|%#U|%#U|%U|%c|%c|%q|%+q|%#q|%#+q", I(-1), R('\n'), R('☺'), I(0x110000), I(0x110000), I(-1),
                        I(0xD800), R('☺'), R('☺'), R(0)));
        assertEquals("false| true|false |%!q(bool=true)", sf("%t|%5t|%-6t|%q", B(false), B(true), B(false), B(true)));
        assertEquals(bs("   hé|世|\"hél\""), sf("%5.2s|%.1s|%-4.3q", S("héllo"), S("世界"), S("héllo")));
    }

    @Test
    void flagsOnFloats() {
        assertEquals("1.000000e+00|+2.500e+00| 3.000|1.00000|1.00e+05|0x1.0000p+00|4503599627370496p-49|0x1.800p+01"
                + "|2.|2.e+00|0.00000", sf("%e|%+.3e|% .3f|%#g|%#.3g|%#x|%#b|%10.3x|%#.0f|%#.0e|%#g", F(1.0), F(2.5),
                        F(3.0), F(1.0), F(100000.0), F(1.0), F(8.0), F(3.0), F(2.0), F(2.0), F(0.0)));
        assertEquals("1e-07|3.4e+38|1e-320|1E+200|1.23E+05|-1.230E-04",
                sf("%v|%v|%g|%G|%.3G|%8.3E", F32(1e-7f), F32(3.4e38f), F(1e-320), F(1e200), F(123456.0), F(-0.000123)));
        assertEquals("0x1.fap-1064|-0X1.8P+00|0x1.9ap-04|4503599627370496p-52|8388608p-24",
                sf("%x|%X|%.2x|%b|%b", F(1e-320), F(-1.5), F(0.1), F(1.0), F32(0.5f)));
    }

    @Test
    void hexAndQuotingOfBytes() {
        Iface b = byteSlice(1, 171);
        assertEquals("01ab|01 ab|0x01ab|0X01 0XAB|01|    01ab|01ab    |",
                sf("%x|% x|%#x|% #X|%.1x|%8x|%-8x|", b, b, b, b, b, b, b));
        assertEquals(bs("\"\\x00é😀\\xff\"|\"\\u00e9\\U0001f600\"|\"a`b\"|\"\\ufeff\"|c3a9"),
                sf("%q|%+q|%#q|%#q|%x", SB("\0" + bs("é😀") + "\u00ff"), S("é😀"), S("a`b"), S("\ufeff"), S("é")));
    }
}
