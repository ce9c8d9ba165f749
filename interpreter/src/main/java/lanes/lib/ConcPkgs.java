package lanes.lib;

import java.util.List;

import lanes.interp.Interp;

/** The concurrency packages: sync, sync/atomic, time, context, runtime, math/rand. */
final class ConcPkgs {
    private ConcPkgs() {}

    static List<Pkg> create(Interp in) {
        return lanes.lib.conc.ConcPackages.create(in);
    }
}
