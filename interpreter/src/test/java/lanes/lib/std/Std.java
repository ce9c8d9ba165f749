package lanes.lib.std;

import java.util.ArrayList;
import java.util.List;

import lanes.lib.Pkg;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.SliceV;

/** Test helpers: calling package members with Go values, and Go values from and to Java ones. */
final class Std {
    private Std() {}

    /** Calls function {@code name} of package p with already-boxed Go arguments. */
    static Object call(Pkg p, String name, Object... args) {
        Pkg.Member m = p.members.get(name);
        if (!(m instanceof Pkg.Fn fn)) throw new AssertionError("no function " + p.path + "." + name);
        return fn.impl().call(args);
    }

    /** Calls method {@code name} of a Go value of type t (a native method), receiver first. */
    static Object method(Type t, Object recv, String name, Object... args) {
        Object r = METHODS.call(t, recv, name, args);
        if (r == Methods.NO_METHOD) throw new AssertionError("no method " + name + " on " + t);
        return r;
    }

    static Object constant(Pkg p, String name) {
        return ((Pkg.Const) p.members.get(name)).value();
    }

    /** A Go string from Java text. */
    static String g(String javaText) {
        return GoStrings.fromJava(javaText);
    }

    /** Java text from a Go string. */
    static String j(Object goString) {
        return GoStrings.toJava((String) goString);
    }

    static SliceV strings(String... javaTexts) {
        Object[] a = new Object[javaTexts.length];
        for (int i = 0; i < a.length; i++) a[i] = g(javaTexts[i]);
        return new SliceV(a, 0, a.length, a.length);
    }

    static List<String> list(Object slice) {
        List<String> out = new ArrayList<>();
        SliceV s = (SliceV) slice;
        if (s == null) return out;
        for (int i = 0; i < s.len; i++) out.add(j(((Object[]) s.array)[s.off + i]));
        return out;
    }

    static SliceV ints(long... v) {
        return new SliceV(v.clone(), 0, v.length, v.length);
    }

    static SliceV floats(double... v) {
        return new SliceV(v.clone(), 0, v.length, v.length);
    }

    static SliceV bytes(String goBytes) {
        byte[] b = GoStrings.bytes(goBytes);
        return new SliceV(b, 0, b.length, b.length);
    }

    static String str(Object byteSlice) {
        SliceV s = (SliceV) byteSlice;
        return s == null ? "" : GoStrings.ofBytes((byte[]) s.array, s.off, s.len);
    }

    /** The i-th result of a multi-result call. */
    static Object res(Object results, int i) {
        return ((Object[]) results)[i];
    }

    /** A Go func value backed by a Java lambda. */
    static FuncV func(java.util.function.Function<Object[], Object> body) {
        return new FuncV() {
            @Override
            public Object call(Object[] args) {
                return body.apply(args);
            }

            @Override
            public String name() {
                return "test.func";
            }
        };
    }

    /**
     * A stand-in for the interpreter's dispatch that knows only methods implemented in Java,
     * declared on named types: enough for the package types and test-made types.
     */
    static final Methods METHODS = new Methods() {
        private Method find(Type t, String name) {
            Named n = t instanceof Named nt ? nt : t instanceof PointerType p && p.elem() instanceof Named pn ? pn : null;
            if (n == null) return null;
            Method m = n.methods().get(name);
            if (m == null || m.pointerReceiver() && !(t instanceof PointerType)) return null;
            return m;
        }

        @Override
        public Object call(Type t, Object v, String name, Object... args) {
            Method m = find(t, name);
            if (m == null) return NO_METHOD;
            Object[] all = new Object[args.length + 1];
            all[0] = v;
            System.arraycopy(args, 0, all, 1, args.length);
            return ((FuncV) m.impl()).call(all);
        }

        @Override
        public boolean has(Type t, String name, String sig) {
            Method m = find(t, name);
            return m != null && m.sig().signature().equals(sig);
        }
    };

    /** The Error() text of a Go error value, in Java text. */
    static String errText(Object err) {
        Iface i = (Iface) err;
        return j(METHODS.call(i.type, i.value, "Error"));
    }
}
