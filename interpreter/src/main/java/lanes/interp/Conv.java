package lanes.interp;

import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.Values;

/** Conversions between types, and boxing into interfaces. */
public final class Conv {
    private Conv() {}

    /**
     * {@code [N]T(s)} (a copy) and {@code (*[N]T)(s)} (the slice's own elements). A pointer to
     * an array is the backing Java array itself, so the pointer form aliases the slice only
     * when the slice covers a whole backing array of length N; otherwise it gets a copy.
     */
    public static X sliceToArray(X x, lanes.types.ArrayType at, boolean pointer) {
        int n = (int) at.length();
        Type elem = at.elem();
        return new X() {
            @Override
            public Object eval(Frame f) {
                SliceV s = (SliceV) x.eval(f);
                int len = s == null ? 0 : s.len;
                if (len < n) {
                    throw lanes.values.RuntimeErrors.bounds("cannot convert slice with length " + len
                            + " to array or pointer to array with length " + n);
                }
                if (s == null) return pointer ? null : Values.zero(at);
                if (pointer && s.off == 0 && lanes.values.Store.length(s.array) == n) return s.array;
                Object arr = Values.storeOf(elem).alloc(n);
                System.arraycopy(s.array, s.off, arr, 0, n);
                if (!pointer && arr instanceof Object[] o && Values.isAggregate(elem)) {
                    for (int i = 0; i < n; i++) o[i] = Values.copy(elem, o[i]);
                }
                return arr;
            }
        };
    }

    public static X intToInt(X x, Kind to) {
        if (to.bits() == 64) return x;
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return Arith.wrap(x.evalLong(f), to);
            }
        };
    }

    public static X intToFloat(X x, boolean fromUnsigned64, boolean f32) {
        return new X.D() {
            @Override
            public double evalDouble(Frame f) {
                long v = x.evalLong(f);
                double d = fromUnsigned64 && v < 0 ? unsignedToDouble(v) : (double) v;
                return f32 ? (float) d : d;
            }
        };
    }

    static double unsignedToDouble(long v) {
        return (double) (v >>> 1) * 2.0 + (v & 1);
    }

    public static X floatToInt(X x, Kind to) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                double d = x.evalDouble(f);
                long v;
                if (to == Kind.UINT64 || to == Kind.UINT || to == Kind.UINTPTR) {
                    v = d >= 9.223372036854775807E18 ? (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE : (long) d;
                } else {
                    v = (long) d;
                }
                return Arith.wrap(v, to);
            }
        };
    }

    public static X floatToFloat(X x, boolean f32) {
        if (!f32) return x;
        return new X.D() {
            @Override
            public double evalDouble(Frame f) {
                return (float) x.evalDouble(f);
            }
        };
    }

    public static X runeToString(X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return GoStrings.encodeRune(x.evalLong(f));
            }
        };
    }

    public static X bytesToString(X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                SliceV s = (SliceV) x.eval(f);
                if (s == null) return "";
                return GoStrings.ofBytes((byte[]) s.array, s.off, s.len);
            }
        };
    }

    public static X stringToBytes(X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                byte[] b = GoStrings.bytes((String) x.eval(f));
                return new SliceV(b, 0, b.length, b.length);
            }
        };
    }

    public static X runesToString(X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                SliceV s = (SliceV) x.eval(f);
                if (s == null) return "";
                StringBuilder sb = new StringBuilder();
                long[] a = (long[]) s.array;
                for (int i = 0; i < s.len; i++) GoStrings.appendRune(sb, (int) Math.max(-1, Math.min(a[s.off + i], 0x7FFFFFFF)));
                return sb.toString();
            }
        };
    }

    public static X stringToRunes(X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                String s = (String) x.eval(f);
                long[] out = new long[s.length()];
                int n = 0;
                for (int i = 0; i < s.length(); ) {
                    long rw = GoStrings.decodeRune(s, i);
                    out[n++] = rw >>> 32;
                    i += (int) rw;
                }
                return new SliceV(out, 0, n, out.length);
            }
        };
    }

    /** Boxes a non-interface value of static type t into an interface value. */
    public static X toIface(Type t, X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return new Iface(t, x.eval(f));
            }
        };
    }

    /** Boxes with a copy (aggregates are values: the interface holds its own copy). */
    public static X toIfaceCopy(Type t, X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return new Iface(t, Values.copy(t, x.eval(f)));
            }
        };
    }
}
