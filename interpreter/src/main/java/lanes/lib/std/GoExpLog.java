package lanes.lib.std;

/**
 * Go's Exp, Log (with Log2 and Log10 on top) and Hypot as Go on amd64 computes them: ports of
 * Go's amd64 assembly, instruction for instruction, so that results agree to the last bit. Exp
 * is the FMA form of the assembly, the one every x86-64 CPU of the last decade takes.
 * Constant expressions that Go evaluates exactly before rounding (1/Ln10) are spelled as bits.
 */
final class GoExpLog {
    private GoExpLog() {}

    private static final double LN10_INV = Double.longBitsToDouble(0x3fdbcb7b1526e50eL);
    private static final double LN2_INV = Double.longBitsToDouble(0x3ff71547652b82feL);

    // ---- Exp (exp_amd64.s, FMA path) ----
    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double EXP_OVERFLOW = 7.09782712893384e+02;
    private static final double[] TAYLOR = {
        2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
        4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0,
    };

    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~Long.MIN_VALUE) >= 0x7FF0000000000000L) {
            return bits == 0xFFF0000000000000L ? 0 : x;
        }
        if (x > EXP_OVERFLOW) return Double.POSITIVE_INFINITY;
        int bx = cvtsd2si(LOG2E * x);
        double k = bx;
        double r = Math.fma(-k, LN2U, x);
        r = Math.fma(-k, LN2L, r);
        r *= 0.0625;
        double p = TAYLOR[0];
        for (int i = 1; i < TAYLOR.length; i++) p = Math.fma(p, r, TAYLOR[i]);
        r *= p;
        for (int i = 0; i < 3; i++) r *= r + 2.0;
        r = Math.fma(r, r + 2.0, 1.0);
        long e = (long) bx + 0x3FF;
        if (e <= 0) {
            if (e < -52) return 0;
            r *= Double.longBitsToDouble((e + 0x3FE) << 52);
            e = 1;
        } else if (e >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return r * Double.longBitsToDouble(e << 52);
    }

    /** x86's CVTSD2SI to 32 bits: round half to even, and the "integer indefinite" MIN_VALUE when out of range. */
    private static int cvtsd2si(double v) {
        double r = Math.rint(v);
        if (Double.isNaN(r) || r < Integer.MIN_VALUE || r > Integer.MAX_VALUE) return Integer.MIN_VALUE;
        return (int) r;
    }

    // ---- Log (log_amd64.s) ----
    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01;
    private static final double L2 = 3.999999999940941908e-01;
    private static final double L3 = 2.857142874366239149e-01;
    private static final double L4 = 2.222219843214978396e-01;
    private static final double L5 = 1.818357216161805012e-01;
    private static final double L6 = 1.531383769920937332e-01;
    private static final double L7 = 1.479819860511658591e-01;

    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~Long.MIN_VALUE) == 0) return Double.NEGATIVE_INFINITY;
        if (bits < 0) return GoMath.NAN;
        if (bits >= 0x7FF0000000000000L) return x;
        // The assembly splits the bits without normalising subnormals, and we keep that.
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (double) ((int) ((bits >>> 52) & 0x7FF) - 0x3FE);
        if (!(HSQRT2 < f1)) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
        double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * LN2_HI - ((hfsq - (s * (r + hfsq) + k * LN2_LO)) - f);
    }

    static double log10(double x) {
        return log(x) * LN10_INV;
    }

    static double log2(double x) {
        double frac = GoMath.frexpFrac(x);
        int exp = GoMath.frexpExp(x);
        if (frac == 0.5) return exp - 1;
        return log(frac) * LN2_INV + exp;
    }

    // ---- Hypot (hypot_amd64.s) ----
    static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(p) || Double.isNaN(q)) return GoMath.NAN;
        if (p == 0 && q == 0) return 0;
        double big = Math.max(p, q);
        double r = Math.min(p, q) / big;
        return big * Math.sqrt(r * r + 1.0);
    }
}
