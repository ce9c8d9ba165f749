package lanes.lib.std;

/**
 * Go's floating-point functions that amd64 runs as pure Go code (Pow, Cbrt, Mod, Frexp, Ldexp,
 * Modf, Round, Max, Min), ported operation for operation so that results agree to the last
 * bit; Floor, Ceil, Trunc and RoundToEven, which Go compiles to ROUNDSD, use the JDK's exact
 * equivalents. NaN results are Go's NaN(), bits 0x7FF8000000000001. The functions Go
 * implements in amd64 assembly are in {@link GoExpLog}.
 */
final class GoMath {
    private GoMath() {}

    static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);
    static final double SMALLEST_NORMAL = 2.2250738585072014e-308;

    // ---- frexp, ldexp, modf ----
    static double frexpFrac(double f) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) return f;
        if (Math.abs(f) < SMALLEST_NORMAL) f *= 0x1p52;
        long x = Double.doubleToRawLongBits(f);
        x &= ~(0x7FFL << 52);
        x |= (-1L + 1023) << 52;
        return Double.longBitsToDouble(x);
    }

    static int frexpExp(double f) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) return 0;
        int exp = 0;
        if (Math.abs(f) < SMALLEST_NORMAL) {
            f *= 0x1p52;
            exp = -52;
        }
        long x = Double.doubleToRawLongBits(f);
        return exp + (int) ((x >>> 52) & 0x7FF) - 1023 + 1;
    }

    static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) return frac;
        if (Math.abs(frac) < SMALLEST_NORMAL) {
            frac *= 0x1p52;
            exp -= 52;
        }
        long x = Double.doubleToRawLongBits(frac);
        exp += (int) ((x >>> 52) & 0x7FF) - 1023;
        if (exp < -1075) return Math.copySign(0.0, frac);
        if (exp > 1023) return frac < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        double m = 1;
        if (exp < -1022) {
            exp += 53;
            m = 1.0 / (1L << 53);
        }
        x &= ~(0x7FFL << 52);
        x |= (exp + 1023) << 52;
        return m * Double.longBitsToDouble(x);
    }

    /** Modf: {integer part, fractional part}, both with f's sign. */
    static double[] modf(double f) {
        if (f < 1) {
            if (f < 0) {
                double[] m = modf(-f);
                return new double[] {-m[0], -m[1]};
            }
            if (f == 0) return new double[] {f, f};
            return new double[] {0, f};
        }
        long x = Double.doubleToRawLongBits(f);
        long e = ((x >>> 52) & 0x7FF) - 1023;
        if (e < 64 - 12) x &= ~((1L << (64 - 12 - e)) - 1);
        double i = Double.longBitsToDouble(x);
        return new double[] {i, f - i};
    }

    // ---- rounding ----
    // Go compiles Floor, Ceil, Trunc and RoundToEven to SSE4.1's ROUNDSD, which is exact and
    // quiets a signalling NaN; the JDK's intrinsics do the same, but its interpreted fallback
    // would hand the NaN back unchanged, so NaNs are quieted here.
    private static double quiet(double nan) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | 0x0008000000000000L);
    }

    static double floor(double x) {
        return Double.isNaN(x) ? quiet(x) : Math.floor(x);
    }

    static double ceil(double x) {
        return Double.isNaN(x) ? quiet(x) : Math.ceil(x);
    }

    static double trunc(double x) {
        if (Double.isNaN(x)) return quiet(x);
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    static double roundToEven(double x) {
        return Double.isNaN(x) ? quiet(x) : Math.rint(x);
    }

    /** Round half away from zero, by Go's bit manipulation. */
    static double round(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long e = (bits >>> 52) & 0x7FF;
        if (e < 1023) {
            bits &= Long.MIN_VALUE;
            if (e == 1022) bits |= 0x3FF0000000000000L;
        } else if (e < 1023 + 52) {
            e -= 1023;
            bits += (1L << 51) >>> e;
            bits &= ~(((1L << 52) - 1) >>> e);
        }
        return Double.longBitsToDouble(bits);
    }

    static double max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0 && x == y) return signbit(x) ? y : x;
        return x > y ? x : y;
    }

    static double min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) return Double.NEGATIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0 && x == y) return signbit(x) ? x : y;
        return x < y ? x : y;
    }

    static boolean signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    // ---- Mod, Pow, Cbrt ----
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) return NAN;
        y = Math.abs(y);
        double yfr = frexpFrac(y);
        int yexp = frexpExp(y);
        double r = x < 0 ? -x : x;
        while (r >= y) {
            double rfr = frexpFrac(r);
            int rexp = frexpExp(r);
            if (rfr < yfr) rexp--;
            r = r - ldexp(y, rexp - yexp);
        }
        return x < 0 ? -r : r;
    }

    private static boolean isOddInt(double x) {
        // Beyond 2**53 every float is even; the guard also keeps Java's saturating (long) cast out of it.
        if (Math.abs(x) >= 0x1p53) return false;
        double[] m = modf(x);
        return m[1] == 0 && (((long) m[0]) & 1) == 1;
    }

    static double pow(double x, double y) {
        if (y == 0 || x == 1) return 1;
        if (y == 1) return x;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0) {
            if (y < 0) return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            if (y > 0) return isOddInt(y) ? x : 0;
        }
        if (Double.isInfinite(y)) {
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y > 0)) return 0;
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) return pow(1 / x, -y);
            if (y < 0) return 0;
            if (y > 0) return Double.POSITIVE_INFINITY;
        }
        if (y == 0.5) return Math.sqrt(x);
        if (y == -0.5) return 1 / Math.sqrt(x);
        double[] m = modf(Math.abs(y));
        double yi = m[0];
        double yf = m[1];
        if (yf != 0 && x < 0) return NAN;
        if (yi >= 0x1p63) {
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y > 0)) return 0;
            return Double.POSITIVE_INFINITY;
        }
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = GoExpLog.exp(yf * GoExpLog.log(x));
        }
        double x1 = frexpFrac(x);
        long xe = frexpExp(x);
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    static double cbrt(double x) {
        final long b1 = 715094163;
        final long b2 = 696219795;
        final double c = 5.42857142857142815906e-01;
        final double d = -7.05306122448979611050e-01;
        final double e = 1.41428571428571436819e+00;
        final double f = 1.60714285714285720630e+00;
        final double g = 3.57142857142857150787e-01;
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(x), 3) + (b1 << 32));
        if (x < SMALLEST_NORMAL) {
            t = (double) (1L << 54);
            t *= x;
            t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(t), 3) + (b2 << 32));
        }
        double r = t * t / x;
        double s = c + r * t;
        t *= g + f / (s + e + d / s);
        t = Double.longBitsToDouble((Double.doubleToRawLongBits(t) & (0xFFFFFFFFCL << 28)) + (1L << 30));
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign ? -t : t;
    }
}
