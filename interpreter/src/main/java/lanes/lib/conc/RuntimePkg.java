package lanes.lib.conc;

import lanes.interp.Interp;
import lanes.interp.RunConfig;
import lanes.interp.Signals;
import lanes.lib.Native;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import java.util.List;

import lanes.mem.MemStatsType;
import lanes.types.Basic;
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.values.StructV;

/** Package runtime: the scheduler's view of the program. */
final class RuntimePkg {
    private RuntimePkg() {}

    static Pkg create(Interp in) {
        Pkg p = new Pkg("runtime");
        p.fn("NumGoroutine", Sig.fn(Sig.of(), Basic.INT), new Native("runtime.NumGoroutine", a -> (long) Rt.sched(in).numGoroutine()));
        p.fn("Gosched", Sig.fn(Sig.of()), new Native("runtime.Gosched", a -> {
            Rt.sched(in).gosched();
            return null;
        }));
        p.fn("GOMAXPROCS", Sig.fn(Sig.of(Basic.INT), Basic.INT), new Native("runtime.GOMAXPROCS",
                a -> (long) Rt.sched(in).gomaxprocs((int) Math.max(0, Math.min((Long) a[0], 1 << 16)))));
        p.fn("NumCPU", Sig.fn(Sig.of(), Basic.INT), new Native("runtime.NumCPU", a -> (long) RunConfig.NUM_CPU));
        p.fn("Goexit", Sig.fn(Sig.of()), new Native("runtime.Goexit", a -> {
            throw new Signals.Goexit();
        }));
        p.fn("GC", Sig.fn(Sig.of()), new Native("runtime.GC", a -> {
            Rt.sched(in).charge(1000);
            in.heap.collect(true);
            return null;
        }));
        Named memStats = MemStatsType.create();
        p.type("MemStats", memStats);
        p.fn("ReadMemStats", Sig.fn(Sig.of(new PointerType(memStats))), new Native("runtime.ReadMemStats", a -> {
            MemStatsType.fill(memStats, (StructV) a[0], in.heap.stats(Rt.sched(in).numGoroutine()));
            return null;
        }));
        p.fn("KeepAlive", Sig.fn(Sig.of(new InterfaceType(List.of()))), new Native("runtime.KeepAlive", a -> null));
        p.constant("GOOS", Basic.UNTYPED_STRING, "linux");
        p.constant("GOARCH", Basic.UNTYPED_STRING, "amd64");
        p.constant("Compiler", Basic.UNTYPED_STRING, "gc");
        p.fn("Version", Sig.fn(Sig.of(), Basic.STRING), new Native("runtime.Version", a -> "go1.22-lanes"));
        return p;
    }
}
