package lanes.lib.std;

/**
 * Go's inverse trigonometric and hyperbolic functions (Atan, Atan2, Asin, Acos, Sinh, Cosh,
 * Tanh): the pure Go code amd64 runs, ported operation for operation; the hyperbolic ones call
 * Go's assembly Exp through {@link GoMath#exp}.
 */
final class GoArc {
    private GoArc() {}

    private static final double PI = Math.PI;
    private static final double PI2 = Math.PI / 2;
    private static final double PI4 = Math.PI / 4;
    private static final double PI3_4 = Double.longBitsToDouble(0x4002d97c7f3321d2L);

    private static double xatan(double x) {
        final double p0 = -8.750608600031904122785e-01;
        final double p1 = -1.615753718733365076637e+01;
        final double p2 = -7.500855792314704667340e+01;
        final double p3 = -1.228866684490136173410e+02;
        final double p4 = -6.485021904942025371773e+01;
        final double q0 = +2.485846490142306297962e+01;
        final double q1 = +1.650270098316988542046e+02;
        final double q2 = +4.328810604912902668951e+02;
        final double q3 = +4.853903996359136964868e+02;
        final double q4 = +1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
        return x * z + x;
    }

    private static double satan(double x) {
        final double morebits = 6.123233995736765886130e-17;
        final double tan3pio8 = 2.41421356237309504880;
        if (x <= 0.66) return xatan(x);
        if (x > tan3pio8) return PI2 - xatan(1 / x) + morebits;
        return PI4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
    }

    static double atan(double x) {
        if (x == 0) return x;
        return x > 0 ? satan(x) : -satan(-x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) return GoMath.NAN;
        if (y == 0) {
            if (x >= 0 && !GoMath.signbit(x)) return Math.copySign(0.0, y);
            return Math.copySign(PI, y);
        }
        if (x == 0) return Math.copySign(PI2, y);
        if (Double.isInfinite(x)) {
            if (x > 0) return Double.isInfinite(y) ? Math.copySign(PI4, y) : Math.copySign(0.0, y);
            return Double.isInfinite(y) ? Math.copySign(PI3_4, y) : Math.copySign(PI, y);
        }
        if (Double.isInfinite(y)) return Math.copySign(PI2, y);
        double q = atan(y / x);
        if (x < 0) return q <= 0 ? q + PI : q - PI;
        return q;
    }

    static double asin(double x) {
        if (x == 0) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x > 1) return GoMath.NAN;
        double temp = Math.sqrt(1 - x * x);
        if (x > 0.7) temp = PI2 - satan(temp / x);
        else temp = satan(x / temp);
        return sign ? -temp : temp;
    }

    static double acos(double x) {
        return PI2 - asin(x);
    }

    static double sinh(double x) {
        final double p0 = -0.6307673640497716991184787251e+6;
        final double p1 = -0.8991272022039509355398013511e+5;
        final double p2 = -0.2894211355989563807284660366e+4;
        final double p3 = -0.2630563213397497062819489e+2;
        final double q0 = -0.6307673640497716991212077277e+6;
        final double q1 = 0.1521517378790019070696485176e+5;
        final double q2 = -0.173678953558233699533450911e+3;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > 21) {
            temp = GoExpLog.exp(x) * 0.5;
        } else if (x > 0.5) {
            double ex = GoExpLog.exp(x);
            temp = (ex - 1 / ex) * 0.5;
        } else {
            double sq = x * x;
            temp = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
            temp = temp / (((sq + q2) * sq + q1) * sq + q0);
        }
        return sign ? -temp : temp;
    }

    static double cosh(double x) {
        x = Math.abs(x);
        if (x > 21) return GoExpLog.exp(x) * 0.5;
        double ex = GoExpLog.exp(x);
        return (ex + 1 / ex) * 0.5;
    }

    static double tanh(double x) {
        final double maxlog = 8.8029691931113054295988e+01;
        double z = Math.abs(x);
        if (z > 0.5 * maxlog) return x < 0 ? -1 : 1;
        if (z >= 0.625) {
            double s = GoExpLog.exp(2 * z);
            z = 1 - 2 / (s + 1);
            return x < 0 ? -z : z;
        }
        if (x == 0) return x;
        double s = x * x;
        return x + x * s * ((-9.64399179425052238628e-1 * s + -9.92877231001918586564e1) * s + -1.61468768441708447952e3)
                / (((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s + 4.84406305325125486048e3);
    }
}
