package lanes.runtime;

/**
 * Receives the scheduler's events as they happen, on whichever thread holds the baton, so
 * never two at once. Absent by default, and then tracing costs one null check per event site.
 * A listener must not call back into the scheduler.
 */
@FunctionalInterface
public interface TraceListener {
    void event(TraceEvent e);
}
