package lanes.lib.std;

import java.math.BigInteger;
import java.util.function.Function;

import lanes.lib.Native;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.SliceV;
import lanes.values.Values;

/** Package unicode/utf8, on the byte-string algorithms of {@link Utf8}. */
public final class Utf8Pkg {
    private Utf8Pkg() {}

    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type R = Basic.INT32;
    private static final Type B = Basic.BOOL;
    private static final Type BYTES = new SliceType(Basic.UINT8);

    public static Pkg create() {
        Pkg p = new Pkg("unicode/utf8");
        p.constant("RuneError", Basic.UNTYPED_RUNE, BigInteger.valueOf(Utf8.RUNE_ERROR));
        p.constant("RuneSelf", Basic.UNTYPED_INT, BigInteger.valueOf(Utf8.RUNE_SELF));
        p.constant("MaxRune", Basic.UNTYPED_RUNE, BigInteger.valueOf(Utf8.MAX_RUNE));
        p.constant("UTFMax", Basic.UNTYPED_INT, BigInteger.valueOf(Utf8.UTF_MAX));
        fn(p, "RuneCountInString", Sig.fn(Sig.of(S), I), a -> (long) GoStrings.runeCount((String) a[0]));
        fn(p, "RuneCount", Sig.fn(Sig.of(BYTES), I), a -> (long) GoStrings.runeCount(str(a[0])));
        fn(p, "RuneLen", Sig.fn(Sig.of(R), I), a -> (long) Utf8.runeLen((Long) a[0]));
        fn(p, "DecodeRuneInString", Sig.fn(Sig.of(S), R, I), a -> pair(Utf8.decode((String) a[0], 0)));
        fn(p, "DecodeRune", Sig.fn(Sig.of(BYTES), R, I), a -> pair(Utf8.decode(str(a[0]), 0)));
        fn(p, "DecodeLastRuneInString", Sig.fn(Sig.of(S), R, I), a -> pair(Utf8.decodeLast((String) a[0], ((String) a[0]).length())));
        fn(p, "DecodeLastRune", Sig.fn(Sig.of(BYTES), R, I), a -> {
            String s = str(a[0]);
            return pair(Utf8.decodeLast(s, s.length()));
        });
        fn(p, "ValidString", Sig.fn(Sig.of(S), B), a -> Utf8.valid((String) a[0]));
        fn(p, "Valid", Sig.fn(Sig.of(BYTES), B), a -> Utf8.valid(str(a[0])));
        fn(p, "ValidRune", Sig.fn(Sig.of(R), B), a -> Utf8.validRune((Long) a[0]));
        fn(p, "FullRuneInString", Sig.fn(Sig.of(S), B), a -> Utf8.fullRune((String) a[0], 0));
        fn(p, "FullRune", Sig.fn(Sig.of(BYTES), B), a -> Utf8.fullRune(str(a[0]), 0));
        fn(p, "RuneStart", Sig.fn(Sig.of(Basic.UINT8), B), a -> Utf8.runeStart((int) (long) (Long) a[0]));
        fn(p, "EncodeRune", Sig.fn(Sig.of(BYTES, R), I), a -> encodeRune((SliceV) a[0], (Long) a[1]));
        fn(p, "AppendRune", Sig.fn(Sig.of(BYTES, R), BYTES), a -> StrconvPkg.append(a[0], GoStrings.encodeRune((Long) a[1])));
        return p;
    }

    private static void fn(Pkg p, String name, FuncType sig, Function<Object[], Object> body) {
        p.fn(name, sig, new Native("utf8." + name, body));
    }

    private static String str(Object bytes) {
        SliceV b = (SliceV) bytes;
        return b == null ? "" : GoStrings.ofBytes((byte[]) b.array, b.off, b.len);
    }

    private static Object[] pair(long packed) {
        return new Object[] {(long) Utf8.rune(packed), (long) Utf8.width(packed)};
    }

    /** EncodeRune: writes r's encoding (RuneError's if r is invalid) into p, panicking as Go's bounds check does when p is short. */
    private static long encodeRune(SliceV p, long r) {
        String enc = GoStrings.encodeRune(r);
        int len = p == null ? 0 : p.len;
        if (len < enc.length()) {
            throw lanes.values.RuntimeErrors.bounds("index out of range [" + (enc.length() - 1) + "] with length " + len);
        }
        byte[] a = (byte[]) p.array;
        for (int i = 0; i < enc.length(); i++) a[p.off + i] = (byte) enc.charAt(i);
        return enc.length();
    }
}
