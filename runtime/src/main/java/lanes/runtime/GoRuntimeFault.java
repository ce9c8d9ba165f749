package lanes.runtime;

/**
 * A Go panic raised by the runtime itself, such as {@code send on closed channel}. The
 * interpreter catches it where it called the runtime and turns it into a Go panic whose value
 * has the type {@link #kind()} names, so that {@code recover()} and {@code %T} see what Go
 * shows. Fatal errors are not faults: they end the run at once through
 * {@link Scheduler#fatal(String)}, since nothing can recover them.
 */
public final class GoRuntimeFault extends RuntimeException {
    /** The dynamic type of the panic value Go uses for this fault. */
    public enum Kind {
        /** {@code runtime.plainError}: a runtime.Error whose text has no {@code runtime error: } prefix. */
        PLAIN_ERROR,
        /** {@code runtime.Error} printed with the {@code runtime error: } prefix (already in the message). */
        RUNTIME_ERROR,
        /** A Go {@code string}, as in {@code panic("sync: negative WaitGroup counter")}. */
        STRING
    }

    private final Kind kind;

    public GoRuntimeFault(String message, Kind kind) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static GoRuntimeFault plain(String message) {
        return new GoRuntimeFault(message, Kind.PLAIN_ERROR);
    }

    static GoRuntimeFault string(String message) {
        return new GoRuntimeFault(message, Kind.STRING);
    }

    public Kind kind() {
        return kind;
    }
}
