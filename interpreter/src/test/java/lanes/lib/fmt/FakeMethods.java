package lanes.lib.fmt;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.Methods;
import lanes.values.Values;

/**
 * A stand-in for the interpreter's method dispatch: methods are Java functions registered per
 * named type, with Go's method-set rule (T has the value-receiver methods, *T has all).
 * Every registered method has signature {@code func() string}.
 */
final class FakeMethods implements Methods {
    private record Key(Named type, String name) {}

    private record Impl(boolean pointerReceiver, Function<Object, Object> body) {}

    private final Map<Key, Impl> impls = new HashMap<>();

    /** Registers a value-receiver method; the body receives the value. */
    FakeMethods value(Named t, String name, Function<Object, Object> body) {
        impls.put(new Key(t, name), new Impl(false, body));
        return this;
    }

    /** Registers a pointer-receiver method; the body receives the pointer (null when nil). */
    FakeMethods pointer(Named t, String name, Function<Object, Object> body) {
        impls.put(new Key(t, name), new Impl(true, body));
        return this;
    }

    private Impl find(Type t, String name) {
        if (t instanceof Named n) {
            Impl m = impls.get(new Key(n, name));
            return m != null && !m.pointerReceiver() ? m : null;
        }
        if (t instanceof PointerType p && p.elem() instanceof Named n) {
            return impls.get(new Key(n, name));
        }
        return null;
    }

    @Override
    public Object call(Type t, Object v, String name, Object... args) {
        Impl m = find(t, name);
        if (m == null) return NO_METHOD;
        if (t instanceof PointerType && v == null && !m.pointerReceiver()) {
            throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        }
        return m.body().apply(v);
    }

    @Override
    public boolean has(Type t, String name, String sig) {
        return "func() string".equals(sig) && find(t, name) != null;
    }
}
