package lanes.interp;

import java.util.HashMap;
import java.util.Map;

import lanes.types.Lookup;
import lanes.types.Method;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.Ref;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Dynamic method calls: through interfaces, and from library code (fmt's String/Error).
 * Targets are found with Go's method-set rules and cached per (dynamic type, name).
 */
public final class Dispatch implements Methods {
    private final Interp interp;
    private final Map<Type, Map<String, Target>> cache = new HashMap<>();
    private static final Target NONE = new Target(null, null, null, null, null);

    /**
     * How to reach method {@code m} from a value of some dynamic type; when {@code m} is null,
     * {@code path} leads to an embedded interface field whose method {@code name} is called.
     */
    record Target(Method m, int[] path, boolean[] ptrs, String name, lanes.types.FuncType isig) {}

    public Dispatch(Interp interp) {
        this.interp = interp;
    }

    Target find(Type t, String name) {
        Map<String, Target> byName = cache.computeIfAbsent(t, k -> new HashMap<>());
        Target tg = byName.get(name);
        if (tg == null) {
            Lookup.Selection s = Lookup.method(t, name);
            tg = s == null || (s.method() == null && s.imethod() == null) ? NONE : new Target(s.method(), s.path(), s.embeddedPtr(), name,
                    s.imethod() == null ? null : s.imethod().sig());
            byName.put(name, tg);
        }
        return tg == NONE ? null : tg;
    }

    /** The receiver value for the method: walks embedded fields and adapts pointer/value. */
    static Object receiver(Type t, Object v, Target tg) {
        Object r = v;
        for (int idx : tg.path) r = ((StructV) r).fields[idx];
        Method m = tg.m;
        boolean viaPtr = t instanceof PointerType || (tg.ptrs.length > 0 && tg.ptrs[tg.ptrs.length - 1]);
        if (!m.pointerReceiver()) {
            if (r instanceof Ref ref && viaPtr) r = ref.load();
            else if (r == null && viaPtr) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        }
        return r;
    }

    /** The embedded interface value a promoted interface method is called on. */
    private static Object embeddedIface(Object v, Target tg) {
        Object r = v;
        for (int idx : tg.path) {
            if (r == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
            r = ((StructV) r).fields[idx];
        }
        return r;
    }

    public Object invoke(Type t, Object v, Target tg, Object[] args) {
        if (tg.m == null) return callIface(embeddedIface(v, tg), tg.name, args);
        Object recv = receiver(t, v, tg);
        Object impl = tg.m.impl();
        if (impl instanceof Code code) {
            return new Closure(code, null, interp, recv, true).call(args);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = recv;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((FuncV) impl).call(all);
    }

    /** Calls method {@code name} on interface value {@code v} (panics on nil like Go). */
    public Object callIface(Object v, String name, Object[] args) {
        if (v == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        Iface i = (Iface) v;
        Target tg = find(i.type, name);
        if (tg == null) {
            throw new IllegalStateException("no method " + name + " on " + i.type);
        }
        return invoke(i.type, i.value, tg, args);
    }

    @Override
    public Object call(Type t, Object v, String name, Object... args) {
        Target tg = find(t, name);
        if (tg == null) return NO_METHOD;
        return invoke(t, v, tg, args);
    }

    @Override
    public boolean has(Type t, String name, String sig) {
        Target tg = find(t, name);
        if (tg == null) return false;
        lanes.types.FuncType ms = tg.m != null ? tg.m.sig() : tg.isig;
        return ms.toString().equals(sig) || ms.signature().equals(sig);
    }

    /** A bound method value from an interface ({@code i.M} without a call). */
    public FuncV bind(Object v, String name) {
        if (v == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        Iface i = (Iface) v;
        Target tg = find(i.type, name);
        if (tg.m == null) return bind(embeddedIface(i.value, tg), name);
        Object recv = receiver(i.type, i.value, tg);
        Object impl = tg.m.impl();
        if (impl instanceof Code code) return new Closure(code, null, interp, recv, true);
        FuncV nf = (FuncV) impl;
        return new FuncV() {
            @Override
            public Object call(Object[] args) {
                Object[] all = new Object[args.length + 1];
                all[0] = recv;
                System.arraycopy(args, 0, all, 1, args.length);
                return nf.call(all);
            }

            @Override
            public String name() {
                return nf.name();
            }
        };
    }

}
