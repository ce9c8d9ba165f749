package lanes.runtime;

/**
 * A goroutine waiting in a queue: Go's sudog. It exists because the relation between
 * goroutines and queues is many-to-many: a goroutine in a select waits on several channels at
 * once, and a channel has many waiting goroutines. So the waiting itself is a record, one per
 * (goroutine, queue), linked into the queue through {@link #next}/{@link #prev}.
 *
 * <p>All fields are touched only by the baton holder. For a blocked send {@link #elem} holds
 * the value to send; for a blocked receive the sender stores the value there. {@link
 * #success} says whether the wake-up was a value passing (true) or a close (false). In a
 * select, the first channel operation to dequeue one of the goroutine's sudogs sets
 * {@link G#selectDone}; later ones skip its other sudogs (the first waker wins).
 */
final class Sudog {
    final G g;
    Object elem;
    Chan c;
    boolean isSelect;
    boolean isSend;
    int caseIndex;
    boolean success;
    /** Semaphores: 1 when ownership was handed straight to this waiter. Cond: the waiter's ticket. */
    long ticket;
    Sudog next, prev;
    /** The goroutine's {@link G#epoch} when it queued: a different one means the wait was abandoned. */
    int epoch;
    /** The next of this goroutine's sudogs during a select. */
    Sudog waitLink;

    Sudog(G g) {
        this.g = g;
    }
}
