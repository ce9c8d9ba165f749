package lanes.lib;

import java.util.List;

import lanes.check.Universe;
import lanes.interp.Interp;
import lanes.lib.fmt.GoFormat;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/** Package fmt: printing to stdout, to strings, to any io.Writer, and Errorf. */
final class FmtPkg {
    private FmtPkg() {}

    static final Named STRINGER = new Named("fmt", "Stringer",
            new InterfaceType(List.of(new InterfaceType.IMethod("String", new FuncType(List.of(), List.of(Basic.STRING), false)))));
    static final Named WRAP_ERROR = NativeTypes.struct("fmt", "wrapError", "msg", Basic.STRING, "err", Universe.ERROR);
    static final PointerType WRAP_ERROR_PTR = new PointerType(WRAP_ERROR);

    static {
        NativeTypes.method(WRAP_ERROR, "Error", Sig.fn(Sig.of(), Basic.STRING), true, a -> ((StructV) a[0]).fields[0]);
        NativeTypes.method(WRAP_ERROR, "Unwrap", Sig.fn(Sig.of(), Universe.ERROR), true, a -> ((StructV) a[0]).fields[1]);
    }

    static Object[] elems(Object slice) {
        SliceV s = (SliceV) slice;
        if (s == null) return new Object[0];
        Object[] out = new Object[s.len];
        System.arraycopy(s.array, s.off, out, 0, s.len);
        return out;
    }

    /** Writes to an io.Writer value through its Write method (os.Stdout, *strings.Builder, user types). */
    static Object[] fprint(Interp in, Object w, String s) {
        if (w == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        Iface wi = (Iface) w;
        byte[] b = GoStrings.bytes(s);
        Object r = in.dispatch.call(wi.type, wi.value, "Write", new SliceV(b, 0, b.length, b.length));
        return (Object[]) r;
    }

    static Pkg create(Interp in) {
        GoFormat f = in.fmt;
        Type any = Universe.ANY;
        Type str = Basic.STRING;
        Type err = Universe.ERROR;
        Type writer = OsPkg.WRITER;
        FuncType printSig = Sig.variadic(Sig.of(any), Basic.INT, err);
        FuncType printfSig = Sig.variadic(Sig.of(str, any), Basic.INT, err);
        FuncType sprintSig = Sig.variadic(Sig.of(any), str);
        FuncType sprintfSig = Sig.variadic(Sig.of(str, any), str);
        Pkg p = new Pkg("fmt");
        p.fn("Print", printSig, new Native("fmt.Print", a -> out(in, f.sprint(elems(a[0])))));
        p.fn("Println", printSig, new Native("fmt.Println", a -> out(in, f.sprintln(elems(a[0])))));
        p.fn("Printf", printfSig, new Native("fmt.Printf", a -> out(in, f.sprintf((String) a[0], elems(a[1])))));
        p.fn("Sprint", sprintSig, new Native("fmt.Sprint", a -> f.sprint(elems(a[0]))));
        p.fn("Sprintln", sprintSig, new Native("fmt.Sprintln", a -> f.sprintln(elems(a[0]))));
        p.fn("Sprintf", sprintfSig, new Native("fmt.Sprintf", a -> f.sprintf((String) a[0], elems(a[1]))));
        p.fn("Fprint", Sig.variadic(Sig.of(writer, any), Basic.INT, err),
                new Native("fmt.Fprint", a -> fprint(in, a[0], f.sprint(elems(a[1])))));
        p.fn("Fprintln", Sig.variadic(Sig.of(writer, any), Basic.INT, err),
                new Native("fmt.Fprintln", a -> fprint(in, a[0], f.sprintln(elems(a[1])))));
        p.fn("Fprintf", Sig.variadic(Sig.of(writer, str, any), Basic.INT, err),
                new Native("fmt.Fprintf", a -> fprint(in, a[0], f.sprintf((String) a[1], elems(a[2])))));
        p.fn("Errorf", Sig.variadic(Sig.of(str, any), err), new Native("fmt.Errorf", a -> {
            GoFormat.Errorf e = f.errorf((String) a[0], elems(a[1]));
            if (e.wrapped() == null) return Errors.newError(e.message());
            return new Iface(WRAP_ERROR_PTR, new StructV(new Object[] {e.message(), e.wrapped()}));
        }));
        p.type("Stringer", STRINGER);
        return p;
    }

    private static Object[] out(Interp in, String s) {
        in.writeOut(s);
        return new Object[] {(long) s.length(), null};
    }

}
