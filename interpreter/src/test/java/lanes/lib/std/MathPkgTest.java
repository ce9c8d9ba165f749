package lanes.lib.std;

import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.constant;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import lanes.lib.Pkg;
import lanes.types.Basic;

/** Package math: values real Go prints, to the last bit. */
class MathPkgTest {
    private final Pkg p = MathPkg.create();

    private double f(String fn, double... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) a[i] = args[i];
        return (Double) call(p, fn, a);
    }

    /** Go prints float64 with the shortest repr that reads back, as Java's Double.toString digits do. */
    private void same(double goValue, double actual) {
        assertEquals(Double.doubleToRawLongBits(goValue), Double.doubleToRawLongBits(actual), goValue + " vs " + actual);
    }

    @Test
    void elementaryFunctionsMatchGoBitForBit() {
        same(1.4142135623730951, f("Sqrt", 2));
        same(1024, f("Pow", 2, 10));
        same(0.8414709848078965, f("Sin", 1));
        same(0.5403023058681398, f("Cos", 1));
        same(1.557407724654902, f("Tan", 1));
        same(0.4636476090008061, f("Atan2", 1, 2));
        same(2.718281828459045, f("Exp", 1));
        same(2.302585092994046, f("Log", 10));
        same(3, f("Log2", 8));
        same(3, f("Log10", 1000));
        same(3, f("Cbrt", 27));
        same(5, f("Hypot", 3, 4));
        same(-0.48750602508751073, f("Sin", 1e10));
        same(-0.5753861119575491, f("Cos", 1e300));
        same(0.001, f("Pow", 10, -3));
        same(5e-324, f("Exp", -745));
        same(-2.3025850929940455, f("Log", 0.1));
        same(1448.1546878700492, f("Exp2", 10.5));
    }

    @Test
    void roundingAndSpecialValues() {
        same(-2, f("Floor", -1.5));
        same(-1, f("Ceil", -1.5));
        same(-0.0, f("Ceil", -0.5));
        same(-3, f("Round", -2.5));
        same(2, f("RoundToEven", 2.5));
        same(-2, f("Trunc", -2.7));
        same(1, f("Mod", 7, -3));
        assertEquals(true, Double.isNaN(f("Max", 3, Double.NaN)));
        same(Double.NEGATIVE_INFINITY, f("Min", Double.NEGATIVE_INFINITY, Double.NaN));
        same(Double.POSITIVE_INFINITY, (Double) call(p, "Inf", 1L));
        assertEquals(true, call(p, "IsInf", Double.NEGATIVE_INFINITY, -1L));
        assertEquals(0x7FF8000000000001L, Double.doubleToRawLongBits((Double) call(p, "NaN")));
        Object fr = call(p, "Frexp", 8.0);
        assertEquals(0.5, res(fr, 0));
        assertEquals(4L, res(fr, 1));
        same(1e-05, (Double) call(p, "Pow10", -5L));
        assertEquals(0x3FF0000000000000L, call(p, "Float64bits", 1.0));
    }

    @Test
    void constantsAreExactAndUntyped() {
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), constant(p, "MaxInt64"));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), constant(p, "MinInt64"));
        assertEquals(new BigInteger("18446744073709551615"), constant(p, "MaxUint64"));
        assertEquals(BigInteger.valueOf(Integer.MAX_VALUE), constant(p, "MaxInt32"));
        assertEquals(BigInteger.valueOf(-128), constant(p, "MinInt8"));
        assertEquals(BigInteger.valueOf(65535), constant(p, "MaxUint16"));
        assertEquals(Basic.UNTYPED_INT, ((Pkg.Const) p.members.get("MaxUint64")).type());
        assertEquals(Basic.UNTYPED_FLOAT, ((Pkg.Const) p.members.get("Pi")).type());
        same(Math.PI, ((BigDecimal) constant(p, "Pi")).doubleValue());
        same(Math.E, ((BigDecimal) constant(p, "E")).doubleValue());
        same(Double.MAX_VALUE, ((BigDecimal) constant(p, "MaxFloat64")).doubleValue());
        same(Double.MIN_VALUE, ((BigDecimal) constant(p, "SmallestNonzeroFloat64")).doubleValue());
        same(1.4426950408889634, ((BigDecimal) constant(p, "Log2E")).doubleValue());
        same(0.4342944819032518, ((BigDecimal) constant(p, "Log10E")).doubleValue());
    }
}
