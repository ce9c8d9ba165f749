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

    static boolean is(Interp in, Object err, Object target) {
        if (err == null || target == null) return err == target;
        boolean comparable = ((Iface) target).type.comparable();
        for (Object e = err; e != null; e = unwrap(in, e)) {
            if (comparable && ((Iface) e).type.comparable() && e.equals(target)) return true;
            Iface ie = (Iface) e;
            Object r = in.dispatch.call(ie.type, ie.value, "Is", target);
            if (r instanceof Boolean b && b) return true;
        }
        return false;
    }

    static boolean as(Interp in, Object err, Object target) {
        if (target == null) throw lanes.values.Values.plainRuntimePanic("errors: target cannot be nil");
        Iface t = (Iface) target;
        if (!(t.type instanceof PointerType pt)) throw new lanes.values.GoPanic(new Iface(Basic.STRING, "errors: target must be a non-nil pointer"), false);
        Type want = pt.elem();
        lanes.values.Ref ref = (lanes.values.Ref) t.value;
        for (Object e = err; e != null; e = unwrap(in, e)) {
            Iface ie = (Iface) e;
            if (want.isInterface() ? lanes.types.Lookup.implementsIface(ie.type, (lanes.types.InterfaceType) want.underlying()) : ie.type.equals(want)) {
                ref.store(want.isInterface() ? ie : ie.value);
                return true;
            }
        }
        return false;
    }

    static Pkg create(Interp in) {
        Type err = Universe.ERROR;
        Type any = Universe.ANY;
        Pkg p = new Pkg("errors");
        p.fn("New", Sig.fn(Sig.of(Basic.STRING), err), new Native("errors.New", a -> newError((String) a[0])));
        p.fn("Is", Sig.fn(Sig.of(err, err), Basic.BOOL), new Native("errors.Is", a -> is(in, a[0], a[1])));
        p.fn("As", Sig.fn(Sig.of(err, any), Basic.BOOL), new Native("errors.As", a -> as(in, a[0], a[1])));
        p.fn("Unwrap", Sig.fn(Sig.of(err), err), new Native("errors.Unwrap", a -> unwrap(in, a[0])));
        return p;
    }
}
