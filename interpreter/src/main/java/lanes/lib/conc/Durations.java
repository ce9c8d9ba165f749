package lanes.lib.conc;

/** time.Duration arithmetic and printing, as Go's time package does it. */
final class Durations {
    private Durations() {}

    static final long NS = 1, US = 1000, MS = 1_000_000, S = 1_000_000_000L, MIN = 60 * S, H = 60 * MIN;

    /** Go's Duration.String: {@code 1h2m3.5s}, {@code 1.5ms}, {@code 50µs}, {@code 0s}. */
    static String format(long d) {
        char[] buf = new char[40];
        int w = buf.length;
        long u = d;
        boolean neg = d < 0;
        if (neg) u = -u;
        if (Long.compareUnsigned(u, S) < 0) {
            int prec;
            buf[--w] = 's';
            if (u == 0) return "0s";
            if (u < US) {
                prec = 0;
                buf[--w] = 'n';
            } else if (u < MS) {
                prec = 3;
                buf[--w] = 'µ';
            } else {
                prec = 6;
                buf[--w] = 'm';
            }
            long[] r = frac(buf, w, u, prec);
            w = (int) r[0];
            u = r[1];
            w = fmtInt(buf, w, u);
        } else {
            buf[--w] = 's';
            long[] r = frac(buf, w, u, 9);
            w = (int) r[0];
            u = r[1];
            w = fmtInt(buf, w, Long.remainderUnsigned(u, 60));
            u = Long.divideUnsigned(u, 60);
            if (u > 0) {
                buf[--w] = 'm';
                w = fmtInt(buf, w, u % 60);
                u /= 60;
                if (u > 0) {
                    buf[--w] = 'h';
                    w = fmtInt(buf, w, u);
                }
            }
        }
        if (neg) buf[--w] = '-';
        return new String(buf, w, buf.length - w);
    }

    private static long[] frac(char[] buf, int w, long v, int prec) {
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) buf[--w] = (char) ('0' + digit);
            v = Long.divideUnsigned(v, 10);
        }
        if (print) buf[--w] = '.';
        return new long[] {w, v};
    }

    private static int fmtInt(char[] buf, int w, long v) {
        if (v == 0) {
            buf[--w] = '0';
        } else {
            while (v != 0) {
                buf[--w] = (char) ('0' + Long.remainderUnsigned(v, 10));
                v = Long.divideUnsigned(v, 10);
            }
        }
        return w;
    }

    static long truncate(long d, long m) {
        return m <= 0 ? d : d - d % m;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }

    static long round(long d, long m) {
        if (m <= 0) return d;
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) return d + r;
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) return d - r;
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    static double seconds(long d) {
        long sec = d / S;
        long nsec = d % S;
        return (double) sec + (double) nsec / 1e9;
    }

    static double minutes(long d) {
        long min = d / MIN;
        long nsec = d % MIN;
        return (double) min + (double) nsec / (60 * 1e9);
    }

    static double hours(long d) {
        long hour = d / H;
        long nsec = d % H;
        return (double) hour + (double) nsec / (60 * 60 * 1e9);
    }
}
