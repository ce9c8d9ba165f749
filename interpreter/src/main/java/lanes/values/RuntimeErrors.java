package lanes.values;

import java.util.List;

import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;

/**
 * The dynamic types of the runtime's panic values, as {@code recover()} and {@code %T} show
 * them: {@code runtime.errorString}, {@code runtime.boundsError}, {@code runtime.plainError}
 * and {@code *runtime.TypeAssertionError}. Each implements {@code error} and
 * {@code runtime.Error}; its value is the message (a Go byte string), which {@code Error()}
 * returns. These types are immutable once built.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    public static final Named ERROR_STRING = errorType("errorString", false);
    public static final Named BOUNDS_ERROR = errorType("boundsError", false);
    public static final Named PLAIN_ERROR = errorType("plainError", false);
    private static final Named TYPE_ASSERTION = errorType("TypeAssertionError", true);
    public static final Type TYPE_ASSERTION_ERROR = new PointerType(TYPE_ASSERTION);
    private static final Named PANIC_NIL = errorType("PanicNilError", true);
    public static final Type PANIC_NIL_ERROR = new PointerType(PANIC_NIL);

    private static Named errorType(String name, boolean ptr) {
        Named n = new Named("runtime", name, Basic.STRING);
        Method error = new Method("Error", new FuncType(List.of(), List.of(Basic.STRING), false), ptr);
        error.setImpl(new FuncV() {
            @Override
            public Object call(Object[] args) {
                return args[0];
            }

            @Override
            public String name() {
                return "runtime." + name + ".Error";
            }
        });
        Method marker = new Method("RuntimeError", new FuncType(List.of(), List.of(), false), ptr);
        marker.setImpl(new FuncV() {
            @Override
            public Object call(Object[] args) {
                return null;
            }

            @Override
            public String name() {
                return "runtime." + name + ".RuntimeError";
            }
        });
        n.methods().put("Error", error);
        n.methods().put("RuntimeError", marker);
        return n;
    }

    /** Whether t is one of the runtime's error types (their message is the value itself). */
    public static boolean isRuntimeError(Type t) {
        return t == ERROR_STRING || t == BOUNDS_ERROR || t == PLAIN_ERROR || t == TYPE_ASSERTION_ERROR || t == PANIC_NIL_ERROR;
    }

    /** A bounds-check panic: {@code runtime error: index out of range [5] with length 3}. */
    public static GoPanic bounds(String message) {
        return new GoPanic(new Iface(BOUNDS_ERROR, GoStrings.fromJava("runtime error: " + message)), true);
    }

    /** What {@code panic(nil)} panics with since Go 1.21 (recover sees a non-nil *runtime.PanicNilError). */
    public static GoPanic panicNil() {
        return new GoPanic(new Iface(PANIC_NIL_ERROR, GoStrings.fromJava("panic called with nil argument")), true);
    }

    /** A failed type assertion: {@code interface conversion: ...}. */
    public static GoPanic typeAssertion(String message) {
        return new GoPanic(new Iface(TYPE_ASSERTION_ERROR, GoStrings.fromJava(message)), true);
    }
}
