package lanes.lib.fmt;

import static lanes.lib.fmt.Vals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.Ref;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Error, String and GoString methods: which verbs call them, at which depths, pointer versus
 * value receivers, nil receivers, panicking methods, unexported fields, and Errorf's %w.
 * Expected strings come from the same cases run under Go 1.19.
 */
class MethodsTest {
    static final Named S_T = named("main", "S", Basic.STRING);
    static final Named PS = named("main", "PS", structType(field("n", Basic.INT)));
    static final Named NIL_OK = named("main", "NilOK", structType());
    static final Named NUM = named("main", "Num", Basic.INT);
    static final Named GO_STR = named("main", "GoStr", structType(field("A", Basic.INT)));
    static final Named BOTH = named("main", "Both", structType());
    static final Named BAD = named("main", "Bad", structType());
    static final Named BAD_PTR = named("main", "BadPtr", structType(field("x", Basic.INT)));
    static final Named INNER = named("main", "Inner", structType(field("N", NUM)));
    static final Named HOLDER = named("main", "Holder", structType(field("Pub", NUM), field("priv", NUM),
            field("In", INNER), field("in", INNER), field("L", sliceType(NUM)), field("M", mapType(NUM, NUM)),
            field("I", ANY), field("E", ValuesTest.ERROR)));
    static final Named NPE = named("main", "Npe", structType(field("p", ptr(Basic.INT))));
    static final Named BYTES = named("main", "Bytes", sliceType(Basic.UINT8));
    static final Named MY_BYTE = named("main", "MyByte", Basic.UINT8);

    private final FakeMethods methods = new FakeMethods();
    private final GoFormat fmt = new GoFormat(methods);

    MethodsTest() {
        methods.value(S_T, "String", s -> "S(" + s + ")")
                .pointer(PS, "String", p -> sf("PS<%d>", I((Long) deref(p).fields[0])))
                .pointer(NIL_OK, "String", p -> p == null ? "nil NilOK" : "NilOK")
                .value(NUM, "String", n -> sf("Num(%d)", I((Long) n)))
                .value(GO_STR, "GoString", g -> "GoStr!")
                .value(BOTH, "String", b -> "str")
                .value(BOTH, "Error", b -> "err")
                .value(BAD, "String", b -> {
                    throw new GoPanic(S("oops"), false);
                })
                .pointer(BAD_PTR, "String", p -> sf("%v", I((Long) deref(p).fields[0])))
                .value(MY_BYTE, "String", b -> "B")
                .pointer(NPE, "String", p -> ((Ref) ((StructV) p).fields[0]).load().toString())
                .pointer(ValuesTest.ERROR_STRING, "Error", p -> ((StructV) p).fields[0]);
    }

    /** *p in Go: a nil pointer panics. */
    private static StructV deref(Object p) {
        if (p == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        return (StructV) p;
    }

    private String sf(String format, Iface... args) {
        return GoStrings.toJava(fmt.sprintf(GoStrings.fromJava(format), args));
    }

    private static Iface num(long n) {
        return T(NUM, n);
    }

    private static Iface s(String v) {
        return T(S_T, v);
    }

    private Iface holder(Object l, Object m, Iface i, Iface e) {
        return T(HOLDER, struct(1L, 2L, struct(3L), struct(4L), l, m, i, e));
    }

    @Test
    void stringerVerbs() {
        Iface n = num(3);
        assertEquals("Num(3)|Num(3)|\"Num(3)\"|4e756d283329|4E756D283329|3|Num(3)|Num(3)|",
                sf("%v|%s|%q|%x|%X|%d|%5s|%-6v|", n, n, n, n, n, n, n, n));
        assertEquals("S(x)", sf("%s", s("x")));
        assertEquals("      S(x)|S(y)      |", sf("%10v|%-10v|", s("x"), s("y")));
    }

    @Test
    void methodsAtDepth() {
        assertEquals("[Num(1) Num(2)] map[Num(1):a Num(2):b]", sf("%v %v", sliceOf(NUM, 1L, 2L),
                T(mapType(NUM, Basic.STRING), map(NUM, 2L, "b", 1L, "a"))));
        assertEquals("{Num(1) 2 {Num(3)} {4} [Num(5)] map[Num(6):Num(7)] Num(8) e}",
                sf("%v", holder(slice(NUM, 5L), map(NUM, 6L, 7L), num(8), ValuesTest.errorsNew("e"))));
        assertEquals("{Pub:Num(1) priv:2 In:{N:Num(3)} in:{N:4} L:[Num(5)] M:map[Num(6):Num(7)] I:Num(8) E:<nil>}",
                sf("%+v", holder(slice(NUM, 5L), map(NUM, 6L, 7L), num(8), null)));
        assertEquals("main.Holder{Pub:1, priv:2, In:main.Inner{N:3}, in:main.Inner{N:4}, L:[]main.Num(nil), "
                + "M:map[main.Num]main.Num(nil), I:interface {}(nil), E:error(nil)}",
                sf("%#v", holder(null, null, null, null)));
        assertEquals("{a S(b)}", sf("%v", T(structType(field("s", S_T), field("T", S_T)), struct("a", "b"))));
        assertEquals("[Num(4) S(s) <nil>]", sf("%v", sliceOf(ANY, num(4), s("s"), null)));
    }

    @Test
    void goStringerOnlyForSharpV() {
        Iface g = T(GO_STR, struct(1L));
        assertEquals("{1} {A:1} GoStr! [{%!s(int=2)}]", sf("%v %+v %#v %s", g, g, g, sliceOf(GO_STR, struct(2L))));
        assertEquals("[]main.GoStr{GoStr!}", sf("%#v", sliceOf(GO_STR, struct(2L))));
    }

    @Test
    void errorBeatsString() {
        Iface b = T(BOTH, struct());
        assertEquals("err err {}", sf("%v %s %d", b, b, b));
    }

    @Test
    void panickingMethods() {
        Iface bad = T(BAD, struct());
        assertEquals("%!v(PANIC=String method: oops)|%!s(PANIC=String method: oops)|{}|[%!q(PANIC=String method: oops)]",
                sf("%v|%s|%d|%q", bad, bad, bad, sliceOf(BAD, struct())));
        assertEquals("%!v(PANIC=String method: oops) Num(1) S(z)\n",
                GoStrings.toJava(fmt.sprintln(new Object[] {bad, num(1), s("z")})));
    }

    @Test
    void nilReceivers() {
        Iface bp = T(ptr(BAD_PTR), null);
        assertEquals("<nil>|<nil>|0", sf("%v|%s|%d", bp, bp, bp));
        assertEquals("[<nil>]", sf("%v", sliceOf(ptr(BAD_PTR), (Object) null)));
        assertEquals("nil NilOK|NilOK", sf("%v|%s", T(ptr(NIL_OK), null), T(ptr(NIL_OK), struct())));
        Iface ps = T(ptr(PS), null);
        assertEquals("<nil>|<nil>|[<nil>]", sf("%v|%+v|%s", ps, ps, sliceOf(ptr(PS), (Object) null)));
    }

    @Test
    void javaNullDereferenceIsANilPointerPanic() {
        assertEquals("<nil>", sf("%v", T(ptr(NPE), null)));
        assertEquals("%!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)",
                sf("%v", T(ptr(NPE), struct((Object) null))));
    }

    @Test
    void pointerReceiverNotInValueMethodSet() {
        assertEquals("{1}|PS<2>", sf("%v|%v", T(PS, struct(1L)), T(ptr(PS), struct(2L))));
        assertEquals("PS<3>", sf("%v", T(ptr(PS), struct(3L))));
    }

    @Test
    void namedByteTypes() {
        Iface b = T(BYTES, slice(Basic.UINT8, 104L, 105L));
        assertEquals("hi|[104 105]|6869|\"hi\"", sf("%s|%v|%x|%q", b, b, b, b));
        assertEquals("main.Bytes{0x68, 0x69}", sf("%#v", b));
        assertEquals("main.Bytes(nil)", sf("%#v", T(BYTES, null)));
        Iface mb = T(sliceType(MY_BYTE), slice(MY_BYTE, 97L, 98L));
        assertEquals("[B B]|ab|[97 98]", sf("%v|%s|%d", mb, mb, mb));
        Iface arr = T(new ArrayType(MY_BYTE, 2), array(MY_BYTE, 97L, 98L));
        assertEquals("[B B]|ab", sf("%v|%s", arr, arr));
    }

    @Test
    void nilErrors() {
        assertEquals("<nil> %!d(<nil>)", sf("%v %d", null, null));
        assertEquals("[<nil> x]", sf("%v", sliceOf(ValuesTest.ERROR, null, ValuesTest.errorsNew("x"))));
        assertEquals("map[a:<nil>]", sf("%v", T(mapType(Basic.STRING, ValuesTest.ERROR), map(Basic.STRING, "a", null))));
    }

    @Test
    void printSpacingGoesByKind() {
        assertEquals("S(a)S(b)Num(1) Num(2)\n",
                GoStrings.toJava(fmt.sprint(new Object[] {s("a"), s("b"), num(1), num(2), S("\n")})));
    }

    @Test
    void errorfWrapsOnce() {
        Iface a = ValuesTest.errorsNew("a");
        Iface b = ValuesTest.errorsNew("b");
        GoFormat.Errorf two = fmt.errorf(GoStrings.fromJava("wrap %w and %w"), new Object[] {a, b});
        assertEquals("wrap a and %!w(*errors.errorString=&{b})", two.message());
        assertNull(two.wrapped());
        assertEquals("wrap %!w(string=notanerror)",
                fmt.errorf(GoStrings.fromJava("wrap %w"), new Object[] {S("notanerror")}).message());
        Iface in = ValuesTest.errorsNew("in");
        GoFormat.Errorf one = fmt.errorf(GoStrings.fromJava("wrap %v %w"), new Object[] {I(1), in});
        assertEquals("wrap 1 in", one.message());
        assertSame(in.value, one.wrapped().value);
        assertSame(in.type, one.wrapped().type);
        assertEquals("%!w(*errors.errorString=&{x})", sf("%w", ValuesTest.errorsNew("x")));
        assertEquals("%!w(<nil>)", sf("%w", (Iface) null));
    }
}
