package lanes.check;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational, the value of a float constant produced by constant division: Go's
 * constant arithmetic is exact, so {@code 1.0/3*3 == 1} holds, which a decimal
 * approximation cannot give. Always normalised: the denominator is positive and coprime
 * with the numerator.
 */
record Rat(BigInteger num, BigInteger den) {
    static Rat of(BigInteger num, BigInteger den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Rat(num, den);
    }

    /** The exact rational of a constant value (BigInteger, BigDecimal or Rat). */
    static Rat of(Object v) {
        if (v instanceof Rat r) return r;
        if (v instanceof BigInteger i) return new Rat(i, BigInteger.ONE);
        BigDecimal d = (BigDecimal) v;
        if (d.scale() <= 0) return new Rat(d.toBigIntegerExact(), BigInteger.ONE);
        return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Rat add(Rat o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat sub(Rat o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat mul(Rat o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rat div(Rat o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    int signum() {
        return num.signum();
    }

    /** The value as a BigDecimal: exact when the denominator allows it, else to {@link Const#MC}. */
    BigDecimal toDec() {
        if (den.equals(BigInteger.ONE)) return new BigDecimal(num);
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        try {
            return n.divide(d);
        } catch (ArithmeticException nonTerminating) {
            return n.divide(d, Const.MC);
        }
    }

    /** The constant as a BigDecimal when exact, else this rational (keeps common values in one form). */
    Object simplest() {
        if (den.equals(BigInteger.ONE)) return new BigDecimal(num);
        BigInteger d = den;
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        while (d.mod(BigInteger.valueOf(5)).signum() == 0) d = d.divide(BigInteger.valueOf(5));
        return d.equals(BigInteger.ONE) ? toDec() : this;
    }
}
