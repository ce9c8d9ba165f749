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
        if (k == Kind.BOOL) return v.toString();
        if (k == Kind.STRING) return (String) v;
        if (k == Kind.INTERFACE) {
            if (v == null) return "(0x0,0x0)";
            return "(0x" + Integer.toHexString(System.identityHashCode(((Iface) v).type)) + ",0xc" + String.format("%09x", System.identityHashCode(((Iface) v).value)) + ")";
        }
        if (v == null) return "0x0";
        return "0xc" + String.format("%09x", System.identityHashCode(v) & 0xFFFFFFFFL);
    }

    /** Go's runtime float printing: {@code +1.500000e+000}. */
    public static String floatString(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "+";
        double a = Math.abs(d);
        int e = 0;
        if (a != 0) {
            e = (int) Math.floor(Math.log10(a));
            double m = a / Math.pow(10, e);
            if (m >= 10) {
                e++;
            } else if (m < 1) {
                e--;
            }
        }
        double m = a == 0 ? 0 : a / Math.pow(10, e);
        String ms = String.format("%.6f", m);
        if (ms.startsWith("10")) {
            e++;
            ms = String.format("%.6f", m / 10);
        }
        String es = String.format("%03d", Math.abs(e));
        return sign + ms + "e" + (e < 0 ? "-" : "+") + es;
    }
}
