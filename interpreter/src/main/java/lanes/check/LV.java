package lanes.check;

import java.util.List;

import lanes.interp.S;
import lanes.interp.X;
import lanes.types.Type;

/**
 * An lvalue being compiled: something that can be loaded, stored and (for most kinds)
 * addressed. {@link #stabilize} evaluates its sub-expressions once into temporaries, so
 * that {@code a[f()] += 1} calls f once.
 */
abstract class LV {
    final Type type;

    LV(Type type) {
        this.type = type;
    }

    abstract X load();

    /** Stores {@code v}, which has already been converted to {@link #type} (and copied if an aggregate). */
    abstract S store(X v);

    /** {@code &lv}; null when the location is not addressable (map elements). */
    abstract X addr();

    abstract LV stabilize(List<S> pre);
}
