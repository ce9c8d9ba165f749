package lanes.runtime;

/**
 * One case of a {@code select} statement, made afresh for each execution of the statement
 * (the send value is evaluated on entry, as in Go). A nil channel is allowed: its case is
 * never ready. After {@link Scheduler#select} chose a receive case, {@link #value()} and
 * {@link #ok()} hold what was received.
 */
public final class SelectCase {
    final Chan chan;
    final boolean isSend;
    final Object sendValue;
    Object received;
    boolean ok;

    private SelectCase(Chan chan, boolean isSend, Object sendValue) {
        this.chan = chan;
        this.isSend = isSend;
        this.sendValue = sendValue;
    }

    /** {@code case ch <- v:} */
    public static SelectCase send(Chan chan, Object value) {
        return new SelectCase(chan, true, value);
    }

    /** {@code case v, ok := <-ch:} */
    public static SelectCase recv(Chan chan) {
        return new SelectCase(chan, false, null);
    }

    public Chan chan() {
        return chan;
    }

    public boolean isSend() {
        return isSend;
    }

    /** The value received, if this receive case was chosen (the zero value if the channel was closed). */
    public Object value() {
        return received;
    }

    /** False if this receive case was chosen because the channel was closed. */
    public boolean ok() {
        return ok;
    }
}
