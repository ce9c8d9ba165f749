package lanes.check;

import java.util.HashMap;
import java.util.Map;

/** A lexical block's names. */
final class Scope {
    final Scope parent;
    final Map<String, Ent> names = new HashMap<>();
    /** The function this block belongs to; null for package and universe scopes. */
    final FnCtx fn;

    Scope(Scope parent, FnCtx fn) {
        this.parent = parent;
        this.fn = fn;
    }

    Ent lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Ent e = s.names.get(name);
            if (e != null) return e;
        }
        return null;
    }

    Ent lookupLocal(String name) {
        return names.get(name);
    }
}
