package lanes.runtime;

/** How a run ended. */
public enum Outcome {
    /** main returned: exit status 0, other goroutines were discarded. */
    RETURNED,
    /** {@code os.Exit(code)} from any goroutine. */
    EXIT,
    /** A panic escaped a goroutine (reported through {@link Scheduler#panicked(Object)}). */
    PANIC,
    /**
     * {@code fatal error: <message>}: unlock of an unlocked mutex, stack overflow, main's
     * Goexit with no goroutines left, or anything the interpreter reports through
     * {@link Scheduler#fatal(String)}. The deadlock has its own outcome.
     */
    FATAL,
    /** {@code fatal error: all goroutines are asleep - deadlock!} */
    DEADLOCK,
    /** A {@link Limit} was exceeded. */
    LIMIT,
    /** A Java exception escaped a goroutine body: a bug in the interpreter or runtime. */
    INTERNAL_ERROR
}
