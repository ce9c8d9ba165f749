package lanes.check;

import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.Iface;

/** How the builtins {@code print} and {@code println} write values (Go's runtime printing, not fmt). */
public final class PrintBuiltin {
    private PrintBuiltin() {}

    static String format(Type t, Object v) {
        Kind k = t.underlying().kind();
        if (k.isInteger()) {
            long x = (Long) v;
            return k == Kind.UINT64 || k == Kind.UINT || k == Kind.UINTPTR ? Long.toUnsignedString(x) : Long.toString(x);
        }
        if (k.isFloat()) return floatString((Double) v);
        if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) return v.toString();
        if (k == Kind.STRING) return (String) v;
        if (k == Kind.INTERFACE) {
            if (v == null) return "(0x0,0x0)";
            return "(0x" + Integer.toHexString(System.identityHashCode(((Iface) v).type)) + ",0xc" + String.format("%09x", System.identityHashCode(((Iface) v).value)) + ")";
        }
        if (v == null) return "0x0";
        return "0xc" + String.format("%09x", System.identityHashCode(v) & 0xFFFFFFFFL);
    }

    /** Go's runtime float printing ({@code printfloat}, digit by digit as the runtime does): {@code +1.500000e+000}. */
    public static String floatString(double v) {
        if (v != v) return "NaN";
        if (v + v == v && v > 0) return "+Inf";
        if (v + v == v && v < 0) return "-Inf";
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) buf[0] = '-';
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) h /= 10;
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int d = (int) v;
            buf[i + 2] = (char) (d + '0');
            v -= d;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) ((e / 10) % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }
}
