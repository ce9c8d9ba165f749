package lanes.check;

import java.math.BigInteger;
import java.util.List;

import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.Type;

/** The universe block: predeclared types, constants, nil and the builtin functions. */
public final class Universe {
    private Universe() {}

    public static final InterfaceType ANY = new InterfaceType(List.of());
    public static final Named ERROR = new Named("", "error",
            new InterfaceType(List.of(new InterfaceType.IMethod("Error", new FuncType(List.of(), List.of(Basic.STRING), false)))));

    static Scope create() {
        Scope s = new Scope(null, null);
        Object[][] types = {
            {"bool", Basic.BOOL}, {"int", Basic.INT}, {"int8", Basic.INT8}, {"int16", Basic.INT16},
            {"int32", Basic.INT32}, {"rune", Basic.INT32}, {"int64", Basic.INT64}, {"uint", Basic.UINT},
            {"uint8", Basic.UINT8}, {"byte", Basic.UINT8}, {"uint16", Basic.UINT16}, {"uint32", Basic.UINT32},
            {"uint64", Basic.UINT64}, {"uintptr", Basic.UINTPTR}, {"float32", Basic.FLOAT32},
            {"float64", Basic.FLOAT64}, {"complex128", Basic.COMPLEX128}, {"string", Basic.STRING},
            {"error", ERROR}, {"any", ANY},
        };
        for (Object[] t : types) s.names.put((String) t[0], new Ent.TypeEnt((Type) t[1]));
        s.names.put("true", new Ent.ConstEnt(Basic.UNTYPED_BOOL, Boolean.TRUE, null, "true", null));
        s.names.put("false", new Ent.ConstEnt(Basic.UNTYPED_BOOL, Boolean.FALSE, null, "false", null));
        s.names.put("nil", new Ent.NilEnt());
        for (String b : new String[] {"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
            "make", "max", "min", "new", "panic", "print", "println", "real", "recover"}) {
            s.names.put(b, new Ent.BuiltinEnt(b));
        }
        return s;
    }

    static Ent.ConstEnt iota(long v) {
        return new Ent.ConstEnt(Basic.UNTYPED_INT, BigInteger.valueOf(v), null, "iota", null);
    }
}
