package lanes.runtime;

/**
 * Where a goroutine is in its life. The words are those of Go's goroutine dumps; a waiting
 * goroutine is shown by its {@link WaitReason} instead.
 */
public enum GState {
    /** Ready to run: in a run queue, or created by {@code go} and not yet started. */
    RUNNABLE("runnable"),
    /**
     * On a simulated processor. With several Ps several goroutines are RUNNING at once, though
     * only one of them holds the baton (executes Java code) at any instant.
     */
    RUNNING("running"),
    /** Parked until another goroutine or a timer readies it; {@link G#waitReason()} says why. */
    WAITING("waiting"),
    /** Returned from its body or called {@code runtime.Goexit}. */
    DEAD("dead");

    private final String words;

    GState(String words) {
        this.words = words;
    }

    /** The word Go prints in a dump header, {@code goroutine 7 [runnable]:}. */
    public String words() {
        return words;
    }
}
