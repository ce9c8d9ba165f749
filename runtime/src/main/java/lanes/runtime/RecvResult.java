package lanes.runtime;

/** The two results of {@code v, ok := <-ch}: ok is false when the channel is closed and drained. */
public record RecvResult(Object value, boolean ok) {
}
