package lanes.lib.fmt;

import lanes.values.Iface;
import lanes.values.Methods;

/**
 * Go's fmt formatting for Lanes values: {@code Sprint}, {@code Sprintln}, {@code Sprintf} and
 * the message part of {@code Errorf}. Arguments are interface values ({@link Iface} or null);
 * results are byte strings. One instance serves one program run: it owns the fake addresses
 * that pointers print as, so they stay stable for the run and identical across runs.
 * User methods (Error, String, GoString) are reached through the interpreter's {@link Methods}.
 * Safe to use from several goroutines at once.
 */
public final class GoFormat {
    private final Methods methods;
    private final Addresses addresses = new Addresses();
    private final MapSort mapSort = new MapSort(addresses);

    public GoFormat(Methods methods) {
        this.methods = methods;
    }

    /** The result of {@code fmt.Errorf}: its message and the error operand of its {@code %w} verb, if any. */
    public record Errorf(String message, Iface wrapped) {}

    /** Operands formatted with %v, with spaces between operands when neither is a string. */
    public String sprint(Object[] args) {
        Printer p = printer();
        p.doPrint(args);
        return p.buf.toString();
    }

    /** Operands formatted with %v, always separated by spaces, and a newline. */
    public String sprintln(Object[] args) {
        Printer p = printer();
        p.doPrintln(args);
        return p.buf.toString();
    }

    public String sprintf(String format, Object[] args) {
        Printer p = printer();
        new Printf(p, format, args).run();
        return p.buf.toString();
    }

    /** Like sprintf, but one {@code %w} verb with an error operand is allowed and reported. */
    public Errorf errorf(String format, Object[] args) {
        Printer p = printer();
        p.wrapErrs = true;
        new Printf(p, format, args).run();
        return new Errorf(p.buf.toString(), p.wrappedErr);
    }

    /**
     * The address a pointer-like value (pointer, channel, map, slice, func) prints as; 0 for nil.
     * For the interpreter's {@code println} and panic messages, so that they agree with fmt.
     */
    public long address(Object pointerLike) {
        return addresses.of(pointerLike);
    }

    private Printer printer() {
        return new Printer(methods, addresses, mapSort);
    }
}
