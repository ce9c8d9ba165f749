package lanes.lib.fmt;

import java.util.List;

import lanes.types.ArrayType;
import lanes.types.Basic;
import lanes.types.InterfaceType;
import lanes.types.MapType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.MapV;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Builders for Go values in fmt tests. Every builder returns an interface value ({@link Iface})
 * ready to pass to GoFormat; Java strings are converted to Go byte strings (UTF-8).
 */
final class Vals {
    private Vals() {}

    static final Type ANY = new InterfaceType(List.of());

    static Iface I(long v) {
        return new Iface(Basic.INT, v);
    }

    /** A rune (int32). */
    static Iface R(long v) {
        return new Iface(Basic.INT32, v);
    }

    static Iface F(double v) {
        return new Iface(Basic.FLOAT64, v);
    }

    static Iface F32(float v) {
        return new Iface(Basic.FLOAT32, (double) v);
    }

    static Iface B(boolean v) {
        return new Iface(Basic.BOOL, v);
    }

    /** A string given as Java text. */
    static Iface S(String javaText) {
        return new Iface(Basic.STRING, GoStrings.fromJava(javaText));
    }

    /** A string given as raw bytes, one char per byte. */
    static Iface SB(String bytes) {
        return new Iface(Basic.STRING, bytes);
    }

    /** A value of any type: the value must already be in Lanes form. */
    static Iface T(Type t, Object v) {
        return new Iface(t, v);
    }

    /** A slice of elem built from Lanes-form element values. */
    static SliceV slice(Type elem, Object... elems) {
        Store s = Values.storeOf(elem);
        Object arr = s.alloc(elems.length);
        for (int i = 0; i < elems.length; i++) Store.set(arr, i, elems[i]);
        return new SliceV(arr, 0, elems.length, elems.length);
    }

    static Object array(Type elem, Object... elems) {
        Store s = Values.storeOf(elem);
        Object arr = s.alloc(elems.length);
        for (int i = 0; i < elems.length; i++) Store.set(arr, i, elems[i]);
        return arr;
    }

    static Iface sliceOf(Type elem, Object... elems) {
        return new Iface(new SliceType(elem), slice(elem, elems));
    }

    static Iface arrayOf(Type elem, Object... elems) {
        return new Iface(new ArrayType(elem, elems.length), array(elem, elems));
    }

    /** A []byte holding the UTF-8 of the text. */
    static Iface bytesOf(String javaText) {
        return rawBytesOf(GoStrings.fromJava(javaText));
    }

    /** A []byte holding the given bytes (one char per byte). */
    static Iface rawBytesOf(String bytes) {
        Object[] b = new Object[bytes.length()];
        for (int i = 0; i < b.length; i++) b[i] = (long) bytes.charAt(i);
        return sliceOf(Basic.UINT8, b);
    }

    static Iface byteSlice(long... b) {
        Object[] o = new Object[b.length];
        for (int i = 0; i < b.length; i++) o[i] = b[i];
        return sliceOf(Basic.UINT8, o);
    }

    static Iface byteArray(long... b) {
        Object[] o = new Object[b.length];
        for (int i = 0; i < b.length; i++) o[i] = b[i];
        return arrayOf(Basic.UINT8, o);
    }

    static Object[] longs(long... v) {
        Object[] o = new Object[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i];
        return o;
    }

    static MapV map(Type key, Object... kvs) {
        MapV m = new MapV(key, kvs.length / 2);
        for (int i = 0; i < kvs.length; i += 2) m.put(kvs[i], kvs[i + 1]);
        return m;
    }

    static StructV struct(Object... fields) {
        return new StructV(fields);
    }

    static StructType.Field field(String name, Type t) {
        return new StructType.Field(name, t, false, "");
    }

    static StructType structType(StructType.Field... fs) {
        return new StructType(List.of(fs));
    }

    static Named named(String pkg, String name, Type underlying) {
        return new Named(pkg, name, underlying);
    }

    static PointerType ptr(Type elem) {
        return new PointerType(elem);
    }

    static MapType mapType(Type k, Type v) {
        return new MapType(k, v);
    }

    static SliceType sliceType(Type e) {
        return new SliceType(e);
    }
}
