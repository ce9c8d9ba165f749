package lanes.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import lanes.types.FuncType;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.StructType;
import lanes.types.Type;

/** Named types of the standard packages whose methods are implemented in Java. */
public final class NativeTypes {
    private NativeTypes() {}

    /** A named struct type {@code pkg.name} with the given (unexported) fields. */
    public static Named struct(String pkg, String name, Object... nameTypePairs) {
        List<StructType.Field> fs = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            fs.add(new StructType.Field((String) nameTypePairs[i], (Type) nameTypePairs[i + 1], false, null));
        }
        return new Named(pkg, name, new StructType(fs));
    }

    /**
     * Adds a native method; {@code impl} receives the receiver first, then the arguments
     * (a pointer receiver to a struct is the StructV itself).
     */
    public static void method(Named t, String name, FuncType sig, boolean pointerReceiver, Function<Object[], Object> impl) {
        Method m = new Method(name, sig, pointerReceiver);
        String qual = pointerReceiver ? t.pkg() + ".(*" + t.name() + ")." + name : t.pkg() + "." + t.name() + "." + name;
        m.setImpl(new Native(qual, impl));
        t.methods().put(name, m);
    }
}
