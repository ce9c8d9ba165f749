package lanes.runtime;

/**
 * The kinds of synchronisation operation at which a controlled {@link Strategy} may switch
 * goroutines. Each names what the operation touches, so that an explorer can tell which
 * operations conflict: a channel by its id, every other kind as one shared object (all
 * mutexes conflict with each other, and so on), which can only make it see more conflicts
 * than there are, never fewer.
 */
public enum SyncOp {
    CHAN, MUTEX, WAITGROUP, COND, ATOMIC, OUTPUT, GO, YIELD;

    /** The object key for conflict checks: the channel id for CHAN, else one key per kind. */
    public long key(long id) {
        return this == CHAN ? (((long) ordinal()) << 56) | id : ((long) ordinal()) << 56;
    }

    /** True for operations that touch nothing another goroutine could observe (go, Gosched). */
    public boolean local() {
        return this == GO || this == YIELD;
    }
}
