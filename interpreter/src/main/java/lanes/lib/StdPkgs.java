package lanes.lib;

import java.util.List;

import lanes.interp.Interp;
import lanes.lib.std.MathPkg;
import lanes.lib.std.SortPkg;
import lanes.lib.std.StrconvPkg;
import lanes.lib.std.StringsPkg;
import lanes.lib.std.UnicodePkg;
import lanes.lib.std.Utf8Pkg;

/**
 * The general-purpose standard packages (strings, strconv, math, sort, unicode, unicode/utf8),
 * bound to one interpreter: those whose methods call back into Go code get its dispatch.
 */
public final class StdPkgs {
    private StdPkgs() {}

    public static List<Pkg> create(Interp in) {
        return List.of(
                StringsPkg.create(in.dispatch),
                StrconvPkg.create(in.dispatch),
                MathPkg.create(),
                SortPkg.create(in.dispatch),
                UnicodePkg.create(),
                Utf8Pkg.create());
    }
}
