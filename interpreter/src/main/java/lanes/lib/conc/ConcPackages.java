package lanes.lib.conc;

import java.util.ArrayList;
import java.util.List;

import lanes.interp.Interp;
import lanes.lib.Pkg;

/** The concurrency packages, in one list. */
public final class ConcPackages {
    private ConcPackages() {}

    public static List<Pkg> create(Interp in) {
        List<Pkg> out = new ArrayList<>();
        out.add(SyncPkg.create(in));
        out.add(AtomicPkg.create(in));
        out.add(RuntimePkg.create(in));
        Pkg time = TimePkg.create(in);
        out.add(time);
        out.add(ContextPkg.create(in, (lanes.types.Named) ((Pkg.TypeM) time.members.get("Time")).type(),
                ((Pkg.TypeM) time.members.get("Duration")).type()));
        out.add(RandPkg.create(in));
        return out;
    }
}
