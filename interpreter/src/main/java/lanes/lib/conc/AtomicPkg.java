package lanes.lib.conc;

import lanes.check.Universe;
import lanes.interp.Arith;
import lanes.interp.Interp;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.Kind;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.Iface;
import lanes.values.Ref;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Package sync/atomic. Only one goroutine runs at a time and each operation is one step, so
 * every operation is atomic; with several simulated processors they still interleave only
 * between operations, as real atomics do.
 */
final class AtomicPkg {
    private AtomicPkg() {}

    private static Ref ref(Interp in, Object p) {
        if (p == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        if (in.race != null) in.race.atomic(p);
        return (Ref) p;
    }

    /** A typed atomic (atomic.Int64, atomic.Value…); under --race the operation synchronises as Go's do. */
    private static StructV sv(Interp in, Object p) {
        StructV s = (StructV) p;
        if (in.race != null && s != null) in.race.atomic(s);
        return s;
    }

    /** Every atomic operation is a switch point for a controlled schedule. */
    private static java.util.function.Function<Object[], Object> sp(Interp in, java.util.function.Function<Object[], Object> f) {
        return a -> {
            Rt.sched(in).syncPoint(lanes.runtime.SyncOp.ATOMIC, 0);
            return f.apply(a);
        };
    }

    static Pkg create(Interp in) {
        Pkg p = new Pkg("sync/atomic");
        Object[][] kinds = {{"Int32", Basic.INT32}, {"Int64", Basic.INT64}, {"Uint32", Basic.UINT32}, {"Uint64", Basic.UINT64},
            {"Uintptr", Basic.UINTPTR}};
        for (Object[] k : kinds) {
            String n = (String) k[0];
            Basic t = (Basic) k[1];
            Kind kind = t.kind();
            PointerType pt = new PointerType(t);
            p.fn("Add" + n, Sig.fn(Sig.of(pt, t), t), new Native("sync/atomic.Add" + n, sp(in, a -> {
                Ref r = ref(in, a[0]);
                long v = Arith.wrap((Long) r.load() + (Long) a[1], kind);
                r.store(v);
                return v;
            })));
            p.fn("Load" + n, Sig.fn(Sig.of(pt), t), new Native("sync/atomic.Load" + n, sp(in, a -> ref(in, a[0]).load())));
            p.fn("Store" + n, Sig.fn(Sig.of(pt, t)), new Native("sync/atomic.Store" + n, sp(in, a -> {
                ref(in, a[0]).store(a[1]);
                return null;
            })));
            p.fn("Swap" + n, Sig.fn(Sig.of(pt, t), t), new Native("sync/atomic.Swap" + n, sp(in, a -> {
                Ref r = ref(in, a[0]);
                Object old = r.load();
                r.store(a[1]);
                return old;
            })));
            p.fn("CompareAndSwap" + n, Sig.fn(Sig.of(pt, t, t), Basic.BOOL), new Native("sync/atomic.CompareAndSwap" + n, sp(in, a -> {
                Ref r = ref(in, a[0]);
                if (((Long) r.load()).longValue() != (Long) a[1]) return false;
                r.store(a[2]);
                return true;
            })));
            // the typed form: atomic.Int64 and friends
            Named typed = NativeTypes.struct("sync/atomic", n, "v", t);
            NativeTypes.method(typed, "Load", Sig.fn(Sig.of(), t), true, sp(in, a -> (sv(in, a[0])).fields[0]));
            NativeTypes.method(typed, "Store", Sig.fn(Sig.of(t)), true, sp(in, a -> {
                (sv(in, a[0])).fields[0] = a[1];
                return null;
            }));
            NativeTypes.method(typed, "Add", Sig.fn(Sig.of(t), t), true, sp(in, a -> {
                StructV s = sv(in, a[0]);
                long v = Arith.wrap((Long) s.fields[0] + (Long) a[1], kind);
                s.fields[0] = v;
                return v;
            }));
            NativeTypes.method(typed, "Swap", Sig.fn(Sig.of(t), t), true, sp(in, a -> {
                StructV s = sv(in, a[0]);
                Object old = s.fields[0];
                s.fields[0] = a[1];
                return old;
            }));
            NativeTypes.method(typed, "CompareAndSwap", Sig.fn(Sig.of(t, t), Basic.BOOL), true, sp(in, a -> {
                StructV s = sv(in, a[0]);
                if (((Long) s.fields[0]).longValue() != (Long) a[1]) return false;
                s.fields[0] = a[2];
                return true;
            }));
            p.type(n, typed);
        }
        Named b = NativeTypes.struct("sync/atomic", "Bool", "v", Basic.BOOL);
        NativeTypes.method(b, "Load", Sig.fn(Sig.of(), Basic.BOOL), true, sp(in, a -> (sv(in, a[0])).fields[0]));
        NativeTypes.method(b, "Store", Sig.fn(Sig.of(Basic.BOOL)), true, sp(in, a -> {
            (sv(in, a[0])).fields[0] = a[1];
            return null;
        }));
        NativeTypes.method(b, "Swap", Sig.fn(Sig.of(Basic.BOOL), Basic.BOOL), true, sp(in, a -> {
            StructV s = sv(in, a[0]);
            Object old = s.fields[0];
            s.fields[0] = a[1];
            return old;
        }));
        NativeTypes.method(b, "CompareAndSwap", Sig.fn(Sig.of(Basic.BOOL, Basic.BOOL), Basic.BOOL), true, sp(in, a -> {
            StructV s = sv(in, a[0]);
            if (!s.fields[0].equals(a[1])) return false;
            s.fields[0] = a[2];
            return true;
        }));
        p.type("Bool", b);
        Type any = Universe.ANY;
        Named v = NativeTypes.struct("sync/atomic", "Value", "v", any);
        NativeTypes.method(v, "Load", Sig.fn(Sig.of(), any), true, sp(in, a -> (sv(in, a[0])).fields[0]));
        NativeTypes.method(v, "Store", Sig.fn(Sig.of(any)), true, sp(in, a -> {
            StructV s = sv(in, a[0]);
            if (a[1] == null) throw new lanes.values.GoPanic(new Iface(Basic.STRING, "sync/atomic: store of nil value into Value"), false);
            Object old = s.fields[0];
            if (old != null && !((Iface) old).type.equals(((Iface) a[1]).type)) {
                throw new lanes.values.GoPanic(new Iface(Basic.STRING, "sync/atomic: store of inconsistently typed value into Value"), false);
            }
            s.fields[0] = a[1];
            return null;
        }));
        NativeTypes.method(v, "Swap", Sig.fn(Sig.of(any), any), true, sp(in, a -> {
            StructV s = sv(in, a[0]);
            Object old = s.fields[0];
            s.fields[0] = a[1];
            return old;
        }));
        p.type("Value", v);
        return p;
    }
}
