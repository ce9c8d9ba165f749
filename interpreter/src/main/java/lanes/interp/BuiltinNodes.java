package lanes.interp;

import lanes.types.Layout;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.MapV;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.Values;

/** Run-time parts of the builtins: append, copy, make, slicing. */
public final class BuiltinNodes {
    private BuiltinNodes() {}

    /** append(s, vs...) where vs are already-converted element nodes. */
    public static X append(X s, X[] vs, Type elem) {
        Store store = Values.storeOf(elem);
        long esize = Layout.sizeof(elem);
        return new X() {
            @Override
            public Object eval(Frame f) {
                SliceV sl = (SliceV) s.eval(f);
                int n = vs.length;
                if (n == 0) return sl;
                Object[] vals = new Object[n];
                for (int i = 0; i < n; i++) vals[i] = vs[i].eval(f);
                SliceV out = grow(f, sl, n, store, esize);
                int base = out.off + out.len - n;
                for (int i = 0; i < n; i++) Store.set(out.array, base + i, vals[i]);
                return out;
            }
        };
    }

    /** append(s, t...) with t a slice (or a string when s is []byte). */
    public static X appendSlice(X s, X t, Type elem, boolean fromString) {
        Store store = Values.storeOf(elem);
        long esize = Layout.sizeof(elem);
        return new X() {
            @Override
            public Object eval(Frame f) {
                SliceV sl = (SliceV) s.eval(f);
                Object tv = t.eval(f);
                if (fromString) {
                    String str = (String) tv;
                    int n = str.length();
                    if (n == 0) return sl == null ? null : sl;
                    SliceV out = grow(f, sl, n, store, esize);
                    byte[] a = (byte[]) out.array;
                    int base = out.off + out.len - n;
                    for (int i = 0; i < n; i++) a[base + i] = (byte) str.charAt(i);
                    return out;
                }
                SliceV src = (SliceV) tv;
                int n = src == null ? 0 : src.len;
                if (n == 0) return sl;
                // read the source before growing: they may share the backing array
                Object tmp = Store.copyOf(copyRange(src), n);
                SliceV out = grow(f, sl, n, store, esize);
                System.arraycopy(tmp, 0, out.array, out.off + out.len - n, n);
                return out;
            }
        };
    }

    private static Object copyRange(SliceV s) {
        Object a = Store.copyOf(s.array, s.off + s.len);
        if (s.off == 0) return a;
        Object b = Store.copyOf(a, s.len);
        System.arraycopy(a, s.off, b, 0, s.len);
        return b;
    }

    /** A slice with room for n more elements, len already increased by n; grows like Go's growslice. */
    static SliceV grow(Frame f, SliceV sl, int n, Store store, long esize) {
        if (sl == null) {
            int cap = (int) Layout.growCap(0, n, esize);
            Object arr = store.alloc(cap);
            lanes.mem.Allocs.array(f, arr, cap, esize);
            return new SliceV(arr, 0, n, cap);
        }
        int newLen = sl.len + n;
        if (newLen <= sl.cap) return new SliceV(sl.array, sl.off, newLen, sl.cap);
        long cap = Layout.growCap(sl.cap, newLen, esize);
        if (cap > Integer.MAX_VALUE - 8) throw Values.runtimePanic("growslice: len out of range");
        Object arr = store.alloc((int) cap);
        lanes.mem.Allocs.array(f, arr, cap, esize);
        System.arraycopy(sl.array, sl.off, arr, 0, sl.len);
        return new SliceV(arr, 0, newLen, (int) cap);
    }

    public static X copy(X dst, X src, boolean fromString) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                SliceV d = (SliceV) dst.eval(f);
                Object sv = src.eval(f);
                if (d == null) return 0;
                if (fromString) {
                    String s = (String) sv;
                    int n = Math.min(d.len, s.length());
                    byte[] a = (byte[]) d.array;
                    for (int i = 0; i < n; i++) a[d.off + i] = (byte) s.charAt(i);
                    return n;
                }
                SliceV s = (SliceV) sv;
                if (s == null) return 0;
                int n = Math.min(d.len, s.len);
                System.arraycopy(s.array, s.off, d.array, d.off, n);
                return n;
            }
        };
    }

    /** make([]T, len, cap); {@code site} is the call's AST node (escape analysis may keep it on the stack). */
    public static X makeSlice(Type elem, X len, X cap, Object site) {
        Store store = Values.storeOf(elem);
        long esize = Layout.sizeof(elem);
        boolean zeroObjects = Values.isAggregate(elem) || elem.underlying().kind() == lanes.types.Kind.STRING;
        return new X() {
            @Override
            public Object eval(Frame f) {
                long l = len.evalLong(f);
                long c = cap == null ? l : cap.evalLong(f);
                if (l < 0 || l > Integer.MAX_VALUE - 8) throw Values.runtimePanic("makeslice: len out of range");
                if (c < l || c > Integer.MAX_VALUE - 8) throw Values.runtimePanic("makeslice: cap out of range");
                f.g.interp.chargeAlloc(c * 8);
                Object arr = store.alloc((int) c);
                lanes.mem.Allocs.array(f, arr, c, esize, site);
                if (zeroObjects) {
                    Object[] o = (Object[]) arr;
                    for (int i = 0; i < o.length; i++) o[i] = Values.zero(elem);
                }
                return new SliceV(arr, 0, (int) l, (int) c);
            }
        };
    }

    public static X makeMap(Type key, Type value, X hint) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                long h = hint == null ? 0 : hint.evalLong(f);
                if (h < 0) throw Values.runtimePanic("makemap: size out of range");
                return new MapV(key, (int) Math.min(h, 1 << 20)).account(f.g.interp.heap, value, h);
            }
        };
    }

    public static GoPanic sliceOutOfRange(String detail) {
        return lanes.values.RuntimeErrors.bounds("slice bounds out of range " + detail);
    }

    /**
     * s[lo:hi:max] on a slice, array (or pointer to one), or string. Missing bounds are null.
     */
    public static X slice(X x, X lo, X hi, X max, int what) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object v = x.eval(f);
                long l = lo == null ? 0 : lo.evalLong(f);
                if (what == 2) {
                    String s = (String) v;
                    long h = hi == null ? s.length() : hi.evalLong(f);
                    if (h < 0 || h > s.length()) throw sliceOutOfRange("[:" + h + "] with length " + s.length());
                    if (l < 0 || l > h) throw sliceOutOfRange("[" + l + ":" + h + "]");
                    return s.substring((int) l, (int) h);
                }
                Object arr;
                int off;
                int len;
                int cap;
                if (what == 0) {
                    SliceV s = (SliceV) v;
                    if (s == null) {
                        arr = null;
                        off = 0;
                        len = 0;
                        cap = 0;
                    } else {
                        arr = s.array;
                        off = s.off;
                        len = s.len;
                        cap = s.cap;
                    }
                } else {
                    if (v == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                    arr = v;
                    off = 0;
                    len = Store.length(v);
                    cap = len;
                }
                long m = max == null ? cap : max.evalLong(f);
                if (max != null && (m < 0 || m > cap)) throw sliceOutOfRange("[::" + m + "] with capacity " + cap);
                long h = hi == null ? len : hi.evalLong(f);
                if (h < 0 || h > m) {
                    if (max != null) throw sliceOutOfRange("[:" + h + ":" + m + "]");
                    throw sliceOutOfRange("[:" + h + "] with capacity " + cap);
                }
                if (l < 0 || l > h) throw sliceOutOfRange("[" + l + ":" + h + "]");
                if (arr == null) return null;
                return new SliceV(arr, off + (int) l, (int) (h - l), (int) (m - l));
            }
        };
    }
}
