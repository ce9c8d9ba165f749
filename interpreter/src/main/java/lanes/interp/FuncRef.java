package lanes.interp;

/**
 * A REPL session's top-level function, as calls and function values compiled in the session
 * reach it: redefining the function with the same signature points the reference at the new
 * code, so callers compiled by earlier inputs run the new body. (A program run by
 * {@code lanes run} binds calls to their {@link Code} directly.) Calls already under way
 * finish with the code they started.
 */
public final class FuncRef {
    private final Interp interp;
    private Code code;
    private Closure value;

    public FuncRef(Code code, Interp interp) {
        this.interp = interp;
        set(code);
    }

    public Code code() {
        return code;
    }

    /** The function as a value ({@code f := fib}): the definition current when it is evaluated. */
    public Closure value() {
        return value;
    }

    public void set(Code c) {
        code = c;
        value = new Closure(c, null, interp);
    }
}
