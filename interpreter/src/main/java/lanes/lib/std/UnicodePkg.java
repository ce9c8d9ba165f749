package lanes.lib.std;

import java.math.BigInteger;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

import lanes.lib.Native;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;

/** Package unicode: the class predicates, the case mappings and the limits (see {@link Uni}). */
public final class UnicodePkg {
    private UnicodePkg() {}

    public static Pkg create() {
        Pkg p = new Pkg("unicode");
        pred(p, "IsLetter", Uni::isLetter);
        pred(p, "IsDigit", Uni::isDigit);
        pred(p, "IsNumber", Uni::isNumber);
        pred(p, "IsSpace", Uni::isSpace);
        pred(p, "IsUpper", Uni::isUpper);
        pred(p, "IsLower", Uni::isLower);
        pred(p, "IsTitle", Uni::isTitle);
        pred(p, "IsPunct", Uni::isPunct);
        pred(p, "IsSymbol", Uni::isSymbol);
        pred(p, "IsMark", Uni::isMark);
        pred(p, "IsControl", Uni::isControl);
        pred(p, "IsGraphic", Uni::isGraphic);
        pred(p, "IsPrint", Uni::isPrint);
        map(p, "ToUpper", Uni::toUpper);
        map(p, "ToLower", Uni::toLower);
        map(p, "ToTitle", Uni::toTitle);
        map(p, "SimpleFold", Uni::simpleFold);
        fn(p, "To", Sig.fn(Sig.of(Basic.INT, Basic.INT32), Basic.INT32), a -> {
            long r = (Long) a[1];
            return switch ((int) Math.max(-1, Math.min(3, (Long) a[0]))) {
                case 0 -> Uni.toUpper(r);
                case 1 -> Uni.toLower(r);
                case 2 -> Uni.toTitle(r);
                default -> (long) Utf8.RUNE_ERROR;
            };
        });
        RangeTables.add(p);
        rune(p, "MaxRune", Utf8.MAX_RUNE);
        rune(p, "ReplacementChar", Utf8.RUNE_ERROR);
        rune(p, "MaxASCII", 0x7F);
        rune(p, "MaxLatin1", 0xFF);
        p.constant("UpperCase", Basic.UNTYPED_INT, BigInteger.ZERO);
        p.constant("LowerCase", Basic.UNTYPED_INT, BigInteger.ONE);
        p.constant("TitleCase", Basic.UNTYPED_INT, BigInteger.TWO);
        p.constant("MaxCase", Basic.UNTYPED_INT, BigInteger.valueOf(3));
        p.constant("Version", Basic.UNTYPED_STRING, "13.0.0");
        return p;
    }

    private static void rune(Pkg p, String name, long v) {
        p.constant(name, Basic.UNTYPED_RUNE, BigInteger.valueOf(v));
    }

    private static void fn(Pkg p, String name, FuncType sig, Function<Object[], Object> body) {
        p.fn(name, sig, new Native("unicode." + name, body));
    }

    private static void pred(Pkg p, String name, LongPredicate f) {
        fn(p, name, Sig.fn(Sig.of(Basic.INT32), Basic.BOOL), a -> f.test((Long) a[0]));
    }

    private static void map(Pkg p, String name, LongUnaryOperator f) {
        fn(p, name, Sig.fn(Sig.of(Basic.INT32), Basic.INT32), a -> f.applyAsLong((Long) a[0]));
    }
}
