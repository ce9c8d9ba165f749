package lanes.runtime;

/**
 * A FIFO of waiting goroutines (Go's waitq): a channel's senders or receivers, or a
 * semaphore's waiters. Doubly linked so that a select can take its sudogs out of every other
 * channel's queue once one case has fired.
 */
final class WaitQueue {
    private Sudog first, last;

    boolean isEmpty() {
        return first == null;
    }

    void enqueue(Sudog s) {
        s.next = null;
        s.prev = last;
        if (last == null) first = s;
        else last.next = s;
        last = s;
    }

    /** Queues at the front: a semaphore waiter that has already waited (sync.Mutex's LIFO requeue). */
    void pushFront(Sudog s) {
        s.prev = null;
        s.next = first;
        if (first == null) last = s;
        else first.prev = s;
        first = s;
    }

    /**
     * Takes the first waiter that can still be woken. A select's sudog whose goroutine was
     * already won by another channel is dropped (Go's dequeue does the same).
     */
    Sudog dequeue() {
        for (;;) {
            Sudog s = first;
            if (s == null) return null;
            unlink(s);
            if (s.epoch != s.g.epoch) continue; // an abandoned REPL input's wait
            if (s.isSelect) {
                if (s.g.selectDone) continue;
                s.g.selectDone = true;
            }
            return s;
        }
    }

    /** Removes s if it is still queued here. */
    void remove(Sudog s) {
        if (s.prev == null && first != s) return;
        unlink(s);
    }

    private void unlink(Sudog s) {
        Sudog p = s.prev, n = s.next;
        if (p == null) first = n;
        else p.next = n;
        if (n == null) last = p;
        else n.prev = p;
        s.next = null;
        s.prev = null;
    }

    /** Iteration for notify lists: the first waiter, then {@code s.next}. */
    Sudog first() {
        return first;
    }
}
