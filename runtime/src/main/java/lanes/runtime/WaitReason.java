package lanes.runtime;

/**
 * Why a goroutine is parked, in the exact words of the current Go runtime (runtime2.go's
 * waitReasonStrings), as they appear in dumps: {@code goroutine 1 [chan receive]:}.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    CHAN_RECEIVE_NIL("chan receive (nil chan)"),
    CHAN_SEND_NIL("chan send (nil chan)"),
    SELECT("select"),
    SELECT_NO_CASES("select (no cases)"),
    SYNC_WAITGROUP_WAIT("sync.WaitGroup.Wait"),
    SYNC_MUTEX_LOCK("sync.Mutex.Lock"),
    SYNC_RWMUTEX_RLOCK("sync.RWMutex.RLock"),
    SYNC_RWMUTEX_LOCK("sync.RWMutex.Lock"),
    SYNC_COND_WAIT("sync.Cond.Wait"),
    SLEEP("sleep"),
    /** A bare runtime semaphore (Go's {@code semacquire}); the sync types use their own words. */
    SEMACQUIRE("semacquire"),
    /** Lanes only: the REPL's main goroutine waiting for the next input (never a deadlock). */
    REPL_INPUT("waiting for input");

    private final String words;

    WaitReason(String words) {
        this.words = words;
    }

    /** Go's words for this reason. */
    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words;
    }
}
