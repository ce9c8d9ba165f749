package lanes.check;

import java.util.ArrayList;
import java.util.List;

import lanes.interp.Code;
import lanes.interp.Slot;
import lanes.types.FuncType;
import lanes.types.Kind;
import lanes.types.Type;

/** Compile-time state of one function or closure body: its frame layout and its captures. */
final class FnCtx {
    final FnCtx outer;
    final Code code;
    final FuncType sig;
    int nPrim;
    int nObj;
    /** Outer variables this closure captured, in env order. */
    final List<Var> captures = new ArrayList<>();
    /** Result variables when results are named. */
    Var[] namedResults;
    boolean hasDefer;
    int closureCount;
    /** All local variables, to report the unused ones. */
    final List<Var> locals = new ArrayList<>();

    FnCtx(FnCtx outer, Code code, FuncType sig) {
        this.outer = outer;
        this.code = code;
        this.sig = sig;
    }

    int envIndex(Var v) {
        int i = captures.indexOf(v);
        if (i < 0) {
            captures.add(v);
            i = captures.size() - 1;
        }
        return i;
    }

    static char primKind(Type t) {
        Kind k = t.underlying().kind();
        if (k.isInteger()) return 'L';
        if (k == Kind.FLOAT32 || k == Kind.FLOAT64) return 'D';
        if (k == Kind.BOOL) return 'B';
        return 'O';
    }

    Slot alloc(Type t, boolean boxed) {
        char k = boxed ? 'C' : primKind(t);
        if (k == 'L' || k == 'D' || k == 'B') return new Slot(k, nPrim++);
        return new Slot(k, nObj++);
    }
}
