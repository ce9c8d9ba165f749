package lanes.lib.std;

import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.g;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import lanes.lib.Pkg;
import lanes.types.Basic;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.SliceV;

/** Packages unicode and unicode/utf8. */
class UnicodePkgTest {
    private final Pkg u = UnicodePkg.create();
    private final Pkg utf8 = Utf8Pkg.create();

    private Object is(String fn, int r) {
        return call(u, fn, (long) r);
    }

    @Test
    void classesFollowGo() {
        assertEquals(true, is("IsLetter", 'é'));
        assertEquals(true, is("IsDigit", '٣'));
        assertEquals(true, is("IsNumber", '½'));
        assertEquals(false, is("IsDigit", '½'));
        assertEquals(true, is("IsSpace", 0x85));
        assertEquals(false, is("IsSpace", 0x200B));
        assertEquals(true, is("IsUpper", 'Σ'));
        assertEquals(true, is("IsLower", 'ß'));
        assertEquals(false, is("IsUpper", 0x24B6), "Ⓐ is a symbol, not an upper-case letter, in Go");
        assertEquals(true, is("IsPunct", '!'));
        assertEquals(false, is("IsPunct", '+'));
        assertEquals(true, is("IsSymbol", '+'));
        assertEquals(true, is("IsControl", 0x9F));
        assertEquals(false, is("IsControl", 0x200E));
        assertEquals(false, is("IsLetter", 0x10570), "Vithkuqi is newer than Go 1.19's Unicode 13");
    }

    @Test
    void caseMappings() {
        assertEquals(376L, is("ToUpper", 'ÿ'));
        assertEquals(963L, is("ToLower", 'Σ'));
        assertEquals(0x1C4L, is("ToUpper", 0x1C5));
        assertEquals(0x1C5L, is("ToTitle", 0x1C6));
        assertEquals(0x19BL, is("ToUpper", 0x19B), "ƛ has no upper case before Unicode 16");
        assertEquals(107L, is("SimpleFold", 'K'));
        assertEquals(8490L, is("SimpleFold", 'k'));
        assertEquals(0x3A3L, is("SimpleFold", 0x3C3));
        assertEquals(-1L, is("ToUpper", -1));
        assertEquals(0xFFFDL, call(u, "To", 5L, (long) 'a'));
    }

    @Test
    void limits() {
        assertEquals(BigInteger.valueOf(0x10FFFF), Std.constant(u, "MaxRune"));
        assertEquals(Basic.UNTYPED_RUNE, ((Pkg.Const) u.members.get("MaxRune")).type());
        assertEquals(BigInteger.valueOf(0xFFFD), Std.constant(utf8, "RuneError"));
        assertEquals(BigInteger.valueOf(4), Std.constant(utf8, "UTFMax"));
        assertEquals(BigInteger.valueOf(128), Std.constant(utf8, "RuneSelf"));
    }

    @Test
    void utf8Decoding() {
        assertEquals(9L, call(utf8, "RuneCountInString", g("héllo, 世界")));
        assertEquals(2L, call(utf8, "RuneCount", Std.bytes(g("世a"))));
        assertEquals(3L, call(utf8, "RuneLen", (long) '世'));
        assertEquals(-1L, call(utf8, "RuneLen", -1L));
        assertEquals(-1L, call(utf8, "RuneLen", 0xD800L));
        assertEquals(false, call(utf8, "ValidString", "a\u00ffb"));
        assertEquals(true, call(utf8, "ValidString", g("世界")));
        Object r = call(utf8, "DecodeRuneInString", g("世界"));
        assertEquals(19990L, res(r, 0));
        assertEquals(3L, res(r, 1));
        r = call(utf8, "DecodeLastRuneInString", g("世界"));
        assertEquals(30028L, res(r, 0));
        assertEquals(3L, res(r, 1));
        r = call(utf8, "DecodeLastRuneInString", "a\u00e4\u00b8");
        assertEquals(65533L, res(r, 0));
        assertEquals(1L, res(r, 1));
        r = call(utf8, "DecodeRuneInString", "");
        assertEquals(65533L, res(r, 0));
        assertEquals(0L, res(r, 1));
        r = call(utf8, "DecodeRuneInString", "\u00ed\u00a0\u0080");
        assertEquals(65533L, res(r, 0), "a surrogate's encoding is invalid");
        assertEquals(1L, res(r, 1));
        assertEquals(true, call(utf8, "FullRuneInString", "\u00e4\u00b8\u0096"));
        assertEquals(false, call(utf8, "FullRuneInString", "\u00e4\u00b8"));
    }

    @Test
    void encodeRuneWritesOrPanics() {
        SliceV buf = new SliceV(new byte[3], 0, 3, 3);
        assertEquals(3L, call(utf8, "EncodeRune", buf, (long) '世'));
        assertArrayEquals(new byte[] {(byte) 228, (byte) 184, (byte) 150}, (byte[]) buf.array);
        SliceV shortBuf = new SliceV(new byte[3], 0, 2, 3);
        GoPanic e = assertThrows(GoPanic.class, () -> call(utf8, "EncodeRune", shortBuf, (long) '世'));
        assertEquals("runtime error: index out of range [2] with length 2", ((Iface) e.value).value);
        assertEquals(g("a世"), Std.str(call(utf8, "AppendRune", Std.bytes("a"), (long) '世')));
    }
}
