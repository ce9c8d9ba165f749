package lanes.lib.std;

/**
 * Go's Sin, Cos and Tan (the Cephes-based pure Go code that amd64 runs), ported operation for
 * operation so that results agree with Go to the last bit; the JDK's fdlibm answers differ
 * in the last place for about a fifth of all arguments. Arguments of 2**29 and above are
 * reduced with Go's Payne-Hanek {@code trigReduce}.
 */
final class GoTrig {
    private GoTrig() {}

    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    /** float64(4/Pi), rounded once from the exact quotient as Go's constant arithmetic does. */
    private static final double FOUR_OVER_PI = Double.longBitsToDouble(0x3ff45f306dc9c883L);
    private static final double REDUCE_THRESHOLD = 1 << 29;

    private static final double[] SIN = {
        1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
    };
    private static final double[] COS = {
        -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
    };
    private static final double[] TAN_P = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    private static final double[] TAN_Q = {
        1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7,
    };

    /** 4/Pi as a 1280-bit fixed-point binary fraction, for reducing huge arguments. */
    private static final long[] M_PI4 = {
        0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L,
        0xfca2c757bd778ac3L, 0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL,
        0xd1046bea5d768909L, 0xd338e04d68befc82L, 0x7323ac7306a673e9L, 0x3908bf177bf25076L,
        0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL, 0xda6cfd9e4f96136eL, 0x9e8c7ecd3cbfd45aL,
        0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L, 0xac06608df8f6d757L,
    };

    /** The octant j (0..7) and the remainder z of x reduced by Pi/4, packed as {j, z}. */
    private static double[] reduce(double x) {
        if (x >= REDUCE_THRESHOLD) return trigReduce(x);
        long j = (long) (x * FOUR_OVER_PI);
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        j &= 7;
        return new double[] {j, ((x - y * PI4A) - y * PI4B) - y * PI4C};
    }

    static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return GoMath.NAN;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double[] jz = reduce(x);
        int j = (int) jz[0];
        double z = jz[1];
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        double y = j == 1 || j == 2 ? cosPoly(zz) : sinPoly(z, zz);
        return sign ? -y : y;
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return GoMath.NAN;
        boolean sign = false;
        x = Math.abs(x);
        double[] jz = reduce(x);
        int j = (int) jz[0];
        double z = jz[1];
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) sign = !sign;
        double zz = z * z;
        double y = j == 1 || j == 2 ? sinPoly(z, zz) : cosPoly(zz);
        return sign ? -y : y;
    }

    private static double sinPoly(double z, double zz) {
        return z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
    }

    private static double cosPoly(double zz) {
        return 1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
    }

    static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return GoMath.NAN;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long j;
        double z;
        if (x >= REDUCE_THRESHOLD) {
            double[] jz = trigReduce(x);
            j = (long) jz[0];
            z = jz[1];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            double y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        double zz = z * z;
        double y;
        if (zz > 1e-14) {
            y = z + z * (zz * (((TAN_P[0] * zz) + TAN_P[1]) * zz + TAN_P[2])
                    / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]));
        } else {
            y = z;
        }
        if ((j & 2) == 2) y = -1 / y;
        return sign ? -y : y;
    }

    /** Go's trigReduce: Payne-Hanek reduction of x >= 2**29 by Pi/4 with 4/Pi to 1280 bits. */
    static double[] trigReduce(double x) {
        final double pi4 = Math.PI / 4;
        if (x < pi4) return new double[] {0, x};
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> 52) & 0x7FF) - 1023 - 52;
        ix &= ~(0x7FFL << 52);
        ix |= 1L << 52;
        int digit = (exp + 61) / 64;
        int bitshift = (exp + 61) % 64;
        long z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
        long z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
        long z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
        long z2hi = Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = Math.unsignedMultiplyHigh(z1, ix);
        long z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = 1023 - (lz + 1);
        hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - 52;
        hi |= e << 52;
        double z = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) {
            j++;
            j &= 7;
            z--;
        }
        return new double[] {j, z * pi4};
    }

    /** Go's unsigned shifts: a count outside 0..63 shifts every bit out. */
    private static long shl(long x, int n) {
        return n < 0 || n > 63 ? 0 : x << n;
    }

    private static long shr(long x, int n) {
        return n < 0 || n > 63 ? 0 : x >>> n;
    }
}
