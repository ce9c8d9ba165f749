package lanes.lib;

import lanes.check.Universe;
import lanes.interp.Interp;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.StructV;

/** Package errors, and the error values other packages make (errors.New's *errors.errorString). */
public final class Errors {
    private Errors() {}

    public static final Named ERROR_STRING = NativeTypes.struct("errors", "errorString", "s", Basic.STRING);
    public static final PointerType ERROR_STRING_PTR = new PointerType(ERROR_STRING);

    static {
        NativeTypes.method(ERROR_STRING, "Error", Sig.fn(Sig.of(), Basic.STRING), true, a -> ((StructV) a[0]).fields[0]);
    }

    /** A new error value whose Error() is {@code msg} (a byte string), like errors.New. */
    public static Iface newError(String msg) {
        return new Iface(ERROR_STRING_PTR, new StructV(new Object[] {msg}));
    }

    /** The Error() text of a non-nil error value. */
    public static String message(Interp in, Object err) {
        Iface i = (Iface) err;
        Object r = in.dispatch.call(i.type, i.value, "Error");
        return r == Methods.NO_METHOD ? "" : (String) r;
    }

    static Object unwrap(Interp in, Object err) {
        if (err == null) return null;
        Iface i = (Iface) err;
        Object r = in.dispatch.call(i.type, i.value, "Unwrap");
        return r instanceof Iface ? r : null;
    }

    /** The errors err wraps: one from Unwrap() error, several from Unwrap() []error. */
    private static java.util.List<Object> children(Interp in, Iface e) {
        Object r = in.dispatch.call(e.type, e.value, "Unwrap");
        if (r instanceof Iface) return java.util.List.of(r);
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (r instanceof lanes.values.SliceV sv) {
            for (int i = 0; i < sv.len; i++) {
                Object c = ((Object[]) sv.array)[sv.off + i];
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    static boolean is(Interp in, Object err, Object target) {
        if (err == null || target == null) return err == target;
        boolean comparable = ((Iface) target).type.comparable();
        Iface ie = (Iface) err;
        if (comparable && ie.type.comparable() && err.equals(target)) return true;
        Object r = in.dispatch.call(ie.type, ie.value, "Is", target);
        if (r instanceof Boolean b && b) return true;
        for (Object c : children(in, ie)) {
            if (is(in, c, target)) return true;
        }
        return false;
    }

    static boolean as(Interp in, Object err, Object target) {
        if (target == null) throw lanes.values.Values.plainRuntimePanic("errors: target cannot be nil");
        Iface t = (Iface) target;
        if (!(t.type instanceof PointerType pt) || t.value == null) {
            throw new lanes.values.GoPanic(new Iface(Basic.STRING, "errors: target must be a non-nil pointer"), false);
        }
        return asWalk(in, err, t, pt.elem());
    }

    private static boolean asWalk(Interp in, Object err, Iface t, Type want) {
        if (err == null) return false;
        Iface ie = (Iface) err;
        if (want.isInterface() ? lanes.types.Lookup.implementsIface(ie.type, (lanes.types.InterfaceType) want.underlying()) : ie.type.equals(want)) {
            // a pointer to a struct or array is that aggregate itself: copy into it
            if (lanes.values.Values.isAggregate(want)) lanes.values.Values.assignInto(want, t.value, ie.value);
            else ((lanes.values.Ref) t.value).store(want.isInterface() ? ie : ie.value);
            return true;
        }
        Object r = in.dispatch.call(ie.type, ie.value, "As", t);
        if (r instanceof Boolean b && b) return true;
        for (Object c : children(in, ie)) {
            if (asWalk(in, c, t, want)) return true;
        }
        return false;
    }

    /** errors.Join's *errors.joinError; a hidden field keeps the interpreter that dispatches its errors' Error methods. */
    public static final Named JOIN_ERROR = NativeTypes.struct("errors", "joinError", "errs", new lanes.types.SliceType(Universe.ERROR),
            "in", Basic.UNSAFE_POINTER);

    static {
        NativeTypes.method(JOIN_ERROR, "Error", Sig.fn(Sig.of(), Basic.STRING), true, a -> {
            Object[] f = ((StructV) a[0]).fields;
            lanes.values.SliceV es = (lanes.values.SliceV) f[0];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < es.len; i++) {
                if (i > 0) sb.append('\n');
                sb.append(message((Interp) f[1], ((Object[]) es.array)[es.off + i]));
            }
            return sb.toString();
        });
        NativeTypes.method(JOIN_ERROR, "Unwrap", Sig.fn(Sig.of(), new lanes.types.SliceType(Universe.ERROR)), true,
                a -> ((StructV) a[0]).fields[0]);
    }

    private static Object join(Interp in, lanes.values.SliceV errs) {
        java.util.List<Object> kept = new java.util.ArrayList<>();
        if (errs != null) {
            for (int i = 0; i < errs.len; i++) {
                Object e = ((Object[]) errs.array)[errs.off + i];
                if (e != null) kept.add(e);
            }
        }
        if (kept.isEmpty()) return null;
        Object[] arr = kept.toArray();
        return new Iface(new PointerType(JOIN_ERROR), new StructV(new Object[] {new lanes.values.SliceV(arr, 0, arr.length, arr.length), in}));
    }

    static Pkg create(Interp in) {
        Type err = Universe.ERROR;
        Type any = Universe.ANY;
        Pkg p = new Pkg("errors");
        p.fn("New", Sig.fn(Sig.of(Basic.STRING), err), new Native("errors.New", a -> newError((String) a[0])));
        p.fn("Is", Sig.fn(Sig.of(err, err), Basic.BOOL), new Native("errors.Is", a -> is(in, a[0], a[1])));
        p.fn("As", Sig.fn(Sig.of(err, any), Basic.BOOL), new Native("errors.As", a -> as(in, a[0], a[1])));
        p.fn("Unwrap", Sig.fn(Sig.of(err), err), new Native("errors.Unwrap", a -> unwrap(in, a[0])));
        p.fn("Join", Sig.variadic(Sig.of(err), err), new Native("errors.Join", a -> join(in, (lanes.values.SliceV) a[0])));
        return p;
    }
}
