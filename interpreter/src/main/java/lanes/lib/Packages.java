package lanes.lib;

import java.util.LinkedHashMap;
import java.util.Map;

import lanes.interp.Interp;

/** The standard packages Lanes implements, bound to one interpreter run: one explicit list. */
public final class Packages {
    private Packages() {}

    public static Map<String, Pkg> create(Interp in) {
        Map<String, Pkg> m = new LinkedHashMap<>();
        add(m, FmtPkg.create(in));
        add(m, Errors.create(in));
        add(m, OsPkg.create(in));
        add(m, UnsafePkg.create());
        for (Pkg p : StdPkgs.create(in)) add(m, p);
        for (Pkg p : ConcPkgs.create(in)) add(m, p);
        return m;
    }

    private static void add(Map<String, Pkg> m, Pkg p) {
        m.put(p.path, p);
    }
}
