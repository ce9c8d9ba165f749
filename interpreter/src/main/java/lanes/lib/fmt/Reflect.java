package lanes.lib.fmt;

import lanes.types.ArrayType;
import lanes.types.Kind;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.Ref;
import lanes.values.SliceV;
import lanes.values.Store;

/**
 * The few reflection-like reads fmt needs on Lanes values: elements of arrays and slices,
 * what a pointer points to, and whether a field is exported. Which Java object stands for which
 * Go value is described in {@code lanes.values}.
 */
final class Reflect {
    private Reflect() {}

    /** Whether a byte-backed element type reads its bytes as signed (int8) rather than unsigned (uint8). */
    static boolean signedBytes(Type elem) {
        return elem.underlying().kind() == Kind.INT8;
    }

    static Type elemType(Type arrayOrSlice) {
        Type u = arrayOrSlice.underlying();
        return u instanceof ArrayType a ? a.elem() : ((SliceType) u).elem();
    }

    /** Length of an array (a Java array) or slice (a SliceV, null when nil). */
    static int len(Object v) {
        if (v == null) return 0;
        if (v instanceof SliceV s) return s.len;
        return Store.length(v);
    }

    /** Element i of an array or slice, boxed. */
    static Object index(Type elem, Object v, int i) {
        if (v instanceof SliceV s) return Store.get(s.array, s.off + i, signedBytes(elem));
        return Store.get(v, i, signedBytes(elem));
    }

    /** The bytes of a []byte-like array or slice as a byte string. */
    static String bytes(Object v) {
        int n = len(v);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            Object b = v instanceof SliceV s ? Store.get(s.array, s.off + i, false) : Store.get(v, i, false);
            sb.append((char) (((Long) b) & 0xFF));
        }
        return sb.toString();
    }

    /**
     * The value a non-nil pointer points to: pointers to structs and arrays are the struct or
     * array object itself; other pointers are {@link Ref}s.
     */
    static Object deref(Type elem, Object ptr) {
        Kind k = elem.underlying().kind();
        if (k == Kind.STRUCT || k == Kind.ARRAY) return ptr;
        return ((Ref) ptr).load();
    }

    /** Go's rule: a name (a Java string, as the type checker keeps it) is exported when it starts with an upper-case letter. */
    static boolean isExported(String name) {
        if (name.isEmpty()) return false;
        int c = name.codePointAt(0);
        return Character.getType(c) == Character.UPPERCASE_LETTER; // Go's unicode.IsUpper: category Lu
    }
}
