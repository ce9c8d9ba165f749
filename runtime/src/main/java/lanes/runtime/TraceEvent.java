package lanes.runtime;

/**
 * One scheduling event, for timelines and replay checks.
 *
 * @param kind      what happened
 * @param step      the step clock of the processor it happened on (steps are simulated CPU time)
 * @param nanos     the virtual clock, ns since the run began
 * @param proc      the processor's id, or -1 when none was involved
 * @param goroutine the goroutine concerned (0 if none)
 * @param peer      a second party: the creator for GO_CREATE, the waker for GO_UNBLOCK,
 *                  the victim processor for STEAL, the channel id for CHAN_*, else 0
 * @param reason    the wait reason for GO_BLOCK, else null
 */
public record TraceEvent(Kind kind, long step, long nanos, int proc, long goroutine, long peer, WaitReason reason) {
    public enum Kind {
        /** A {@code go} statement made a goroutine. */
        GO_CREATE,
        /** A goroutine was put on a processor (first start or resumption). */
        GO_RUN,
        /** A goroutine parked. */
        GO_BLOCK,
        /** A parked goroutine was made runnable. */
        GO_UNBLOCK,
        /** A goroutine used up its quantum while others waited, and went to the global queue. */
        GO_PREEMPT,
        /** {@code runtime.Gosched} or a semaphore hand-off yield. */
        GO_YIELD,
        /** A goroutine finished (returned or Goexit). */
        GO_END,
        /** An idle processor was woken to look for work. */
        PROC_WAKE,
        /** A processor found nothing to run and went idle. */
        PROC_IDLE,
        /** A processor took goroutines from another's run queue. */
        STEAL,
        /** Nothing could run and the virtual clock jumped to the next timer. */
        CLOCK_ADVANCE,
        /** A value was sent (handed to a receiver or buffered). */
        CHAN_SEND,
        /** A value (or the closed-channel zero) was received. */
        CHAN_RECV,
        CHAN_CLOSE,
        /** A receive found the channel closed and drained (the zero value, ok false). */
        CHAN_RECV_CLOSED,
        /** A Mutex or RWMutex was locked (peer: 1 for a read lock, else 0). */
        LOCK,
        /** A Mutex or RWMutex was unlocked (peer: 1 for a read unlock, else 0). */
        UNLOCK
    }
}
