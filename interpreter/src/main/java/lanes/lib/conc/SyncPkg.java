package lanes.lib.conc;

import java.util.List;

import lanes.interp.Interp;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.runtime.sync.Cond;
import lanes.runtime.sync.Locker;
import lanes.runtime.sync.Mutex;
import lanes.runtime.sync.Once;
import lanes.runtime.sync.RWMutex;
import lanes.runtime.sync.WaitGroup;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.Iface;
import lanes.values.StructV;

/** Package sync: WaitGroup, Mutex, RWMutex, Once, Cond, Locker, Map — on the runtime's primitives. */
final class SyncPkg {
    private SyncPkg() {}

    static Pkg create(Interp in) {
        Pkg p = new Pkg("sync");
        Type hidden = Basic.UNSAFE_POINTER;
        FuncType noArgs = Sig.fn(Sig.of());
        FuncType boolRes = Sig.fn(Sig.of(), Basic.BOOL);
        FuncType funcArg = Sig.fn(Sig.of(new FuncType(List.of(), List.of(), false)));

        Named locker = new Named("sync", "Locker", new InterfaceType(List.of(
                new InterfaceType.IMethod("Lock", noArgs), new InterfaceType.IMethod("Unlock", noArgs))));
        p.type("Locker", locker);

        Named wg = NativeTypes.struct("sync", "WaitGroup", "state", hidden);
        NativeTypes.method(wg, "Add", Sig.fn(Sig.of(Basic.INT)), true, a -> {
            WaitGroup w = waitGroup(in, a[0]);
            Rt.guardRun(() -> w.add((Long) a[1]));
            return null;
        });
        NativeTypes.method(wg, "Done", noArgs, true, a -> {
            WaitGroup w = waitGroup(in, a[0]);
            Rt.guardRun(w::done);
            return null;
        });
        NativeTypes.method(wg, "Wait", noArgs, true, a -> {
            waitGroup(in, a[0]).waitg();
            return null;
        });
        NativeTypes.method(wg, "Go", funcArg, true, a -> {
            WaitGroup w = waitGroup(in, a[0]);
            FuncV f = (FuncV) a[1];
            Rt.guardRun(() -> w.add(1));
            lanes.interp.Goroutine cur = in.current();
            in.spawn(cur, "sync.(*WaitGroup).Go", cur.top == null ? null : cur.top.pos, g -> {
                try {
                    f.call(new Object[0]);
                } finally {
                    w.done();
                }
            });
            return null;
        });
        p.type("WaitGroup", wg);

        Named mu = NativeTypes.struct("sync", "Mutex", "state", hidden);
        NativeTypes.method(mu, "Lock", noArgs, true, a -> {
            mutex(in, a[0]).lock();
            return null;
        });
        NativeTypes.method(mu, "Unlock", noArgs, true, a -> {
            mutex(in, a[0]).unlock();
            return null;
        });
        NativeTypes.method(mu, "TryLock", boolRes, true, a -> mutex(in, a[0]).tryLock());
        p.type("Mutex", mu);

        Named rw = NativeTypes.struct("sync", "RWMutex", "state", hidden);
        NativeTypes.method(rw, "Lock", noArgs, true, a -> {
            rwmutex(in, a[0]).lock();
            return null;
        });
        NativeTypes.method(rw, "Unlock", noArgs, true, a -> {
            rwmutex(in, a[0]).unlock();
            return null;
        });
        NativeTypes.method(rw, "RLock", noArgs, true, a -> {
            rwmutex(in, a[0]).rlock();
            return null;
        });
        NativeTypes.method(rw, "RUnlock", noArgs, true, a -> {
            rwmutex(in, a[0]).runlock();
            return null;
        });
        NativeTypes.method(rw, "TryLock", boolRes, true, a -> rwmutex(in, a[0]).tryLock());
        NativeTypes.method(rw, "TryRLock", boolRes, true, a -> rwmutex(in, a[0]).tryRLock());
        p.type("RWMutex", rw);

        Named once = NativeTypes.struct("sync", "Once", "state", hidden);
        NativeTypes.method(once, "Do", funcArg, true, a -> {
            Once o = Rt.state(a[0], 0, () -> new Once(Rt.sched(in)), Once::copy);
            FuncV f = (FuncV) a[1];
            o.doOnce(() -> f.call(new Object[0]));
            return null;
        });
        p.type("Once", once);

        Named cond = NativeTypes.struct("sync", "Cond", "L", locker, "state", hidden);
        PointerType condPtr = new PointerType(cond);
        NativeTypes.method(cond, "Wait", noArgs, true, a -> {
            condOf(in, a[0]).await();
            return null;
        });
        NativeTypes.method(cond, "Signal", noArgs, true, a -> {
            condOf(in, a[0]).signal();
            return null;
        });
        NativeTypes.method(cond, "Broadcast", noArgs, true, a -> {
            condOf(in, a[0]).broadcast();
            return null;
        });
        p.type("Cond", cond);
        p.fn("NewCond", Sig.fn(Sig.of(locker), condPtr), new Native("sync.NewCond",
                a -> new StructV(new Object[] {a[0], null})));

        p.fn("OnceFunc", Sig.fn(Sig.of(new FuncType(List.of(), List.of(), false)), new FuncType(List.of(), List.of(), false)),
                new Native("sync.OnceFunc", a -> {
                    FuncV f = (FuncV) a[0];
                    Once o = new Once(Rt.sched(in));
                    return new Native("sync.OnceFunc.func1", b -> {
                        o.doOnce(() -> f.call(new Object[0]));
                        return null;
                    });
                }));
        p.type("Map", SyncMap.type(in));
        return p;
    }

    static WaitGroup waitGroup(Interp in, Object recv) {
        return Rt.state(recv, 0, () -> new WaitGroup(Rt.sched(in)), WaitGroup::copy);
    }

    static Mutex mutex(Interp in, Object recv) {
        return Rt.state(recv, 0, () -> new Mutex(Rt.sched(in)), Mutex::copy);
    }

    static RWMutex rwmutex(Interp in, Object recv) {
        return Rt.state(recv, 0, () -> new RWMutex(Rt.sched(in)), RWMutex::copy);
    }

    private static Cond condOf(Interp in, Object recv) {
        StructV s = (StructV) recv;
        Object l = s.fields[0];
        return Rt.state(recv, 1, () -> new Cond(Rt.sched(in), locker(in, l)), c -> c);
    }

    /** The runtime Locker behind a Go sync.Locker value: our own mutexes directly, anything else through its methods. */
    static Locker locker(Interp in, Object goLocker) {
        Iface i = (Iface) goLocker;
        return new Locker() {
            @Override
            public void lock() {
                in.dispatch.call(i.type, i.value, "Lock");
            }

            @Override
            public void unlock() {
                in.dispatch.call(i.type, i.value, "Unlock");
            }
        };
    }

}
