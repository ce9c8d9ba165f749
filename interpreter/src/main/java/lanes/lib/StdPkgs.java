package lanes.lib;

import java.util.ArrayList;
import java.util.List;

import lanes.interp.Interp;

/** strings, strconv, math, sort, unicode, unicode/utf8. */
public final class StdPkgs {
    private StdPkgs() {}

    public static List<Pkg> create(Interp in) {
        return new ArrayList<>();
    }
}
