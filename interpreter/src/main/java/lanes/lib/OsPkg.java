package lanes.lib;

import java.util.List;

import lanes.check.Universe;
import lanes.interp.Interp;
import lanes.interp.Signals;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.SliceV;
import lanes.values.StructV;

/** Package os (Exit, Args, Stdout, Stderr) and the io.Writer interface fmt.Fprint* accept. */
public final class OsPkg {
    private OsPkg() {}

    public static final FuncType WRITE_SIG = new FuncType(List.of(new SliceType(Basic.UINT8)), List.of(Basic.INT, Universe.ERROR), false);
    public static final Named WRITER = new Named("io", "Writer", new InterfaceType(List.of(new InterfaceType.IMethod("Write", WRITE_SIG))));


    /** Writes a byte string to the file value (stdout or stderr) of this interpreter. */
    public static void write(Interp in, Object file, String bytes) {
        long fd = (Long) ((StructV) file).fields[0];
        if (fd == 2) in.writeErr(bytes);
        else in.writeOut(bytes);
    }

    static Pkg create(Interp in) {
        Pkg p = new Pkg("os");
        Named file = NativeTypes.struct("os", "File", "fd", Basic.INT);
        PointerType filePtr = new PointerType(file);
        NativeTypes.method(file, "Write", WRITE_SIG, true, a -> {
            SliceV b = (SliceV) a[1];
            String s = b == null ? "" : GoStrings.ofBytes((byte[]) b.array, b.off, b.len);
            write(in, a[0], s);
            return new Object[] {(long) s.length(), null};
        });
        NativeTypes.method(file, "WriteString", new FuncType(List.of(Basic.STRING), List.of(Basic.INT, Universe.ERROR), false), true, a -> {
            write(in, a[0], (String) a[1]);
            return new Object[] {(long) ((String) a[1]).length(), null};
        });
        StructV stdout = new StructV(new Object[] {1L});
        StructV stderr = new StructV(new Object[] {2L});
        p.var("Stdout", filePtr, stdout);
        p.var("Stderr", filePtr, stderr);
        p.var("Args", new SliceType(Basic.STRING), null);
        p.fn("Exit", Sig.fn(Sig.of(Basic.INT)), new Native("os.Exit", a -> {
            throw new Signals.Exit((int) (long) (Long) a[0]);
        }));
        p.type("File", file);
        return p;
    }

    /** Sets os.Args for this run: the program name, then its arguments (Java strings). */
    public static void setArgs(Pkg os, String program, List<String> args) {
        Object[] vals = new Object[args.size() + 1];
        vals[0] = GoStrings.fromJava(program);
        for (int i = 0; i < args.size(); i++) vals[i + 1] = GoStrings.fromJava(args.get(i));
        ((Pkg.Var) os.members.get("Args")).cell().v = new SliceV(vals, 0, vals.length, vals.length);
    }

}
