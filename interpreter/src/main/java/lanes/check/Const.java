package lanes.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import lanes.types.Basic;
import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.GoStrings;

/**
 * Compile-time constant values with Go's exact arithmetic: integers are BigInteger, floats
 * BigDecimal (to 60 significant digits), plus Boolean and byte-string String.
 */
final class Const {
    private Const() {}

    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);

    static BigDecimal toDec(Object v) {
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Rat r) return r.toDec();
        return new BigDecimal((BigInteger) v);
    }

    /** An integer value if v is integral (a float constant like 2.0 counts), else null. */
    static BigInteger toInt(Object v) {
        if (v instanceof BigInteger i) return i;
        if (v instanceof Rat r) return r.den().equals(BigInteger.ONE) ? r.num() : null;
        if (v instanceof BigDecimal d) {
            try {
                return d.stripTrailingZeros().toBigIntegerExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    static boolean fits(BigInteger v, Kind k) {
        int bits = k.bits();
        if (k.isUnsigned()) {
            return v.signum() >= 0 && v.bitLength() <= bits;
        }
        return v.bitLength() <= bits - 1;
    }

    static boolean fitsFloat(BigDecimal d, Kind k) {
        double x = d.doubleValue();
        if (k == Kind.FLOAT32) return !Float.isInfinite((float) x);
        return !Double.isInfinite(x);
    }

    /** The Java runtime value of constant v converted to type t (whose kind is not untyped, or is the default). */
    static Object toRuntime(Object v, Type t) {
        Kind k = t.underlying().kind();
        if (k.isUntyped() && t instanceof Basic b) k = b.defaultType().kind();
        if (k.isInteger()) {
            BigInteger i = toInt(v);
            return i.longValue();
        }
        if (k.isFloat()) {
            double d = toDec(v).doubleValue();
            if (k == Kind.FLOAT32) d = (float) d;
            return d;
        }
        if (k == Kind.BOOL) return v;
        if (k == Kind.STRING) return v;
        return v;
    }

    static String describe(Object v) {
        if (v instanceof String s) return lanes.lib.strconv.Quote.quote(s);
        if (v instanceof BigDecimal d) return formatFloat(d);
        if (v instanceof Rat r) return formatFloat(r.toDec());
        return String.valueOf(v);
    }

    /** Go's spelling of a float constant in messages (%g-like, shortest). */
    static String formatFloat(BigDecimal d) {
        BigInteger i = toInt(d);
        if (i != null && i.abs().bitLength() < 64) return i.toString();
        double x = d.doubleValue();
        String s = lanes.lib.strconv.FloatFormat.format(x, 'g', -1, 64);
        return s;
    }

    static Object neg(Object v) {
        if (v instanceof BigInteger i) return i.negate();
        if (v instanceof Rat r) return new Rat(r.num().negate(), r.den());
        return ((BigDecimal) v).negate();
    }

    static int cmp(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) return x.compareTo(y);
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        if (a instanceof Rat || b instanceof Rat) return Rat.of(a).sub(Rat.of(b)).signum();
        return toDec(a).compareTo(toDec(b));
    }

    static String runeString(BigInteger r) {
        return GoStrings.encodeRune(r.bitLength() > 32 ? 0xFFFD : r.longValue());
    }

    static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }
}
