package lanes.lib.std;

import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.func;
import static lanes.lib.std.Std.g;
import static lanes.lib.std.Std.j;
import static lanes.lib.std.Std.list;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.lib.Pkg;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.SliceV;

/** Package strings functions against real Go 1.19 results. */
class StringsPkgTest {
    private final Pkg p = StringsPkg.create(Std.METHODS);

    private String s(String fn, Object... args) {
        return j(call(p, fn, args));
    }

    private long n(String fn, Object... args) {
        return (Long) call(p, fn, args);
    }

    @Test
    void fieldsSplitsOnRunsOfSpace() {
        SliceV f = (SliceV) call(p, "Fields", "  a b  c ");
        assertEquals(List.of("a", "b", "c"), list(f));
        assertEquals(3, f.cap);
        SliceV empty = (SliceV) call(p, "Fields", "");
        assertNotNull(empty, "Fields returns a non-nil empty slice");
        assertEquals(0, empty.len);
        assertEquals(List.of("x", "y"), list(call(p, "Fields", g(" \u00a0x\u2003y "))));
    }

    @Test
    void fieldsFuncCallsThePredicatePerRune() {
        Object f = func(a -> (Long) a[0] == ',' || (Long) a[0] == ';');
        assertEquals(List.of("a", "b", "c"), list(call(p, "FieldsFunc", ",a;;b,c;", f)));
    }

    @Test
    void splitKeepsTrailingEmptyAndGoCapacities() {
        SliceV s = (SliceV) call(p, "Split", "a,b,", ",");
        assertEquals(List.of("a", "b", ""), list(s));
        assertEquals(3, s.cap);
        s = (SliceV) call(p, "SplitN", "a,b,c,d", ",", 2L);
        assertEquals(List.of("a", "b,c,d"), list(s));
        s = (SliceV) call(p, "SplitN", "a,b", ",", 10L);
        assertEquals(List.of("a", "b"), list(s));
        assertEquals(4, s.cap);
        assertEquals(List.of("h", "é", "l", "l", "o"), list(call(p, "Split", g("héllo"), "")));
        assertEquals(List.of(""), list(call(p, "Split", "", ",")));
        assertNull(call(p, "SplitN", "a", ",", 0L));
        assertEquals(List.of("a,", "b,", "c"), list(call(p, "SplitAfter", "a,b,c", ",")));
    }

    @Test
    void caseMappingIsUnicodeAware() {
        assertEquals("한글ABC", s("ToUpper", g("한글abc")));
        assertEquals("àéî", s("ToLower", g("ÀÉÎ")));
        assertEquals(g("\uFFFDAB"), call(p, "ToUpper", "\u00ffab"), "an invalid byte becomes U+FFFD");
        assertEquals("Hello WOrld_x Y-Z", s("Title", "hello wOrld_x y-z"));
        assertEquals("ǅ", s("ToTitle", g("ǆ")));
    }

    @Test
    void replaceAndCount() {
        assertEquals("bbaa", s("Replace", "aaaa", "a", "b", 2L));
        assertEquals("-a-b-c-", s("Replace", "abc", "", "-", -1L));
        assertEquals("|h|é|llo", s("Replace", g("héllo"), "", "|", 3L));
        assertEquals("bXna", s("ReplaceAll", "banana", "ana", "X"));
        assertEquals(3, n("Count", "cheese", "e"));
        assertEquals(5, n("Count", "five", ""));
        assertEquals(2, n("Count", "aaaa", "aa"));
    }

    @Test
    void indexFamily() {
        assertEquals(4, n("Index", "chicken", "ken"));
        assertEquals(3, n("LastIndex", "go gopher", "go"));
        assertEquals(4, n("IndexRune", "chicken", (long) 'k'));
        assertEquals(1, n("IndexRune", "a\u00ffb", 0xFFFDL), "RuneError finds an invalid byte");
        assertEquals(4, n("IndexAny", "golang", "xyzn"));
        assertEquals(5, n("LastIndexAny", "golang", "go"));
        assertEquals(2, n("IndexByte", "abc", (long) 'c'));
        assertEquals(3, n("LastIndexByte", "abca", (long) 'a'));
        assertEquals(3, n("IndexFunc", g("abc世"), func(a -> (Long) a[0] > 127)));
        assertEquals(false, call(p, "ContainsAny", "hello", ""));
        assertEquals(true, call(p, "ContainsRune", "abc", (long) 'b'));
        assertEquals(true, call(p, "Contains", "seafood", "foo"));
        assertEquals(true, call(p, "HasSuffix", "abc", "bc"));
    }

    @Test
    void trimFamily() {
        assertEquals("hi there", s("TrimSpace", g(" \t\n hi there \u3000")));
        assertEquals("hi", s("Trim", "xxhixx", "x"));
        assertEquals("Hello, Gophers!!!", s("TrimLeft", g("¡¡¡Hello, Gophers!!!"), g("!¡")));
        assertEquals("abc", s("TrimRight", "abc\u00ff", "\u00ff"));
        assertEquals("abc", s("TrimFunc", "123abc456", func(a -> Uni.isDigit((Long) a[0]))));
        assertEquals("body", s("TrimPrefix", "prefix-body", "prefix-"));
        assertEquals("file", s("TrimSuffix", "file.go", ".go"));
    }

    @Test
    void equalFoldFollowsCaseOrbits() {
        assertEquals(true, call(p, "EqualFold", "Go", "GO"));
        assertEquals(true, call(p, "EqualFold", g("ß"), g("ẞ")));
        assertEquals(false, call(p, "EqualFold", g("İ"), "i"));
        assertEquals(true, call(p, "EqualFold", "k", g("\u212a")));
        assertEquals(true, call(p, "EqualFold", g("σς"), g("ΣΣ")));
        assertEquals(false, call(p, "EqualFold", "ab", "abc"));
    }

    @Test
    void mapDropsNegativeAndRepairsInvalidBytes() {
        Object f = func(a -> (Long) a[0] == 'a' ? -1L : Uni.toUpper((Long) a[0]));
        assertEquals("BNN\uFFFD", s("Map", f, "banana\u00ff"));
        String same = "unchanged";
        assertEquals(same, call(p, "Map", func(a -> a[0]), same));
    }

    @Test
    void cutCompareRepeatJoin() {
        Object r = call(p, "Cut", "key=value", "=");
        assertEquals("key", res(r, 0));
        assertEquals("value", res(r, 1));
        assertEquals(true, res(r, 2));
        r = call(p, "Cut", "novalue", "=");
        assertEquals("novalue", res(r, 0));
        assertEquals(false, res(r, 2));
        r = call(p, "CutPrefix", "prefix-body", "prefix-");
        assertEquals("body", res(r, 0));
        assertEquals(true, res(r, 1));
        r = call(p, "CutSuffix", "file.go", ".txt");
        assertEquals("file.go", res(r, 0));
        assertEquals(false, res(r, 1));
        assertEquals(-1L, call(p, "Compare", "a", "b"));
        assertEquals("ababab", s("Repeat", "ab", 3L));
        assertEquals("x, y, z", s("Join", Std.strings("x", "y", "z"), ", "));
        assertEquals("", s("Join", null, ", "));
        assertEquals("a?b?c", s("ToValidUTF8", "a\u00ff\u00feb\u00ffc", "?"));
    }

    @Test
    void repeatPanicsLikeGo() {
        GoPanic e = assertThrows(GoPanic.class, () -> call(p, "Repeat", "x", -1L));
        assertEquals("strings: negative Repeat count", ((Iface) e.value).value);
        e = assertThrows(GoPanic.class, () -> call(p, "Repeat", "xx", Long.MAX_VALUE / 2 + 1));
        assertEquals("strings: Repeat count causes overflow", ((Iface) e.value).value);
    }
}
