package lanes.lib.strconv;

/**
 * Go's {@code strconv.ParseFloat}. Go's grammar is checked here (a port of {@code special}
 * and {@code readFloat}: signs, "inf"/"infinity"/"nan" in any case, decimal and hexadecimal
 * mantissas, underscores as Go literals allow them); the correctly rounded value then comes
 * from the JDK's parser, which rounds half-to-even straight to the target precision as Go does.
 * A value too large for the bit size gives ±Inf with a range error; tiny values round to zero
 * without error, as in Go.
 */
public final class FloatParse {
    private FloatParse() {}

    private static final String FN = "ParseFloat";

    public static double parseFloat(String s, int bitSize) {
        int sp = specialLength(s);
        if (sp > 0) {
            if (sp != s.length()) throw new NumError(FN, s, NumError.SYNTAX, 0.0);
            char c = s.charAt(0);
            if (c == 'n' || c == 'N') return Double.NaN;
            return c == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (readFloat(s) != s.length()) throw new NumError(FN, s, NumError.SYNTAX, 0.0);
        String clean = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
        double v;
        try {
            v = bitSize == 32 ? Float.parseFloat(clean) : Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("ParseFloat accepted " + s + " that the JDK rejects", e);
        }
        if (Double.isInfinite(v)) throw new NumError(FN, s, NumError.RANGE, v);
        return v;
    }

    /**
     * The length of a leading "inf", "infinity" (optionally signed) or "nan", in any case, or 0
     * (Go's {@code special}). A sign before "nan" is not accepted.
     */
    private static int specialLength(String s) {
        if (s.isEmpty()) return 0;
        char c = s.charAt(0);
        if (c == 'n' || c == 'N') return commonPrefixLenIgnoreCase(s, "nan") == 3 ? 3 : 0;
        int nsign = (c == '+' || c == '-') ? 1 : 0;
        if (nsign == 0 && c != 'i' && c != 'I') return 0;
        int n = commonPrefixLenIgnoreCase(s.substring(nsign), "infinity");
        if (3 < n && n < 8) n = 3;
        return n == 3 || n == 8 ? nsign + n : 0;
    }

    private static int commonPrefixLenIgnoreCase(String s, String prefix) {
        int n = Math.min(prefix.length(), s.length());
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ('A' <= c && c <= 'Z') c += 'a' - 'A';
            if (c != prefix.charAt(i)) return i;
        }
        return n;
    }

    /**
     * Go's {@code readFloat} reduced to syntax: the length of the longest valid prefix that Go
     * would accept as a number, or -1 when the number is malformed.
     */
    private static int readFloat(String s) {
        boolean underscores = false;
        int i = 0;
        int n = s.length();
        if (i >= n) return -1;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') i++;
        int base = 10;
        char expChar = 'e';
        if (i + 2 < n && s.charAt(i) == '0' && IntParse.lower(s.charAt(i + 1)) == 'x') {
            base = 16;
            i += 2;
            expChar = 'p';
        }
        boolean sawdot = false;
        boolean sawdigits = false;
        loop:
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawdot) break loop;
                sawdot = true;
            } else if ('0' <= c && c <= '9') {
                sawdigits = true;
            } else if (base == 16 && 'a' <= IntParse.lower(c) && IntParse.lower(c) <= 'f') {
                sawdigits = true;
            } else {
                break;
            }
        }
        if (!sawdigits) return -1;
        if (i < n && IntParse.lower(s.charAt(i)) == expChar) {
            i++;
            if (i >= n) return -1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') i++;
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') return -1;
            for (; i < n && ('0' <= s.charAt(i) && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') underscores = true;
            }
        } else if (base == 16) {
            return -1; // a hexadecimal mantissa requires a 'p' exponent
        }
        if (underscores && !IntParse.underscoreOK(s.substring(0, i))) return -1;
        return i;
    }
}
