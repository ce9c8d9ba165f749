package lanes.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Field and method selection with Go's embedding rules: the shallowest depth wins, two
 * candidates at the same depth are ambiguous. Used by the checker for {@code x.f} and by
 * the interpreter for dynamic method dispatch through interfaces.
 */
public final class Lookup {
    private Lookup() {}

    /**
     * A selection. {@code path} lists the embedded fields walked through (each entry a field
     * index in the struct at that step); then either {@code field} (a field index of the last
     * struct) or {@code method} (declared on {@code holder}). {@code embeddedPtr[i]} says whether
     * the i-th embedded field on the path is a pointer.
     */
    public record Selection(int[] path, boolean[] embeddedPtr, int field, Type fieldType, Method method,
                            Named holder, InterfaceType.IMethod imethod, boolean ambiguous) {
        public boolean isField() {
            return field >= 0;
        }

        /** Whether the receiver reached the holder through at least one pointer (including the start). */
        public boolean anyPtr(boolean startsWithPointer) {
            if (startsWithPointer) return true;
            for (boolean b : embeddedPtr) if (b) return true;
            return false;
        }
    }

    private record Entry(Type type, int[] path, boolean[] ptrs) {}

    public static Selection find(Type t, String name) {
        if (t instanceof PointerType p) t = p.elem();
        List<Entry> level = new ArrayList<>();
        level.add(new Entry(t, new int[0], new boolean[0]));
        java.util.Set<Type> seen = new java.util.HashSet<>();
        for (int depth = 0; depth < 16 && !level.isEmpty(); depth++) {
            Selection found = null;
            int count = 0;
            List<Entry> next = new ArrayList<>();
            for (Entry e : level) {
                Type typ = e.type;
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    Method m = n.methods().get(name);
                    if (m != null) {
                        count++;
                        found = new Selection(e.path, e.ptrs, -1, null, m, n, null, false);
                    }
                }
                Type u = typ.underlying();
                if (u instanceof StructType st) {
                    List<StructType.Field> fs = st.fields();
                    for (int i = 0; i < fs.size(); i++) {
                        StructType.Field f = fs.get(i);
                        if (f.name().equals(name)) {
                            count++;
                            found = new Selection(e.path, e.ptrs, i, f.type(), null, null, null, false);
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean ptr = ft instanceof PointerType;
                            if (ptr) ft = ((PointerType) ft).elem();
                            int[] p = java.util.Arrays.copyOf(e.path, e.path.length + 1);
                            p[e.path.length] = i;
                            boolean[] ps = java.util.Arrays.copyOf(e.ptrs, e.ptrs.length + 1);
                            ps[e.ptrs.length] = ptr;
                            next.add(new Entry(ft, p, ps));
                        }
                    }
                } else if (u instanceof InterfaceType it && depth > 0) {
                    InterfaceType.IMethod im = it.method(name);
                    if (im != null) {
                        count++;
                        found = new Selection(e.path, e.ptrs, -1, null, null, null, im, false);
                    }
                }
            }
            if (count == 1) return found;
            if (count > 1) return new Selection(null, null, -1, null, null, null, null, true);
            level = next;
        }
        return null;
    }

    /**
     * Whether the method set of {@code t} contains {@code name}: a pointer-receiver method is
     * in the set only when {@code t} is a pointer or the method is reached through an
     * embedded pointer.
     */
    public static Selection method(Type t, String name) {
        if (t.underlying() instanceof InterfaceType it) {
            InterfaceType.IMethod im = it.method(name);
            return im == null ? null : new Selection(new int[0], new boolean[0], -1, null, null, null, im, false);
        }
        Selection s = find(t, name);
        if (s == null || s.ambiguous() || s.isField()) return null;
        if (s.method() != null && s.method().pointerReceiver() && !s.anyPtr(t instanceof PointerType)) return null;
        return s;
    }

    /** The first method of {@code iface} that {@code t} lacks (or has with another signature), or null if t implements it. */
    public static String missingMethod(Type t, InterfaceType iface) {
        for (InterfaceType.IMethod im : iface.methods()) {
            Selection s = method(t, im.name());
            if (s == null) return im.name();
            FuncType sig = s.method() != null ? s.method().sig() : s.imethod().sig();
            if (!sig.equals(im.sig())) return im.name();
        }
        return null;
    }

    public static boolean implementsIface(Type t, InterfaceType iface) {
        return missingMethod(t, iface) == null;
    }
}
