package lanes.runtime.sync;

/**
 * Go's {@code sync.Locker}. {@link Mutex} and {@link RWMutex} implement it; the interpreter
 * adapts a user type with Lock and Unlock methods by implementing it with calls into Go code.
 */
public interface Locker {
    void lock();

    void unlock();
}
