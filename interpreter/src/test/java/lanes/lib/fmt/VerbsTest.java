package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.values.FuncV;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.StructV;

/**
 * Verbs, flags, wrong verbs, missing and extra operands: the program of reference section 7.3,
 * each Sprintf result checked against Go 1.19's output.
 */
class VerbsTest {
    static final Named P = named("main", "P", structType(field("X", Basic.INT), field("Y", Basic.INT)));
    static final Named CELSIUS = named("main", "Celsius", Basic.FLOAT64);
    static final Named MY_ERR = named("main", "MyErr", structType());
    static final Named ERROR_STRING = ValuesTest.ERROR_STRING;
    static final Named NO_COPY = named("sync", "noCopy", structType());
    static final Named WAIT_GROUP = named("sync", "WaitGroup", structType(field("noCopy", NO_COPY),
            field("state1", Basic.UINT64), field("state2", Basic.UINT32)));
    static final Named MUTEX = named("sync", "Mutex", structType(field("state", Basic.INT32), field("sema", Basic.UINT32)));

    private final FakeMethods methods = new FakeMethods();
    private final GoFormat fmt = new GoFormat(methods);
    private final StringBuilder out = new StringBuilder();

    VerbsTest() {
        methods.value(CELSIUS, "String", c -> fmt.sprintf(GoStrings.fromJava("%.1f°C"), new Object[] {F((Double) c)}))
                .value(MY_ERR, "Error", e -> "my err")
                .pointer(ERROR_STRING, "Error", p -> ((StructV) p).fields[0]);
    }

    private void f(String format, Iface... args) {
        String s = fmt.sprintf(GoStrings.fromJava(format), args);
        out.append(fmt.sprintf("%-28q -> [%s]\n", new Object[] {S(format), SB(s)}));
    }

    @Test
    void verbs() {
        f("%d", I(42));
        f("%5d|%-5d|%05d", I(42), I(42), I(42));
        f("%+d %+d", I(5), I(-5));
        f("% d|% d", I(5), I(-5));
        f("%x %X %o %O %b", I(255), I(255), I(8), I(8), I(5));
        f("%#x %#X %#o %#b", I(255), I(255), I(8), I(5));
        f("%x", I(-255));
        f("%08.3f|%-8.2f|%+.1f", F(3.14159), F(2.5), F(1.0));
        f("%c %c %c", I(65), R('é'), I(0x4E16));
        f("%q %q", R('A'), R('\n'));
        f("%q", S("hi\t\"x\""));
        f("%#q", S("hi"));
        f("%+q", S("héllo"));
        f("%U %#U", R('A'), R('世'));
        f("%s|%10s|%-10s|", S("go"), S("go"), S("go"));
        f("%.2s", S("golang"));
        f("%x %X % x", S("hi"), S("hi"), S("hi"));
        f("%.2f %8.3f %.0f %.0f %.0f", F(3.14159), F(2.0 / 3), F(2.5), F(3.5), F(-0.4));
        f("%e %E %.2e", F(123456.789), F(0.000123), F(1e6));
        f("%g %g %g %g %g", F(100000.0), F(1e21), F(1e-5), F(0.1), F(123456789.0));
        f("%G %.3g", F(1e-10), F(3.14159));
        f("%f %f", F(Double.POSITIVE_INFINITY), F(Double.NaN));
        f("%5.1f|%-7.2f|", F(-1.25), F(1.005));
        f("%t %t", B(true), B(false));
        f("%v %d", B(true), B(true));
        f("%%");
        f("100%% sure");
        f("%d", S("hi"));
        f("%s", I(42));
        f("%d %d", I(1));
        f("%d", I(1), I(2));
        f("%d", I(1), S("x"), F(3.5));
        f("no verbs", I(3));
        f("%z", I(5));
        f("%!", I(5));
        f("%d");
        f("%s", (Iface) null);
        f("%d", (Iface) null);
        f("%v", (Iface) null);
        f("%s", sliceOf(Basic.STRING, "a", "b"));
        f("%d", sliceOf(Basic.INT, longs(1, 2)));
        f("%s", sliceOf(Basic.INT, longs(1, 2)));
        f("%x", sliceOf(Basic.INT, longs(10, 255)));
        f("%q", sliceOf(Basic.STRING, "a", "b"));
        f("%5d", sliceOf(Basic.INT, longs(1, 2)));
        f("%v", T(P, struct(1L, 2L)));
        f("%d", T(P, struct(1L, 2L)));
        f("%s", T(P, struct(1L, 2L)));
        f("%s", T(ptr(P), struct(1L, 2L)));
        f("%v %s %d", T(CELSIUS, 21.5), T(CELSIUS, 21.5), T(CELSIUS, 21.5));
        f("%v %s", T(MY_ERR, struct()), ValuesTest.errorsNew("e"));
        f("%s", (Iface) null);
        f("%t", I(5));
        f("%c", S("x"));
        f("%.2f", I(3));
        f("%d", F(3.5));
        f("%x", F(3.5));
        f("%*d|%-*d", I(5), I(42), I(5), I(42));
        f("%[2]d %[1]d", I(1), I(2));
        f("%[3]d", I(1), I(2));
        f("%T %T %T %T %T", I(1), S("s"), F(2.0), R('r'), null);
        f("%T %T %T", sliceOf(Basic.INT), T(mapType(Basic.STRING, Basic.BOOL), map(Basic.STRING)), T(P, struct(0L, 0L)));
        f("%T %T", T(new ChanType(ChanType.Dir.BOTH, Basic.INT), new Object()),
                T(new ChanType(ChanType.Dir.RECV, Basic.STRING), new Object()));
        f("%T", T(new FuncType(List.of(Basic.INT), List.of(Basic.STRING), false), func("main.main.func1")));
        f("%T", ValuesTest.errorsNew("x"));
        f("%T", T(ptr(WAIT_GROUP), struct(struct(), 0L, 0L)));
        f("%v", T(WAIT_GROUP, struct(struct(), 0L, 0L)));
        f("%v", T(ptr(MUTEX), struct(0L, 0L)));
        f("%+v", T(MUTEX, struct(0L, 0L)));
        f("%v", T(structType(field("A", ptr(Basic.INT))), struct((Object) null)));
        f("%v", T(new lanes.types.ArrayType(Basic.BOOL, 2), array(Basic.BOOL, true, false)));
        f("%6.2v", F(3.14159));
        f("%v", T(Basic.INT8, -1L));
        f("%x", T(Basic.INT8, -1L));
        f("%08b", I(5));
        f("%3c|", R('x'));
        f("%-4q|", R('x'));
        f("%v", R('x'));
        f("%s", R('x'));
        f("%v", bytesOf("abc"));
        f("%s", bytesOf("abc"));
        f("%x", bytesOf("abc"));
        f("%v", byteArray(1, 2, 3));
        f("%s", byteArray('a', 'b', 'c'));
        String[] want = EXPECTED.split("\n", -1);
        String[] got = GoStrings.toJava(out.toString()).split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++) assertEquals(want[i], got[i], "line " + (i + 1));
        assertEquals(want.length, got.length, "line count");
    }

    static FuncV func(String name) {
        return new FuncV() {
            @Override
            public Object call(Object[] args) {
                return null;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    private static final String EXPECTED = """
"%d"                         -> [42]
"%5d|%-5d|%05d"              -> [   42|42   |00042]
"%+d %+d"                    -> [+5 -5]
"% d|% d"                    -> [ 5|-5]
"%x %X %o %O %b"             -> [ff FF 10 0o10 101]
"%#x %#X %#o %#b"            -> [0xff 0XFF 010 0b101]
"%x"                         -> [-ff]
"%08.3f|%-8.2f|%+.1f"        -> [0003.142|2.50    |+1.0]
"%c %c %c"                   -> [A é 世]
"%q %q"                      -> ['A' '\\n']
"%q"                         -> ["hi\\t\\"x\\""]
"%#q"                        -> [`hi`]
"%+q"                        -> ["h\\u00e9llo"]
"%U %#U"                     -> [U+0041 U+4E16 '世']
"%s|%10s|%-10s|"             -> [go|        go|go        |]
"%.2s"                       -> [go]
"%x %X % x"                  -> [6869 6869 68 69]
"%.2f %8.3f %.0f %.0f %.0f"  -> [3.14    0.667 2 4 -0]
"%e %E %.2e"                 -> [1.234568e+05 1.230000E-04 1.00e+06]
"%g %g %g %g %g"             -> [100000 1e+21 1e-05 0.1 1.23456789e+08]
"%G %.3g"                    -> [1E-10 3.14]
"%f %f"                      -> [+Inf NaN]
"%5.1f|%-7.2f|"              -> [ -1.2|1.00   |]
"%t %t"                      -> [true false]
"%v %d"                      -> [true %!d(bool=true)]
"%%"                         -> [%]
"100%% sure"                 -> [100% sure]
"%d"                         -> [%!d(string=hi)]
"%s"                         -> [%!s(int=42)]
"%d %d"                      -> [1 %!d(MISSING)]
"%d"                         -> [1%!(EXTRA int=2)]
"%d"                         -> [1%!(EXTRA string=x, float64=3.5)]
"no verbs"                   -> [no verbs%!(EXTRA int=3)]
"%z"                         -> [%!z(int=5)]
"%!"                         -> [%!!(int=5)]
"%d"                         -> [%!d(MISSING)]
"%s"                         -> [%!s(<nil>)]
"%d"                         -> [%!d(<nil>)]
"%v"                         -> [<nil>]
"%s"                         -> [[a b]]
"%d"                         -> [[1 2]]
"%s"                         -> [[%!s(int=1) %!s(int=2)]]
"%x"                         -> [[a ff]]
"%q"                         -> [["a" "b"]]
"%5d"                        -> [[    1     2]]
"%v"                         -> [{1 2}]
"%d"                         -> [{1 2}]
"%s"                         -> [{%!s(int=1) %!s(int=2)}]
"%s"                         -> [&{%!s(int=1) %!s(int=2)}]
"%v %s %d"                   -> [21.5°C 21.5°C %!d(main.Celsius=21.5)]
"%v %s"                      -> [my err e]
"%s"                         -> [%!s(<nil>)]
"%t"                         -> [%!t(int=5)]
"%c"                         -> [%!c(string=x)]
"%.2f"                       -> [%!f(int=03)]
"%d"                         -> [%!d(float64=3.5)]
"%x"                         -> [0x1.cp+01]
"%*d|%-*d"                   -> [   42|42   ]
"%[2]d %[1]d"                -> [2 1]
"%[3]d"                      -> [%!d(BADINDEX)]
"%T %T %T %T %T"             -> [int string float64 int32 <nil>]
"%T %T %T"                   -> [[]int map[string]bool main.P]
"%T %T"                      -> [chan int <-chan string]
"%T"                         -> [func(int) string]
"%T"                         -> [*errors.errorString]
"%T"                         -> [*sync.WaitGroup]
"%v"                         -> [{{} 0 0}]
"%v"                         -> [&{0 0}]
"%+v"                        -> [{state:0 sema:0}]
"%v"                         -> [{<nil>}]
"%v"                         -> [[true false]]
"%6.2v"                      -> [   3.1]
"%v"                         -> [-1]
"%x"                         -> [-1]
"%08b"                       -> [00000101]
"%3c|"                       -> [  x|]
"%-4q|"                      -> ['x' |]
"%v"                         -> [120]
"%s"                         -> [%!s(int32=120)]
"%v"                         -> [[97 98 99]]
"%s"                         -> [abc]
"%x"                         -> [616263]
"%v"                         -> [[1 2 3]]
"%s"                         -> [abc]
""";
}
