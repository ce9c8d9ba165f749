package lanes.check;

import lanes.interp.CallNodes;
import lanes.interp.X;

/** Wraps boxed nodes so their typed entry points are used directly. */
final class CallNodesBridge {
    private CallNodesBridge() {}

    static X unbox(X x, char kind) {
        if (kind == 'L' && x instanceof X.L) return x;
        if (kind == 'D' && x instanceof X.D) return x;
        if (kind == 'B' && x instanceof X.B) return x;
        if (kind == 'O') return x;
        // Locals.read already returns typed nodes for primitive slots; boxed sources need unboxing adapters.
        if (x instanceof X.L || x instanceof X.D || x instanceof X.B) return x;
        return CallNodes.unbox(x, kind);
    }
}
