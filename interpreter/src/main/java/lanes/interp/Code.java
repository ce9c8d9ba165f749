package lanes.interp;

import lanes.ast.Pos;
import lanes.types.FuncType;

/**
 * A compiled Go function or closure body: its frame layout, its statements, and how the
 * generic calling convention maps boxed arguments to slots. Filled in by the checker
 * (a function's Code exists before its body is compiled, so recursive calls can name it).
 */
public final class Code {
    /** Go's qualified name as stack traces print it: {@code main.f}, {@code main.(*T).M}, {@code main.main.func1}. */
    public final String name;
    public final Pos pos;
    /** The closing brace: where a function that falls off its end runs its deferred calls. */
    public Pos endPos;
    public FuncType sig;
    public int nPrim;
    public int nObj;
    public S body;
    /** Where each parameter (receiver first) lives; see {@link Slot}. */
    public Slot[] params;
    /** For named results: where each result variable lives; null when results are unnamed. */
    public Slot[] namedResults;
    /** Zero values of the results, used when a recovered panic ends the function. */
    public Object[] resultZeros;
    /** Whether the body contains a defer statement (only then does a call pay for defer handling). */
    public boolean hasDefer;
    /** Kind of the single result when there is exactly one: 'L', 'D', 'B', 'O'; 0 otherwise. */
    public char resultKind;
    public int nResults;
    /** A frame Lanes adds (a goroutine's entry), never shown in Go stack traces. */
    public boolean synthetic;
    /** Parameters that escape: pairs (canonical slot, cell slot) moved into cells on entry. */
    public Slot[] cellParamsFrom;
    public int[] cellParamsTo;

    public Code(String name, Pos pos) {
        this.name = name;
        this.pos = pos;
    }

    @Override
    public String toString() {
        return name;
    }
}
