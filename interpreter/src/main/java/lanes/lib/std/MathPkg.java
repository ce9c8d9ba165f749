package lanes.lib.std;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import lanes.lib.Native;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Type;

/**
 * Package math. Constants are untyped, with exact values as the checker's constant arithmetic
 * expects (BigInteger, BigDecimal); functions compute what Go on amd64 computes, bit for bit
 * (see {@link GoMath} and {@link GoTrig}).
 */
public final class MathPkg {
    private MathPkg() {}

    private static final Type F = Basic.FLOAT64;
    private static final Type I = Basic.INT;

    public static Pkg create() {
        Pkg p = new Pkg("math");
        constants(p);
        f1(p, "Abs", Math::abs);
        f1(p, "Sqrt", Math::sqrt);
        f1(p, "Floor", GoMath::floor);
        f1(p, "Ceil", GoMath::ceil);
        f1(p, "Trunc", GoMath::trunc);
        f1(p, "Round", GoMath::round);
        f1(p, "RoundToEven", GoMath::roundToEven);
        f1(p, "Exp", GoExpLog::exp);
        f1(p, "Exp2", MathPkg::exp2);
        f1(p, "Log", GoExpLog::log);
        f1(p, "Log2", GoExpLog::log2);
        f1(p, "Log10", GoExpLog::log10);
        f1(p, "Sin", GoTrig::sin);
        f1(p, "Cos", GoTrig::cos);
        f1(p, "Tan", GoTrig::tan);
        f1(p, "Atan", GoArc::atan);
        f1(p, "Asin", GoArc::asin);
        f1(p, "Acos", GoArc::acos);
        f1(p, "Sinh", GoArc::sinh);
        f1(p, "Cosh", GoArc::cosh);
        f1(p, "Tanh", GoArc::tanh);
        f1(p, "Cbrt", GoMath::cbrt);
        f2(p, "Atan2", GoArc::atan2);
        // Go's Remainder is IEEE 754's remainder; Log1p and Expm1 are ports of the same FreeBSD code as StrictMath's
        f2(p, "Remainder", Math::IEEEremainder);
        f1(p, "Log1p", StrictMath::log1p);
        f1(p, "Expm1", StrictMath::expm1);
        f2(p, "Pow", GoMath::pow);
        f2(p, "Hypot", GoExpLog::hypot);
        f2(p, "Mod", GoMath::mod);
        f2(p, "Max", GoMath::max);
        f2(p, "Min", GoMath::min);
        f2(p, "Copysign", Math::copySign);
        f2(p, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 ? 0 : v;
        });
        fn(p, "Inf", Sig.fn(Sig.of(I), F), a -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        fn(p, "NaN", Sig.fn(Sig.of(), F), a -> GoMath.NAN);
        fn(p, "IsNaN", Sig.fn(Sig.of(F), Basic.BOOL), a -> Double.isNaN(d(a, 0)));
        fn(p, "IsInf", Sig.fn(Sig.of(F, I), Basic.BOOL), a -> {
            double f = d(a, 0);
            long sign = (Long) a[1];
            return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
        });
        fn(p, "Signbit", Sig.fn(Sig.of(F), Basic.BOOL), a -> GoMath.signbit(d(a, 0)));
        fn(p, "Modf", Sig.fn(Sig.of(F), F, F), a -> {
            double[] m = GoMath.modf(d(a, 0));
            return new Object[] {m[0], m[1]};
        });
        fn(p, "Frexp", Sig.fn(Sig.of(F), F, I), a -> new Object[] {GoMath.frexpFrac(d(a, 0)), (long) GoMath.frexpExp(d(a, 0))});
        fn(p, "Ldexp", Sig.fn(Sig.of(F, I), F), a -> GoMath.ldexp(d(a, 0), (Long) a[1]));
        fn(p, "Pow10", Sig.fn(Sig.of(I), F), a -> pow10((Long) a[0]));
        fn(p, "Float64bits", Sig.fn(Sig.of(F), Basic.UINT64), a -> Double.doubleToRawLongBits(d(a, 0)));
        fn(p, "Float64frombits", Sig.fn(Sig.of(Basic.UINT64), F), a -> Double.longBitsToDouble((Long) a[0]));
        fn(p, "Float32bits", Sig.fn(Sig.of(Basic.FLOAT32), Basic.UINT32), a -> Float.floatToRawIntBits((float) d(a, 0)) & 0xFFFFFFFFL);
        fn(p, "Float32frombits", Sig.fn(Sig.of(Basic.UINT32), Basic.FLOAT32), a -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
        return p;
    }

    private static void constants(Pkg p) {
        MathContext mc = new MathContext(60);
        BigDecimal ln2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009");
        BigDecimal ln10 = new BigDecimal("2.30258509299404568401799145468436420760110148862877297603332790");
        fc(p, "E", new BigDecimal("2.71828182845904523536028747135266249775724709369995957496696763"));
        fc(p, "Pi", new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
        fc(p, "Phi", new BigDecimal("1.61803398874989484820458683436563811772030917980576286213544862"));
        fc(p, "Sqrt2", new BigDecimal("1.41421356237309504880168872420969807856967187537694807317667974"));
        fc(p, "SqrtE", new BigDecimal("1.64872127070012814684865078781416357165377610071014801157507931"));
        fc(p, "SqrtPi", new BigDecimal("1.77245385090551602729816748334114518279754945612238712821380779"));
        fc(p, "SqrtPhi", new BigDecimal("1.27201964951406896425242246173749149171560804184009624861664038"));
        fc(p, "Ln2", ln2);
        fc(p, "Log2E", BigDecimal.ONE.divide(ln2, mc));
        fc(p, "Ln10", ln10);
        fc(p, "Log10E", BigDecimal.ONE.divide(ln10, mc));
        // The float limits are exact binary values; BigDecimal(double) spells them out exactly.
        fc(p, "MaxFloat32", new BigDecimal((double) Float.MAX_VALUE));
        fc(p, "SmallestNonzeroFloat32", new BigDecimal((double) Float.MIN_VALUE));
        fc(p, "MaxFloat64", new BigDecimal(Double.MAX_VALUE));
        fc(p, "SmallestNonzeroFloat64", new BigDecimal(Double.MIN_VALUE));
        ic(p, "MaxInt", BigInteger.valueOf(Long.MAX_VALUE));
        ic(p, "MinInt", BigInteger.valueOf(Long.MIN_VALUE));
        for (int bits : new int[] {8, 16, 32, 64}) {
            ic(p, "MaxInt" + bits, BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE));
            ic(p, "MinInt" + bits, BigInteger.ONE.shiftLeft(bits - 1).negate());
        }
        ic(p, "MaxUint", BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        for (int bits : new int[] {8, 16, 32, 64}) {
            ic(p, "MaxUint" + bits, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        }
    }

    private static void fc(Pkg p, String name, BigDecimal v) {
        p.constant(name, Basic.UNTYPED_FLOAT, v);
    }

    private static void ic(Pkg p, String name, BigInteger v) {
        p.constant(name, Basic.UNTYPED_INT, v);
    }

    private static void fn(Pkg p, String name, FuncType sig, Function<Object[], Object> body) {
        p.fn(name, sig, new Native("math." + name, body));
    }

    private static void f1(Pkg p, String name, DoubleUnaryOperator op) {
        fn(p, name, Sig.fn(Sig.of(F), F), a -> op.applyAsDouble(d(a, 0)));
    }

    private static void f2(Pkg p, String name, DoubleBinaryOperator op) {
        fn(p, name, Sig.fn(Sig.of(F, F), F), a -> op.applyAsDouble(d(a, 0), d(a, 1)));
    }

    private static double d(Object[] a, int i) {
        return (Double) a[i];
    }

    private static final double[] POW10 = {
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    };
    private static final double[] POW10_POS32 = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    private static final double[] POW10_NEG32 = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};

    /** Go's Pow10: two table entries multiplied (or divided), as Go does, not the correctly rounded power. */
    static double pow10(long n) {
        if (0 <= n && n <= 308) return POW10_POS32[(int) n / 32] * POW10[(int) n % 32];
        if (-323 <= n && n <= 0) return POW10_NEG32[(int) -n / 32] / POW10[(int) -n % 32];
        return n > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** Go's pure exp2 (amd64 has no assembly for it). */
    static double exp2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return 0;
        if (x > 1.0239999999999999e+03) return Double.POSITIVE_INFINITY;
        if (x < -1.0740e+03) return 0;
        long k = x > 0 ? (long) (x + 0.5) : x < 0 ? (long) (x - 0.5) : 0;
        double t = x - k;
        double hi = t * 6.93147180369123816490e-01;
        double lo = -t * 1.90821492927058770002e-10;
        double r = hi - lo;
        double tt = r * r;
        double c = r - tt * (1.66666666666666657415e-01 + tt * (-2.77777777770155933842e-03 + tt * (6.61375632143793436117e-05
                + tt * (-1.65339022054652515390e-06 + tt * 4.13813679705723846039e-08))));
        double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
        return GoMath.ldexp(y, k);
    }
}
