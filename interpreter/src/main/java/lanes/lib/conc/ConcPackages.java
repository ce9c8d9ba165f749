package lanes.lib.conc;

import java.util.List;
import java.util.function.Function;

import lanes.interp.Interp;
import lanes.lib.Pkg;
import lanes.types.Named;
import lanes.types.Type;

/** The concurrency packages: sync, sync/atomic, time, context, runtime, math/rand. */
public final class ConcPackages {
    private ConcPackages() {}

    public static final List<String> PATHS = List.of("sync", "sync/atomic", "runtime", "time", "context", "math/rand");

    /** Builds one of {@link #PATHS}; {@code lookup} finds another package of the same run (context needs time). */
    public static Pkg create(Interp in, String path, Function<String, Pkg> lookup) {
        return switch (path) {
            case "sync" -> SyncPkg.create(in);
            case "sync/atomic" -> AtomicPkg.create(in);
            case "runtime" -> RuntimePkg.create(in);
            case "time" -> TimePkg.create(in);
            case "context" -> {
                Pkg time = lookup.apply("time");
                yield ContextPkg.create(in, (Named) ((Pkg.TypeM) time.members.get("Time")).type(),
                        (Type) ((Pkg.TypeM) time.members.get("Duration")).type());
            }
            case "math/rand" -> RandPkg.create(in);
            default -> throw new IllegalArgumentException(path);
        };
    }
}
