package lanes.values;

import java.util.Arrays;
import java.util.List;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.Kind;
import lanes.types.Named;
import lanes.types.StructType;
import lanes.types.Type;

/** Type-directed operations on values: zero values, copies, Go's ==, hashing. */
public final class Values {
    private Values() {}

    /** The type of runtime errors ({@code runtime error: ...}); its value is the message. See {@link RuntimeErrors}. */
    public static final Named RUNTIME_ERROR = RuntimeErrors.ERROR_STRING;

    /** A runtime-error panic, e.g. {@code runtimePanic("integer divide by zero")}. */
    public static GoPanic runtimePanic(String message) {
        return new GoPanic(new Iface(RUNTIME_ERROR, GoStrings.fromJava("runtime error: " + message)), true);
    }

    /** A panic whose value is a plain runtime error string without the "runtime error: " prefix (channel faults). */
    public static GoPanic plainRuntimePanic(String message) {
        return new GoPanic(new Iface(RuntimeErrors.PLAIN_ERROR, message), true);
    }

    public static Store storeOf(Type elem) {
        return switch (elem.underlying().kind()) {
            case BOOL -> Store.BOOL;
            case INT8, UINT8 -> Store.BYTE;
            case INT, INT16, INT32, INT64, UINT, UINT16, UINT32, UINT64, UINTPTR -> Store.LONG;
            case FLOAT32, FLOAT64 -> Store.DOUBLE;
            default -> Store.OBJECT;
        };
    }

    /** Whether a value of this type is a mutable aggregate that must be copied when assigned. */
    public static boolean isAggregate(Type t) {
        Kind k = t.underlying().kind();
        return k == Kind.STRUCT || k == Kind.ARRAY;
    }

    public static Object zero(Type t) {
        Type u = t.underlying();
        return switch (u.kind()) {
            case BOOL -> Boolean.FALSE;
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> 0L;
            case FLOAT32, FLOAT64 -> 0.0;
            case STRING -> "";
            case STRUCT -> {
                List<StructType.Field> fs = ((StructType) u).fields();
                Object[] f = new Object[fs.size()];
                for (int i = 0; i < f.length; i++) f[i] = zero(fs.get(i).type());
                yield new StructV(f);
            }
            case ARRAY -> {
                ArrayType a = (ArrayType) u;
                Store s = storeOf(a.elem());
                Object arr = s.alloc((int) a.length());
                if (s == Store.OBJECT) {
                    Object[] o = (Object[]) arr;
                    for (int i = 0; i < o.length; i++) o[i] = zero(a.elem());
                }
                yield arr;
            }
            default -> null;
        };
    }

    /** A deep copy of a struct or array value (pointers inside are shared); other values are returned as they are. */
    public static Object copy(Type t, Object v) {
        Type u = t.underlying();
        if (u instanceof StructType st) {
            Object[] src = ((StructV) v).fields;
            Object[] f = src.clone();
            List<StructType.Field> fs = st.fields();
            for (int i = 0; i < f.length; i++) {
                if (isAggregate(fs.get(i).type())) f[i] = copy(fs.get(i).type(), f[i]);
                else if (f[i] instanceof Copyable c) f[i] = c.goCopy();
            }
            return new StructV(f);
        }
        if (u instanceof ArrayType at) {
            Object arr = Store.copyOf(v, Store.length(v));
            if (arr instanceof Object[] o && isAggregate(at.elem())) {
                for (int i = 0; i < o.length; i++) o[i] = copy(at.elem(), o[i]);
            }
            return arr;
        }
        return v;
    }

    /** Copies the aggregate {@code src} into the existing aggregate {@code dst} of the same type, in place. */
    public static void assignInto(Type t, Object dst, Object src) {
        if (dst == src) return;
        Type u = t.underlying();
        if (u instanceof StructType st) {
            Object[] d = ((StructV) dst).fields;
            Object[] s = ((StructV) src).fields;
            List<StructType.Field> fs = st.fields();
            for (int i = 0; i < d.length; i++) {
                Type ft = fs.get(i).type();
                if (isAggregate(ft)) assignInto(ft, d[i], s[i]);
                else d[i] = s[i] instanceof Copyable c ? c.goCopy() : s[i];
            }
            return;
        }
        ArrayType at = (ArrayType) u;
        int n = Store.length(src);
        if (src instanceof Object[] so && isAggregate(at.elem())) {
            Object[] dO = (Object[]) dst;
            for (int i = 0; i < n; i++) assignInto(at.elem(), dO[i], so[i]);
        } else {
            System.arraycopy(src, 0, dst, 0, n);
        }
    }

    /** Go's {@code ==} for two values of type t (panics for uncomparable dynamic types). */
    public static boolean equal(Type t, Object a, Object b) {
        Type u = t.underlying();
        switch (u.kind()) {
            case FLOAT32, FLOAT64:
                return ((Double) a).doubleValue() == ((Double) b).doubleValue();
            case STRUCT: {
                List<StructType.Field> fs = ((StructType) u).fields();
                Object[] x = ((StructV) a).fields;
                Object[] y = ((StructV) b).fields;
                for (int i = 0; i < x.length; i++) {
                    if (!equal(fs.get(i).type(), x[i], y[i])) return false;
                }
                return true;
            }
            case ARRAY: {
                Type e = ((ArrayType) u).elem();
                int n = Store.length(a);
                for (int i = 0; i < n; i++) {
                    if (!equal(e, Store.get(a, i, false), Store.get(b, i, false))) return false;
                }
                return true;
            }
            case SLICE, MAP, FUNC:
                throw runtimePanic("comparing uncomparable type " + t);
            case INTERFACE:
                if (a == null || b == null) return a == b;
                Iface ia = (Iface) a;
                Iface ib = (Iface) b;
                if (!ia.type.equals(ib.type)) return false;
                if (!ia.type.comparable()) throw runtimePanic("comparing uncomparable type " + ia.type);
                return equal(ia.type, ia.value, ib.value);
            case POINTER, CHAN, UNSAFE_POINTER:
                if (a instanceof Ref) return a.equals(b);
                return a == b;
            default:
                return a == null ? b == null : a.equals(b);
        }
    }

    public static int hash(Type t, Object v) {
        Type u = t.underlying();
        switch (u.kind()) {
            case FLOAT32, FLOAT64: {
                double d = (Double) v;
                return d == 0 ? 0 : Double.hashCode(d);
            }
            case STRUCT: {
                List<StructType.Field> fs = ((StructType) u).fields();
                Object[] x = ((StructV) v).fields;
                int h = 1;
                for (int i = 0; i < x.length; i++) h = h * 31 + hash(fs.get(i).type(), x[i]);
                return h;
            }
            case ARRAY: {
                Type e = ((ArrayType) u).elem();
                int n = Store.length(v);
                int h = 1;
                for (int i = 0; i < n; i++) h = h * 31 + hash(e, Store.get(v, i, false));
                return h;
            }
            case SLICE, MAP, FUNC:
                throw runtimePanic("hash of unhashable type " + t);
            case POINTER, CHAN:
                return v instanceof Ref ? v.hashCode() : System.identityHashCode(v);
            default:
                return v == null ? 0 : v.hashCode();
        }
    }

    /** Convenience for tests and natives: a Java list of the elements of a slice, boxed. */
    public static Object[] sliceElements(SliceV s, boolean signedBytes) {
        if (s == null) return new Object[0];
        Object[] out = new Object[s.len];
        for (int i = 0; i < s.len; i++) out[i] = Store.get(s.array, s.off + i, signedBytes);
        return out;
    }

}
