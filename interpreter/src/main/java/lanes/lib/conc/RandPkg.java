package lanes.lib.conc;

import java.util.SplittableRandom;

import lanes.interp.Interp;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.values.FuncV;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.SliceV;
import lanes.values.StructV;

/**
 * Package math/rand. The top-level functions draw from a generator seeded from the run's
 * seed (so a run replays exactly); {@code rand.Seed(n)} and {@code rand.New(rand.NewSource(n))}
 * give generators seeded with n. The sequences are Lanes' own, not those of Go's source.
 */
final class RandPkg {
    private RandPkg() {}

    static final class Gen {
        SplittableRandom r;

        Gen(long seed) {
            r = new SplittableRandom(seed);
        }
    }

    static Pkg create(Interp in) {
        Pkg p = new Pkg("math/rand");
        Gen[] global = new Gen[1];
        java.util.function.Supplier<Gen> g = () -> {
            if (global[0] == null) global[0] = new Gen(Rt.sched(in).randomLong());
            return global[0];
        };
        Named source = NativeTypes.struct("math/rand", "rngSource", "g", Basic.UNSAFE_POINTER);
        PointerType sourcePtr = new PointerType(source);
        Named rand = NativeTypes.struct("math/rand", "Rand", "g", Basic.UNSAFE_POINTER);
        PointerType randPtr = new PointerType(rand);
        p.type("Rand", rand);
        p.fn("Seed", Sig.fn(Sig.of(Basic.INT64)), new Native("math/rand.Seed", a -> {
            global[0] = new Gen((Long) a[0]);
            return null;
        }));
        p.fn("NewSource", Sig.fn(Sig.of(Basic.INT64), sourcePtr), new Native("math/rand.NewSource",
                a -> new StructV(new Object[] {new Gen((Long) a[0])})));
        p.fn("New", Sig.fn(Sig.of(sourcePtr), randPtr), new Native("math/rand.New", a -> {
            StructV s = (StructV) a[0];
            return new StructV(new Object[] {s.fields[0]});
        }));
        define(p, null, g);
        define(null, rand, null);
        return p;
    }

    /** Defines the generator functions as package functions (p) or as methods of *Rand (t). */
    private static void define(Pkg p, Named t, java.util.function.Supplier<Gen> global) {
        int off = t == null ? 0 : 1;
        java.util.function.Function<Object[], Gen> gen = a -> t == null ? global.get() : (Gen) ((StructV) a[0]).fields[0];
        fn(p, t, "Int", Sig.fn(Sig.of(), Basic.INT), a -> gen.apply(a).r.nextLong() & Long.MAX_VALUE);
        fn(p, t, "Int63", Sig.fn(Sig.of(), Basic.INT64), a -> gen.apply(a).r.nextLong() & Long.MAX_VALUE);
        fn(p, t, "Int31", Sig.fn(Sig.of(), Basic.INT32), a -> (long) (gen.apply(a).r.nextInt() & Integer.MAX_VALUE));
        fn(p, t, "Uint32", Sig.fn(Sig.of(), Basic.UINT32), a -> gen.apply(a).r.nextLong() & 0xFFFFFFFFL);
        fn(p, t, "Intn", Sig.fn(Sig.of(Basic.INT), Basic.INT), a -> bounded(gen.apply(a), (Long) a[off], "Intn"));
        fn(p, t, "Int63n", Sig.fn(Sig.of(Basic.INT64), Basic.INT64), a -> bounded(gen.apply(a), (Long) a[off], "Int63n"));
        fn(p, t, "Int31n", Sig.fn(Sig.of(Basic.INT32), Basic.INT32), a -> bounded(gen.apply(a), (Long) a[off], "Int31n"));
        fn(p, t, "Float64", Sig.fn(Sig.of(), Basic.FLOAT64), a -> gen.apply(a).r.nextDouble());
        fn(p, t, "Float32", Sig.fn(Sig.of(), Basic.FLOAT32), a -> (double) (float) gen.apply(a).r.nextDouble());
        fn(p, t, "Perm", Sig.fn(Sig.of(Basic.INT), new SliceType(Basic.INT)), a -> {
            int n = (int) (long) (Long) a[off];
            if (n < 0) throw new GoPanic(new Iface(Basic.STRING, "invalid argument to Perm"), false);
            long[] m = new long[n];
            Gen gn = gen.apply(a);
            for (int i = 0; i < n; i++) {
                int j = gn.r.nextInt(i + 1);
                m[i] = m[j];
                m[j] = i;
            }
            return new SliceV(m, 0, n, n);
        });
        FuncType swap = new FuncType(java.util.List.of(Basic.INT, Basic.INT), java.util.List.of(), false);
        fn(p, t, "Shuffle", Sig.fn(Sig.of(Basic.INT, swap)), a -> {
            long n = (Long) a[off];
            if (n < 0) throw new GoPanic(new Iface(Basic.STRING, "invalid argument to Shuffle"), false);
            FuncV f = (FuncV) a[off + 1];
            Gen gn = gen.apply(a);
            for (long i = n - 1; i > 0; i--) {
                long j = gn.r.nextLong(i + 1);
                f.call(new Object[] {i, j});
            }
            return null;
        });
    }

    private static long bounded(Gen g, long n, String name) {
        if (n <= 0) throw new GoPanic(new Iface(Basic.STRING, "invalid argument to " + name), false);
        return g.r.nextLong(n);
    }

    private static void fn(Pkg p, Named t, String name, FuncType sig, java.util.function.Function<Object[], Object> body) {
        if (p != null) p.fn(name, sig, new Native("math/rand." + name, body::apply));
        else NativeTypes.method(t, name, sig, true, body);
    }
}
