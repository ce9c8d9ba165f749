package lanes.lib.strconv;

/**
 * Go's {@code strconv.FormatFloat(f, fmt, prec, bitSize)}: formats 'e', 'E', 'f', 'g', 'G',
 * 'b', 'x' and 'X'; {@code prec < 0} asks for the fewest digits that read back exactly at
 * {@code bitSize} (32 formats the value as a float32). Any other fmt gives {@code %fmt}, as Go.
 */
public final class FloatFormat {
    private FloatFormat() {}

    public static String format(double v, char fmt, int prec, int bitSize) {
        if (bitSize != 32 && bitSize != 64) {
            throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
        }
        if (bitSize == 32) v = (float) v;
        if (Double.isNaN(v)) return "NaN";
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        if (Double.isInfinite(v)) return neg ? "-Inf" : "+Inf";
        if (fmt == 'b' || fmt == 'x' || fmt == 'X') return BinaryFloat.format(v, fmt, prec, bitSize);

        double abs = Math.abs(v);
        Digits digs;
        boolean shortest = prec < 0;
        if (shortest) {
            digs = Digits.shortest(abs, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> { }
            }
        } else if (fmt == 'f') {
            digs = Digits.fixed(abs, prec);
        } else {
            int n = switch (fmt) {
                case 'e', 'E' -> prec + 1;
                case 'g', 'G' -> {
                    if (prec == 0) prec = 1;
                    yield prec;
                }
                default -> 1;
            };
            digs = Digits.significant(abs, n);
        }
        StringBuilder sb = new StringBuilder(24);
        formatDigits(sb, shortest, neg, digs, prec, fmt);
        return sb.toString();
    }

    private static void formatDigits(StringBuilder dst, boolean shortest, boolean neg, Digits digs, int prec, char fmt) {
        switch (fmt) {
            case 'e', 'E' -> fmtE(dst, neg, digs, prec, fmt);
            case 'f' -> fmtF(dst, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) eprec = digs.nd();
                // %e is used if the exponent from the conversion is less than -4 or greater than or
                // equal to the precision; if precision was the shortest possible, use precision 6.
                if (shortest) eprec = 6;
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) prec = digs.nd();
                    fmtE(dst, neg, digs, prec - 1, (char) (fmt + 'e' - 'g'));
                    return;
                }
                if (prec > digs.dp()) prec = digs.nd();
                fmtF(dst, neg, digs, Math.max(prec - digs.dp(), 0));
            }
            default -> dst.append('%').append(fmt);
        }
    }

    private static void fmtE(StringBuilder dst, boolean neg, Digits d, int prec, char fmt) {
        if (neg) dst.append('-');
        dst.append(d.nd() != 0 ? d.d().charAt(0) : '0');
        if (prec > 0) {
            dst.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                dst.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) dst.append('0');
        }
        dst.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) dst.append('0');
        dst.append(exp);
    }

    private static void fmtF(StringBuilder dst, boolean neg, Digits d, int prec) {
        if (neg) dst.append('-');
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            dst.append(d.d(), 0, m);
            for (; m < d.dp(); m++) dst.append('0');
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp() + i;
                dst.append(0 <= j && j < d.nd() ? d.d().charAt(j) : '0');
            }
        }
    }
}
