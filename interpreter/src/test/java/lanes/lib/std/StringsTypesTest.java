package lanes.lib.std;

import static lanes.lib.std.Std.bytes;
import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.g;
import static lanes.lib.std.Std.j;
import static lanes.lib.std.Std.method;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.lib.NativeTypes;
import lanes.lib.OsPkg;
import lanes.lib.Pkg;
import lanes.types.Lookup;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/** strings.Builder and strings.Replacer. */
class StringsTypesTest {
    private final Pkg p = StringsPkg.create(Std.METHODS);
    private final Type builderPtr = new PointerType(StringsBuilder.TYPE);

    private StructV newBuilder() {
        return (StructV) Values.zero(StringsBuilder.TYPE);
    }

    private Object b(StructV sb, String name, Object... args) {
        return method(builderPtr, sb, name, args);
    }

    @Test
    void zeroBuilderWorksAndGrowsLikeGo() {
        StructV sb = newBuilder();
        assertEquals("", b(sb, "String"));
        assertEquals(6L, res(b(sb, "WriteString", g("héllo")), 0));
        b(sb, "WriteByte", (long) ' ');
        assertEquals(3L, res(b(sb, "WriteRune", (long) '世'), 0));
        assertEquals(3L, res(b(sb, "WriteRune", -1L), 0));
        assertEquals(1L, res(b(sb, "Write", bytes("!")), 0));
        assertEquals("héllo 世\uFFFD!", j(b(sb, "String")));
        assertEquals(14L, b(sb, "Len"));
        assertEquals(20L, b(sb, "Cap"));
    }

    @Test
    void capacitiesFollowAppendAndGrow() {
        StructV sb = newBuilder();
        List<Long> caps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            b(sb, "WriteString", "abc");
            caps.add((Long) b(sb, "Cap"));
        }
        assertEquals(List.of(8L, 8L, 16L, 16L, 16L, 32L, 32L, 32L, 32L, 32L), caps);
        b(sb, "Grow", 100L);
        assertEquals(164L, b(sb, "Cap"));
        assertEquals(30L, b(sb, "Len"));
        b(sb, "Reset");
        assertEquals(0L, b(sb, "Cap"));
    }

    @Test
    void writingThroughACopyPanics() {
        StructV x = newBuilder();
        b(x, "WriteString", "a");
        StructV y = (StructV) Values.copy(StringsBuilder.TYPE, x);
        GoPanic e = assertThrows(GoPanic.class, () -> b(y, "WriteString", "b"));
        assertEquals("strings: illegal use of non-zero Builder copied by value", ((Iface) e.value).value);
        GoPanic neg = assertThrows(GoPanic.class, () -> b(x, "Grow", -1L));
        assertEquals("strings.Builder.Grow: negative count", ((Iface) neg.value).value);
    }

    @Test
    void builderPointerIsAnIoWriter() {
        assertTrue(Lookup.implementsIface(builderPtr, (lanes.types.InterfaceType) OsPkg.WRITER.underlying()));
    }

    private String replace(String input, String... oldnew) {
        Object r = call(p, "NewReplacer", Std.strings(oldnew));
        Named t = (Named) ((PointerType) ((Pkg.Fn) p.members.get("NewReplacer")).sig().results().get(0)).elem();
        return j(method(new PointerType(t), r, "Replace", g(input)));
    }

    @Test
    void replacerPrefersEarlierPairsAndNeverOverlaps() {
        assertEquals("1-b-c-", replace("abc", "a", "1", "", "-"));
        assertEquals("&lt;a&gt;", replace("<a>", "<", "&lt;", ">", "&gt;"));
        assertEquals("33", replace("aaaaaa", "aaa", "3", "aa", "2", "a", "1"));
        assertEquals("baab", replace("abba", "a", "b", "b", "a"));
        assertEquals("xx", replace("aa", "a", "x", "a", "y"));
        assertEquals("XaXbX", replace("ab", "", "X"));
        assertEquals("XXY", replace("abab", "ab", "X", "", "Y"));
        assertEquals("héllo", replace("hello", "e", "é"));
    }

    @Test
    void replacerWriteStringWritesToTheWriter() {
        Named w = NativeTypes.struct("test", "sink", "buf", lanes.types.Basic.STRING);
        NativeTypes.method(w, "Write", OsPkg.WRITE_SIG, true, a -> {
            SliceV s = (SliceV) a[1];
            ((StructV) a[0]).fields[0] = ((StructV) a[0]).fields[0] + GoStrings.ofBytes((byte[]) s.array, s.off, s.len);
            return new Object[] {(long) s.len, null};
        });
        StructV sink = new StructV(new Object[] {""});
        Object r = call(p, "NewReplacer", Std.strings("a", "A"));
        Named t = (Named) ((PointerType) ((Pkg.Fn) p.members.get("NewReplacer")).sig().results().get(0)).elem();
        Object out = method(new PointerType(t), r, "WriteString", new Iface(new PointerType(w), sink), "banana");
        assertEquals(6L, res(out, 0));
        assertEquals("bAnAnA", sink.fields[0]);
    }

    @Test
    void oddReplacerArgumentsPanic() {
        GoPanic e = assertThrows(GoPanic.class, () -> call(p, "NewReplacer", Std.strings("a")));
        assertEquals("strings.NewReplacer: odd argument count", ((Iface) e.value).value);
    }
}
