package lanes.lib;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import lanes.interp.Interp;
import lanes.lib.conc.ConcPackages;
import lanes.lib.std.MathPkg;
import lanes.lib.std.SortPkg;
import lanes.lib.std.StrconvPkg;
import lanes.lib.std.StringsPkg;
import lanes.lib.std.UnicodePkg;
import lanes.lib.std.Utf8Pkg;

/**
 * The standard packages Lanes implements, bound to one interpreter run: one explicit list.
 * A package is built the first time it is looked up (an import), so a program pays start-up
 * time only for what it imports.
 */
public final class Packages extends AbstractMap<String, Pkg> {
    private final Map<String, Function<Packages, Pkg>> makers = new LinkedHashMap<>();
    private final Map<String, Pkg> made = new HashMap<>();

    private Packages() {}

    public static Map<String, Pkg> create(Interp in) {
        Packages p = new Packages();
        p.add("fmt", ps -> FmtPkg.create(in));
        p.add("errors", ps -> Errors.create(in));
        p.add("os", ps -> OsPkg.create(in));
        p.add("unsafe", ps -> UnsafePkg.create());
        p.add("strings", ps -> StringsPkg.create(in.dispatch));
        p.add("strconv", ps -> StrconvPkg.create(in.dispatch));
        p.add("math", ps -> MathPkg.create());
        p.add("sort", ps -> SortPkg.create(in.dispatch));
        p.add("unicode", ps -> UnicodePkg.create());
        p.add("unicode/utf8", ps -> Utf8Pkg.create());
        for (String path : ConcPackages.PATHS) p.add(path, ps -> ConcPackages.create(in, path, ps::get));
        return p;
    }

    /** Adds a package that only some builds see (the testing package of a test build). */
    public void register(String path, java.util.function.Supplier<Pkg> maker) {
        makers.put(path, ps -> maker.get());
    }

    private void add(String path, Function<Packages, Pkg> maker) {
        makers.put(path, maker);
    }

    @Override
    public Pkg get(Object path) {
        Pkg p = made.get(path);
        if (p == null) {
            Function<Packages, Pkg> m = makers.get(path);
            if (m == null) return null;
            p = m.apply(this);
            made.put((String) path, p);
        }
        return p;
    }

    @Override
    public boolean containsKey(Object path) {
        return makers.containsKey(path);
    }

    @Override
    public Set<Entry<String, Pkg>> entrySet() {
        Map<String, Pkg> all = new LinkedHashMap<>();
        for (String k : makers.keySet()) all.put(k, get(k));
        return all.entrySet();
    }
}
