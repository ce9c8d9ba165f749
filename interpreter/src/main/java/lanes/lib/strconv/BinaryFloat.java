package lanes.lib.strconv;

/**
 * FormatFloat's binary formats for finite values: 'b' ({@code -ddddp±ddd}, the mantissa and
 * binary exponent as integers) and 'x'/'X' (hexadecimal mantissa {@code -0x1.ffp+10}, rounded
 * half-to-even when a precision is given). A port of Go's {@code fmtB} and {@code fmtX}.
 */
final class BinaryFloat {
    private BinaryFloat() {}

    private static final String LOWER = "0123456789abcdef";
    private static final String UPPER = "0123456789ABCDEF";

    static String format(double v, char fmt, int prec, int bitSize) {
        int mantbits = bitSize == 32 ? 23 : 52;
        int expbits = bitSize == 32 ? 8 : 11;
        int bias = bitSize == 32 ? -127 : -1023;
        long bits = bitSize == 32 ? Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL : Double.doubleToRawLongBits(v);
        boolean neg = (bits >>> (expbits + mantbits)) != 0;
        int exp = (int) (bits >>> mantbits) & ((1 << expbits) - 1);
        long mant = bits & ((1L << mantbits) - 1);
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << mantbits;
        }
        exp += bias;
        StringBuilder dst = new StringBuilder(24);
        if (fmt == 'b') {
            if (neg) dst.append('-');
            dst.append(mant).append('p');
            exp -= mantbits;
            if (exp >= 0) dst.append('+');
            dst.append(exp);
            return dst.toString();
        }
        return fmtX(dst, prec, fmt, neg, mant, exp, mantbits);
    }

    private static String fmtX(StringBuilder dst, int prec, char fmt, boolean neg, long mant, int exp, int mantbits) {
        if (mant == 0) exp = 0;
        // Shift digits so leading 1 (if any) is at bit 1<<60.
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) mant++;
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? UPPER : LOWER;
        if (neg) dst.append('-');
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4; // remove leading 0 or 1
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) dst.append('0');
        dst.append(exp);
        return dst.toString();
    }
}
