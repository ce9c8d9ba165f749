package lanes.lib.strconv;

/**
 * Go's {@code *strconv.NumError}: a failed conversion. Go returns a value together with the
 * error (ParseInt's clamped value on a range error, ParseFloat's ±Inf); {@link #value} carries
 * it (a Long, Double or Boolean) so a caller can return both. The message is Go's
 * {@code Error()} text, e.g. {@code strconv.Atoi: parsing "12a": invalid syntax}; {@code num}
 * and the message are byte strings.
 */
@SuppressWarnings("serial") // never serialized
public final class NumError extends RuntimeException {
    public static final String SYNTAX = "invalid syntax";
    public static final String RANGE = "value out of range";

    /** The failing function: ParseBool, ParseInt, ParseUint, ParseFloat or Atoi. */
    public final String func;
    /** The input. */
    public final String num;
    /** The reason: {@link #SYNTAX}, {@link #RANGE}, or an "invalid base N" / "invalid bit size N" text. */
    public final String err;
    /** The value Go returns alongside the error. */
    public final Object value;

    public NumError(String func, String num, String err, Object value) {
        super(null, null, false, false);
        this.func = func;
        this.num = num;
        this.err = err;
        this.value = value;
    }

    public boolean isSyntax() {
        return SYNTAX.equals(err);
    }

    public boolean isRange() {
        return RANGE.equals(err);
    }

    /** The same error reported under another function name and input, as ParseInt and Atoi re-label ParseUint's errors. */
    NumError relabel(String newFunc, String newNum, Object newValue) {
        return new NumError(newFunc, newNum, err, newValue);
    }

    @Override
    public String getMessage() {
        return "strconv." + func + ": parsing " + Quote.quote(num) + ": " + err;
    }
}
