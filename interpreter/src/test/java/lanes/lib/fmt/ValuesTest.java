package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.types.Basic;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.StructV;

/**
 * Println, %v, %+v, %#v and %T of one value of every kind, against the output of the same
 * program under Go 1.19 (reference section 7.2). Heap addresses differ between Go and Lanes,
 * so {@code 0xc...} is normalised before comparing.
 */
class ValuesTest {
    static final Named POINT = named("main", "Point", structType(field("X", Basic.INT), field("Y", Basic.INT)));
    static final Named INNER = named("main", "Inner", structType(field("A", Basic.INT)));
    static final Named OUTER = named("main", "Outer", structType(field("Name", Basic.STRING), field("In", INNER),
            field("P", ptr(INNER)), field("S", sliceType(Basic.INT)), field("M", mapType(Basic.STRING, Basic.INT))));
    static final Named NAMED = named("main", "Named", structType(field("name", Basic.STRING), field("age", Basic.INT)));
    static final Named ERROR = named("", "error", new InterfaceType(List.of()));
    static final Named ERROR_STRING = named("errors", "errorString", structType(field("s", Basic.STRING)));
    static final Named WRAP_ERROR = named("fmt", "wrapError", structType(field("msg", Basic.STRING), field("err", ERROR)));

    private final FakeMethods methods = new FakeMethods()
            .pointer(ERROR_STRING, "Error", p -> ((StructV) p).fields[0])
            .pointer(WRAP_ERROR, "Error", p -> ((StructV) p).fields[0]);
    private final GoFormat fmt = new GoFormat(methods);
    private final StringBuilder out = new StringBuilder();

    private void show(String label, Iface v) {
        String ln = fmt.sprintln(new Object[] {v});
        out.append(fmt.sprintf("%-22s Println=[%s] %%v=[%v] %%+v=[%+v] %%#v=[%#v] %%T=[%T]\n",
                new Object[] {S(label), SB(ln.substring(0, ln.length() - 1)), v, v, v, v}));
    }

    static Iface errorsNew(String text) {
        return T(ptr(ERROR_STRING), struct(GoStrings.fromJava(text)));
    }

    @Test
    void everyKind() {
        show("int 42", I(42));
        show("int -7", I(-7));
        show("int8 -128", T(Basic.INT8, -128L));
        show("int16", T(Basic.INT16, 300L));
        show("int32", T(Basic.INT32, -5L));
        show("int64", T(Basic.INT64, 1L << 40));
        show("uint8", T(Basic.UINT8, 255L));
        show("uint16", T(Basic.UINT16, 65535L));
        show("uint32", T(Basic.UINT32, 7L));
        show("uint64 max", T(Basic.UINT64, -1L));
        show("uint", T(Basic.UINT, 9L));
        show("uintptr", T(Basic.UINTPTR, 10L));
        show("float64 0.1", F(0.1));
        show("float64 1.0", F(1.0));
        show("float64 3.14", F(3.14));
        show("float64 1e6", F(1e6));
        show("float64 1e20", F(1e20));
        show("float64 1e21", F(1e21));
        show("float64 123456789.0", F(123456789.0));
        show("float64 1e-4", F(1e-4));
        show("float64 1e-5", F(1e-5));
        show("float64 1e-7", F(1e-7));
        show("float64 2/3", F(2.0 / 3));
        show("float64 100", F(100.0));
        show("float64 -2.5", F(-2.5));
        show("NaN", F(Double.NaN));
        show("+Inf", F(Double.POSITIVE_INFINITY));
        show("-Inf", F(Double.NEGATIVE_INFINITY));
        show("-0.0", F(-0.0));
        show("float32 0.1", F32(0.1f));
        show("float32 3.14", F32(3.14f));
        show("float32 1e6", F32(1e6f));
        show("float32 16777216", F32(16777216f));
        show("float32 1/3", F32(1.0f / 3));
        show("bool true", B(true));
        show("bool false", B(false));
        show("string", S("hello"));
        show("string empty", S(""));
        show("string quote", S("a\"b\n"));
        show("rune 'A'", R('A'));
        show("rune '世'", R('世'));
        show("byte 'a'", T(Basic.UINT8, (long) 'a'));
        show("[]int", sliceOf(Basic.INT, longs(1, 2, 3)));
        show("[]string", sliceOf(Basic.STRING, "a", "b c"));
        show("[]byte", bytesOf("hi"));
        show("nil []int", T(sliceType(Basic.INT), null));
        show("empty []int", sliceOf(Basic.INT));
        show("[3]int", arrayOf(Basic.INT, longs(1, 2, 3)));
        show("[0]int", arrayOf(Basic.INT));
        show("[]interface{}", sliceOf(ANY, I(1), S("a"), null, F(2.5)));
        show("map[string]int", T(mapType(Basic.STRING, Basic.INT), map(Basic.STRING, "b", 2L, "a", 1L, "c", 3L)));
        show("map[int]string", T(mapType(Basic.INT, Basic.STRING), map(Basic.INT, 3L, "c", 1L, "a", 2L, "b")));
        show("nil map", T(mapType(Basic.STRING, Basic.INT), null));
        show("map[string][]int", T(mapType(Basic.STRING, sliceType(Basic.INT)),
                map(Basic.STRING, "x", slice(Basic.INT, 1L, 2L), "a", null)));
        show("[][]int", sliceOf(sliceType(Basic.INT), slice(Basic.INT, 1L, 2L), slice(Basic.INT, 3L), slice(Basic.INT)));
        show("map[bool]int", T(mapType(Basic.BOOL, Basic.INT), map(Basic.BOOL, true, 1L, false, 0L)));
        show("map[float64]string", T(mapType(Basic.FLOAT64, Basic.STRING), map(Basic.FLOAT64, 2.5, "x", -1.0, "y")));
        show("struct Point", T(POINT, struct(1L, 2L)));
        show("*Point", T(ptr(POINT), struct(1L, 2L)));
        show("nil *Point", T(ptr(POINT), null));
        show("Named unexported", T(NAMED, struct("bob", 30L)));
        show("Outer", T(OUTER, struct("o", struct(5L), struct(6L), slice(Basic.INT, 1L),
                map(Basic.STRING, "k", 1L))));
        show("struct{}", T(structType(), struct()));
        show("anon struct", T(structType(field("A", Basic.INT), field("B", Basic.STRING)), struct(1L, "x")));
        show("[]Point", sliceOf(POINT, struct(1L, 2L), struct(3L, 4L)));
        show("[]*Point", sliceOf(ptr(POINT), struct(1L, 2L)));
        show("map[string]Point", T(mapType(Basic.STRING, POINT), map(Basic.STRING, "p", struct(1L, 2L))));
        show("error", errorsNew("oops"));
        Iface inner = errorsNew("inner");
        show("fmt.Errorf", T(ptr(WRAP_ERROR), struct("wrap: inner", inner)));
        show("nil", null);
        show("nil error", null);
        show("nil *int", T(ptr(Basic.INT), null));
        show("interface{} holding int", I(5));
        String[] want = normalise(EXPECTED).split("\n", -1);
        String[] got = normalise(GoStrings.toJava(out.toString())).split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++) assertEquals(want[i], got[i], "line " + (i + 1));
        assertEquals(want.length, got.length, "line count");
    }

    private static String normalise(String s) {
        return s.replaceAll("0xc[0-9a-f]{9}", "0xADDR");
    }

    private static final String EXPECTED = """
int 42                 Println=[42] %v=[42] %+v=[42] %#v=[42] %T=[int]
int -7                 Println=[-7] %v=[-7] %+v=[-7] %#v=[-7] %T=[int]
int8 -128              Println=[-128] %v=[-128] %+v=[-128] %#v=[-128] %T=[int8]
int16                  Println=[300] %v=[300] %+v=[300] %#v=[300] %T=[int16]
int32                  Println=[-5] %v=[-5] %+v=[-5] %#v=[-5] %T=[int32]
int64                  Println=[1099511627776] %v=[1099511627776] %+v=[1099511627776] %#v=[1099511627776] %T=[int64]
uint8                  Println=[255] %v=[255] %+v=[255] %#v=[0xff] %T=[uint8]
uint16                 Println=[65535] %v=[65535] %+v=[65535] %#v=[0xffff] %T=[uint16]
uint32                 Println=[7] %v=[7] %+v=[7] %#v=[0x7] %T=[uint32]
uint64 max             Println=[18446744073709551615] %v=[18446744073709551615] %+v=[18446744073709551615] %#v=[0xffffffffffffffff] %T=[uint64]
uint                   Println=[9] %v=[9] %+v=[9] %#v=[0x9] %T=[uint]
uintptr                Println=[10] %v=[10] %+v=[10] %#v=[0xa] %T=[uintptr]
float64 0.1            Println=[0.1] %v=[0.1] %+v=[0.1] %#v=[0.1] %T=[float64]
float64 1.0            Println=[1] %v=[1] %+v=[1] %#v=[1] %T=[float64]
float64 3.14           Println=[3.14] %v=[3.14] %+v=[3.14] %#v=[3.14] %T=[float64]
float64 1e6            Println=[1e+06] %v=[1e+06] %+v=[1e+06] %#v=[1e+06] %T=[float64]
float64 1e20           Println=[1e+20] %v=[1e+20] %+v=[1e+20] %#v=[1e+20] %T=[float64]
float64 1e21           Println=[1e+21] %v=[1e+21] %+v=[1e+21] %#v=[1e+21] %T=[float64]
float64 123456789.0    Println=[1.23456789e+08] %v=[1.23456789e+08] %+v=[1.23456789e+08] %#v=[1.23456789e+08] %T=[float64]
float64 1e-4           Println=[0.0001] %v=[0.0001] %+v=[0.0001] %#v=[0.0001] %T=[float64]
float64 1e-5           Println=[1e-05] %v=[1e-05] %+v=[1e-05] %#v=[1e-05] %T=[float64]
float64 1e-7           Println=[1e-07] %v=[1e-07] %+v=[1e-07] %#v=[1e-07] %T=[float64]
float64 2/3            Println=[0.6666666666666666] %v=[0.6666666666666666] %+v=[0.6666666666666666] %#v=[0.6666666666666666] %T=[float64]
float64 100            Println=[100] %v=[100] %+v=[100] %#v=[100] %T=[float64]
float64 -2.5           Println=[-2.5] %v=[-2.5] %+v=[-2.5] %#v=[-2.5] %T=[float64]
NaN                    Println=[NaN] %v=[NaN] %+v=[NaN] %#v=[NaN] %T=[float64]
+Inf                   Println=[+Inf] %v=[+Inf] %+v=[+Inf] %#v=[+Inf] %T=[float64]
-Inf                   Println=[-Inf] %v=[-Inf] %+v=[-Inf] %#v=[-Inf] %T=[float64]
-0.0                   Println=[-0] %v=[-0] %+v=[-0] %#v=[-0] %T=[float64]
float32 0.1            Println=[0.1] %v=[0.1] %+v=[0.1] %#v=[0.1] %T=[float32]
float32 3.14           Println=[3.14] %v=[3.14] %+v=[3.14] %#v=[3.14] %T=[float32]
float32 1e6            Println=[1e+06] %v=[1e+06] %+v=[1e+06] %#v=[1e+06] %T=[float32]
float32 16777216       Println=[1.6777216e+07] %v=[1.6777216e+07] %+v=[1.6777216e+07] %#v=[1.6777216e+07] %T=[float32]
float32 1/3            Println=[0.33333334] %v=[0.33333334] %+v=[0.33333334] %#v=[0.33333334] %T=[float32]
bool true              Println=[true] %v=[true] %+v=[true] %#v=[true] %T=[bool]
bool false             Println=[false] %v=[false] %+v=[false] %#v=[false] %T=[bool]
string                 Println=[hello] %v=[hello] %+v=[hello] %#v=["hello"] %T=[string]
string empty           Println=[] %v=[] %+v=[] %#v=[""] %T=[string]
string quote           Println=[a"b
] %v=[a"b
] %+v=[a"b
] %#v=["a\\"b\\n"] %T=[string]
rune 'A'               Println=[65] %v=[65] %+v=[65] %#v=[65] %T=[int32]
rune '世'               Println=[19990] %v=[19990] %+v=[19990] %#v=[19990] %T=[int32]
byte 'a'               Println=[97] %v=[97] %+v=[97] %#v=[0x61] %T=[uint8]
[]int                  Println=[[1 2 3]] %v=[[1 2 3]] %+v=[[1 2 3]] %#v=[[]int{1, 2, 3}] %T=[[]int]
[]string               Println=[[a b c]] %v=[[a b c]] %+v=[[a b c]] %#v=[[]string{"a", "b c"}] %T=[[]string]
[]byte                 Println=[[104 105]] %v=[[104 105]] %+v=[[104 105]] %#v=[[]byte{0x68, 0x69}] %T=[[]uint8]
nil []int              Println=[[]] %v=[[]] %+v=[[]] %#v=[[]int(nil)] %T=[[]int]
empty []int            Println=[[]] %v=[[]] %+v=[[]] %#v=[[]int{}] %T=[[]int]
[3]int                 Println=[[1 2 3]] %v=[[1 2 3]] %+v=[[1 2 3]] %#v=[[3]int{1, 2, 3}] %T=[[3]int]
[0]int                 Println=[[]] %v=[[]] %+v=[[]] %#v=[[0]int{}] %T=[[0]int]
[]interface{}          Println=[[1 a <nil> 2.5]] %v=[[1 a <nil> 2.5]] %+v=[[1 a <nil> 2.5]] %#v=[[]interface {}{1, "a", interface {}(nil), 2.5}] %T=[[]interface {}]
map[string]int         Println=[map[a:1 b:2 c:3]] %v=[map[a:1 b:2 c:3]] %+v=[map[a:1 b:2 c:3]] %#v=[map[string]int{"a":1, "b":2, "c":3}] %T=[map[string]int]
map[int]string         Println=[map[1:a 2:b 3:c]] %v=[map[1:a 2:b 3:c]] %+v=[map[1:a 2:b 3:c]] %#v=[map[int]string{1:"a", 2:"b", 3:"c"}] %T=[map[int]string]
nil map                Println=[map[]] %v=[map[]] %+v=[map[]] %#v=[map[string]int(nil)] %T=[map[string]int]
map[string][]int       Println=[map[a:[] x:[1 2]]] %v=[map[a:[] x:[1 2]]] %+v=[map[a:[] x:[1 2]]] %#v=[map[string][]int{"a":[]int(nil), "x":[]int{1, 2}}] %T=[map[string][]int]
[][]int                Println=[[[1 2] [3] []]] %v=[[[1 2] [3] []]] %+v=[[[1 2] [3] []]] %#v=[[][]int{[]int{1, 2}, []int{3}, []int{}}] %T=[[][]int]
map[bool]int           Println=[map[false:0 true:1]] %v=[map[false:0 true:1]] %+v=[map[false:0 true:1]] %#v=[map[bool]int{false:0, true:1}] %T=[map[bool]int]
map[float64]string     Println=[map[-1:y 2.5:x]] %v=[map[-1:y 2.5:x]] %+v=[map[-1:y 2.5:x]] %#v=[map[float64]string{-1:"y", 2.5:"x"}] %T=[map[float64]string]
struct Point           Println=[{1 2}] %v=[{1 2}] %+v=[{X:1 Y:2}] %#v=[main.Point{X:1, Y:2}] %T=[main.Point]
*Point                 Println=[&{1 2}] %v=[&{1 2}] %+v=[&{X:1 Y:2}] %#v=[&main.Point{X:1, Y:2}] %T=[*main.Point]
nil *Point             Println=[<nil>] %v=[<nil>] %+v=[<nil>] %#v=[(*main.Point)(nil)] %T=[*main.Point]
Named unexported       Println=[{bob 30}] %v=[{bob 30}] %+v=[{name:bob age:30}] %#v=[main.Named{name:"bob", age:30}] %T=[main.Named]
Outer                  Println=[{o {5} 0xc000016620 [1] map[k:1]}] %v=[{o {5} 0xc000016620 [1] map[k:1]}] %+v=[{Name:o In:{A:5} P:0xc000016620 S:[1] M:map[k:1]}] %#v=[main.Outer{Name:"o", In:main.Inner{A:5}, P:(*main.Inner)(0xc000016620), S:[]int{1}, M:map[string]int{"k":1}}] %T=[main.Outer]
struct{}               Println=[{}] %v=[{}] %+v=[{}] %#v=[struct {}{}] %T=[struct {}]
anon struct            Println=[{1 x}] %v=[{1 x}] %+v=[{A:1 B:x}] %#v=[struct { A int; B string }{A:1, B:"x"}] %T=[struct { A int; B string }]
[]Point                Println=[[{1 2} {3 4}]] %v=[[{1 2} {3 4}]] %+v=[[{X:1 Y:2} {X:3 Y:4}]] %#v=[[]main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}] %T=[[]main.Point]
[]*Point               Println=[[0xc000016850]] %v=[[0xc000016850]] %+v=[[0xc000016850]] %#v=[[]*main.Point{(*main.Point)(0xc000016850)}] %T=[[]*main.Point]
map[string]Point       Println=[map[p:{1 2}]] %v=[map[p:{1 2}]] %+v=[map[p:{X:1 Y:2}]] %#v=[map[string]main.Point{"p":main.Point{X:1, Y:2}}] %T=[map[string]main.Point]
error                  Println=[oops] %v=[oops] %+v=[oops] %#v=[&errors.errorString{s:"oops"}] %T=[*errors.errorString]
fmt.Errorf             Println=[wrap: inner] %v=[wrap: inner] %+v=[wrap: inner] %#v=[&fmt.wrapError{msg:"wrap: inner", err:(*errors.errorString)(0xc000014ea0)}] %T=[*fmt.wrapError]
nil                    Println=[<nil>] %v=[<nil>] %+v=[<nil>] %#v=[<nil>] %T=[<nil>]
nil error              Println=[<nil>] %v=[<nil>] %+v=[<nil>] %#v=[<nil>] %T=[<nil>]
nil *int               Println=[<nil>] %v=[<nil>] %+v=[<nil>] %#v=[(*int)(nil)] %T=[*int]
interface{} holding int Println=[5] %v=[5] %+v=[5] %#v=[5] %T=[int]
""";
}
