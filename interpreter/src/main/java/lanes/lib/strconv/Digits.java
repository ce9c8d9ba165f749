package lanes.lib.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative finite float: the value is {@code 0.d × 10^dp}, with no
 * leading or trailing zeros in {@code d} (zero is {@code d = "", dp = 0}). This is Go's
 * {@code decimalSlice}, and how many digits survive trimming matters to {@code %g}.
 *
 * <p>Rounded forms round the exact binary value half-to-even, as Go's ryu and big-decimal paths
 * both do. The shortest form takes the JDK's shortest-repr digits ({@code Double.toString},
 * exact since JDK 19) and corrects the one case where the JDK's rule differs from Go's: when a
 * single digit suffices, the JDK may still print two (it chooses among 1- and 2-digit decimals
 * the closest), while Go prints the closest 1-digit decimal that reads back.
 */
record Digits(String d, int dp) {
    static final Digits ZERO = new Digits("", 0);

    int nd() {
        return d.length();
    }

    /** Shortest digits that read back as {@code abs} at the given bit size (32 or 64). */
    static Digits shortest(double abs, int bitSize) {
        if (abs == 0) return ZERO;
        String s = bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs);
        Digits dg = parseJava(s);
        if (dg.nd() == 2) {
            Digits one = oneDigit(abs, bitSize, dg);
            if (one != null) return one;
        }
        return dg;
    }

    /** The exact value rounded half-to-even to {@code n >= 1} significant digits. */
    static Digits significant(double abs, int n) {
        if (abs == 0) return ZERO;
        return of(new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** The exact value rounded half-to-even to {@code prec} digits after the decimal point. */
    static Digits fixed(double abs, int prec) {
        if (abs == 0) return ZERO;
        return of(new BigDecimal(abs).setScale(prec, RoundingMode.HALF_EVEN));
    }

    private static Digits of(BigDecimal b) {
        if (b.signum() == 0) return ZERO;
        b = b.stripTrailingZeros();
        String u = b.unscaledValue().toString();
        return new Digits(u, u.length() - b.scale());
    }

    /** Parses the JDK's {@code 1.2345E-5} / {@code 123.45} forms. */
    private static Digits parseJava(String s) {
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String all = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int dp = (dot < 0 ? mant.length() : dot) + exp;
        int start = 0;
        while (start < all.length() && all.charAt(start) == '0') {
            start++;
            dp--;
        }
        int end = all.length();
        while (end > start && all.charAt(end - 1) == '0') end--;
        return new Digits(all.substring(start, end), dp);
    }

    /** The closest 1-digit decimal that reads back as {@code abs}, if there is one. */
    private static Digits oneDigit(double abs, int bitSize, Digits two) {
        int first = two.d.charAt(0) - '0';
        Digits lo = new Digits(String.valueOf(first), two.dp);
        Digits hi = first == 9 ? new Digits("1", two.dp + 1) : new Digits(String.valueOf(first + 1), two.dp);
        boolean loOk = readsBack(lo, abs, bitSize);
        boolean hiOk = readsBack(hi, abs, bitSize);
        if (!loOk && !hiOk) return null;
        if (loOk != hiOk) return loOk ? lo : hi;
        BigDecimal x = new BigDecimal(abs);
        int c = x.subtract(lo.value()).abs().compareTo(hi.value().subtract(x).abs());
        if (c != 0) return c < 0 ? lo : hi;
        return (first % 2 == 0) ? lo : hi;
    }

    private BigDecimal value() {
        return new BigDecimal(new java.math.BigInteger(d), d.length() - dp);
    }

    private static boolean readsBack(Digits dg, double abs, int bitSize) {
        String s = "0." + dg.d + "E" + dg.dp;
        return bitSize == 32 ? Float.parseFloat(s) == (float) abs : Double.parseDouble(s) == abs;
    }
}
