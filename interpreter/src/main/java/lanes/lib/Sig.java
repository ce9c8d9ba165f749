package lanes.lib;

import java.util.Arrays;
import java.util.List;

import lanes.types.FuncType;
import lanes.types.SliceType;
import lanes.types.Type;

/** Shorthands for writing native function signatures. */
public final class Sig {
    private Sig() {}

    public static List<Type> of(Type... ts) {
        return Arrays.asList(ts);
    }

    public static FuncType fn(List<Type> params, Type... results) {
        return new FuncType(params, Arrays.asList(results), false);
    }

    /** A variadic signature: the last parameter type given is the element type ({@code ...T}). */
    public static FuncType variadic(List<Type> params, Type... results) {
        Type[] ps = params.toArray(new Type[0]);
        ps[ps.length - 1] = new SliceType(ps[ps.length - 1]);
        return new FuncType(Arrays.asList(ps), Arrays.asList(results), true);
    }
}
