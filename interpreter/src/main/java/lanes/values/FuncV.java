package lanes.values;

/**
 * A function value: a closure, a bound method or a native function. The generic calling
 * convention takes boxed arguments (a variadic function receives its variadic part already
 * packed as a slice) and returns null (no result), the single result, or an {@code Object[]}
 * of results. Nil function values are Java null.
 */
public abstract class FuncV {
    public abstract Object call(Object[] args);

    /** Go's qualified name, as stack traces print it ({@code main.worker}, {@code main.main.func1}). */
    public abstract String name();
}
