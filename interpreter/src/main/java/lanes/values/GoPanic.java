package lanes.values;

/**
 * A Go panic in flight. {@code value} is the panic's value as an {@code interface{}}
 * ({@link Iface} or null for {@code panic(nil)}). {@code previous} is the panic that was
 * running deferred calls when this one started, for the {@code [recovered]} chain Go prints.
 * {@code goStack} is the Go stack at the point of the panic, captured by the interpreter.
 * Stack traces of the Java kind are never filled in: they are meaningless to a Go user.
 */
public final class GoPanic extends RuntimeException {
    public final Object value;
    public GoPanic previous;
    public boolean recovered;
    public Object goStack;
    /** Set for a runtime error ({@code runtime error: ...}), which prints with a {@code [recovered]}-style type hint in Go. */
    public final boolean runtimeError;

    public GoPanic(Object value, boolean runtimeError) {
        super(null, null, false, false);
        this.value = value;
        this.runtimeError = runtimeError;
    }
}
