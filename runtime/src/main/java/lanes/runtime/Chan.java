package lanes.runtime;

/**
 * A Go channel: Go's hchan (chan.go). A nil channel is a null reference; the interpreter
 * sends its operations to {@link Scheduler#sendNil()} and friends.
 *
 * <p>Invariants, as in chan.go, with the baton standing in for the channel lock:
 * <ul>
 *   <li>at least one of {@link #sendq} and {@link #recvq} is empty, except when the
 *       channel is unbuffered and a single goroutine is blocked in a select on both sending
 *       and receiving on it;
 *   <li>for a buffered channel: {@code qcount > 0} implies recvq is empty, and
 *       {@code qcount < capacity} implies sendq is empty;
 *   <li>a closed channel has no waiting senders or receivers: close wakes them all.
 * </ul>
 * A sender that finds a waiting receiver hands its value straight to it (the receiver's
 * sudog); a receiver that finds a waiting sender takes its value (unbuffered) or takes the
 * buffer's head and refills the tail from the sender (full buffer). Woken goroutines go to the
 * waker's runnext slot, so the usual hand-off runs the partner next.
 */
public final class Chan {
    private final Scheduler sched;
    private final long id;
    private final int capacity;
    private final Object zero;
    private final Object[] buf;
    private int qcount, sendx, recvx;
    private boolean closed;
    final WaitQueue recvq = new WaitQueue();
    final WaitQueue sendq = new WaitQueue();
    /** Synchronisation objects of the buffer slots (slot 0 for an unbuffered channel), made for a race detector. */
    private Object[] raceSlots;

    Chan(Scheduler sched, long id, int capacity, Object zero) {
        this.sched = sched;
        this.id = id;
        this.capacity = capacity;
        this.zero = zero;
        this.buf = capacity == 0 ? null : new Object[capacity];
    }

    /** A number identifying the channel in trace events (1, 2, … in creation order). */
    public long id() {
        return id;
    }

    /** {@code len(ch)}: values in the buffer. */
    public int len() {
        return qcount;
    }

    /** {@code cap(ch)}. */
    public int cap() {
        return capacity;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The element type's zero value, returned by receives on the closed, drained channel. */
    public Object zero() {
        return zero;
    }

    /** {@code ch <- v}: may block ({@code chan send}); panics {@code send on closed channel}. */
    public void send(Object v) {
        sched.syncPoint(SyncOp.CHAN, id);
        if (trySendNow(v)) return;
        G g = goroutine();
        Sudog s = g.takeSudog();
        s.elem = v;
        s.c = this;
        s.isSend = true;
        sendq.enqueue(s);
        sched.park(WaitReason.CHAN_SEND);
        boolean ok = s.success;
        g.giveSudog(s);
        if (!ok) throw GoRuntimeFault.plain("send on closed channel");
    }

    /**
     * A timer's non-blocking send (Go's sendTime): true if the value was taken by a waiting
     * receiver or buffered; false, dropping it, if the channel is full or closed.
     */
    public boolean offer(Object v) {
        if (closed) return false;
        return trySendNow(v);
    }

    /** The non-blocking part of a send: a waiting receiver, then buffer room. */
    boolean trySendNow(Object v) {
        if (closed) throw GoRuntimeFault.plain("send on closed channel");
        Sudog r = recvq.dequeue();
        if (r != null) {
            if (sched.syncHook != null) raceHandOff(r.g);
            handTo(r, v);
            return true;
        }
        if (qcount < capacity) {
            if (sched.syncHook != null) raceSlot(sched.current(), sendx);
            buf[sendx] = v;
            if (++sendx == capacity) sendx = 0;
            qcount++;
            if (sched.tracing()) sched.emit(TraceEvent.Kind.CHAN_SEND, gid(), id, null);
            return true;
        }
        return false;
    }

    /** Gives v to the waiting receiver r and readies it. */
    void handTo(Sudog r, Object v) {
        r.elem = v;
        r.success = true;
        r.g.param = r;
        if (sched.tracing()) sched.emit(TraceEvent.Kind.CHAN_SEND, gid(), id, null);
        sched.ready(r.g);
    }

    /** {@code <-ch}: may block ({@code chan receive}); the zero value once closed and drained. */
    public Object recv() {
        sched.syncPoint(SyncOp.CHAN, id);
        return recvInto(goroutine());
    }

    /** {@code v, ok := <-ch}. */
    public RecvResult recv2() {
        sched.syncPoint(SyncOp.CHAN, id);
        G g = goroutine();
        Object v = recvInto(g);
        return new RecvResult(v, g.recvOk);
    }

    /** Receives for g; ok is left in {@code g.recvOk}. */
    private Object recvInto(G g) {
        if (tryRecvNow(g)) return g.takeReceived();
        Sudog s = g.takeSudog();
        s.c = this;
        s.isSend = false;
        recvq.enqueue(s);
        sched.park(WaitReason.CHAN_RECEIVE);
        boolean ok = s.success;
        Object v = ok ? s.elem : zero;
        g.giveSudog(s);
        g.recvOk = ok;
        if (sched.tracing()) sched.emit(ok ? TraceEvent.Kind.CHAN_RECV : TraceEvent.Kind.CHAN_RECV_CLOSED, g.id, id, null);
        return v;
    }

    /**
     * The non-blocking part of a receive: a waiting sender, then the buffer, then closed.
     * On success the value and ok are left in g ({@link G#takeReceived()}, {@code g.recvOk}).
     */
    boolean tryRecvNow(G g) {
        Sudog s = sendq.dequeue();
        if (s != null) {
            if (sched.syncHook != null) raceHandOff(s.g);
            Object v;
            if (capacity == 0) {
                v = s.elem;
            } else {
                v = buf[recvx];
                buf[recvx] = s.elem;
                if (++recvx == capacity) recvx = 0;
                sendx = recvx;
            }
            s.elem = null;
            s.success = true;
            s.g.param = s;
            if (sched.tracing()) sched.emit(TraceEvent.Kind.CHAN_SEND, s.g.id, id, null);
            received(g, v, true);
            sched.ready(s.g);
            return true;
        }
        if (qcount > 0) {
            if (sched.syncHook != null) raceSlot(g, recvx);
            Object v = buf[recvx];
            buf[recvx] = null;
            if (++recvx == capacity) recvx = 0;
            qcount--;
            received(g, v, true);
            return true;
        }
        if (closed) {
            if (sched.syncHook != null) sched.syncHook.acquire(g, this);
            received(g, zero, false);
            return true;
        }
        return false;
    }

    private void received(G g, Object v, boolean ok) {
        g.recvValue = v;
        g.recvOk = ok;
        if (sched.tracing()) sched.emit(ok ? TraceEvent.Kind.CHAN_RECV : TraceEvent.Kind.CHAN_RECV_CLOSED, g.id, id, null);
    }

    /**
     * {@code close(ch)}: panics {@code close of closed channel}. Every blocked receiver gets
     * the zero value with ok false; every blocked sender panics {@code send on closed channel}.
     * As in Go, the woken goroutines are readied in reverse queue order (senders first, then
     * receivers), each into runnext, so the first receiver runs first.
     */
    public void close() {
        sched.syncPoint(SyncOp.CHAN, id);
        if (closed) throw GoRuntimeFault.plain("close of closed channel");
        closed = true;
        SyncHook hook = sched.syncHook;
        if (hook != null && sched.current() != null) hook.release(sched.current(), this);
        if (sched.tracing()) sched.emit(TraceEvent.Kind.CHAN_CLOSE, gid(), id, null);
        Sudog woken = null;
        for (Sudog s; (s = recvq.dequeue()) != null; ) {
            if (hook != null) hook.acquire(s.g, this);
            s.elem = null;
            s.success = false;
            s.g.param = s;
            s.waitLink = woken;
            woken = s;
        }
        for (Sudog s; (s = sendq.dequeue()) != null; ) {
            s.elem = null;
            s.success = false;
            s.g.param = s;
            s.waitLink = woken;
            woken = s;
        }
        while (woken != null) {
            Sudog next = woken.waitLink;
            woken.waitLink = null;
            sched.ready(woken.g);
            woken = next;
        }
    }

    // ---- happens-before edges for a race detector (Go's racesync and racenotify)

    private Object raceSlotObject(int i) {
        if (raceSlots == null) raceSlots = new Object[Math.max(1, capacity)];
        Object o = raceSlots[i];
        if (o == null) raceSlots[i] = o = new Object();
        return o;
    }

    /** A value going through buffer slot i: the k-th receive happens before the (k+capacity)-th send completes. */
    private void raceSlot(G g, int i) {
        if (g != null) sched.syncHook.releaseAcquire(g, raceSlotObject(i));
    }

    /**
     * A value handed straight from a sender to a receiver (one of them, {@code other}, waiting).
     * Unbuffered: both sides synchronise with each other. Buffered (the buffer is empty, or
     * full with a waiting sender): as if the value went through the slot at recvx, which then
     * advances with sendx so that slot counting stays right.
     */
    private void raceHandOff(G other) {
        G me = sched.current();
        SyncHook h = sched.syncHook;
        Object slot = raceSlotObject(capacity == 0 ? 0 : recvx);
        if (me != null) h.releaseAcquire(me, slot);
        h.releaseAcquire(other, slot);
        if (me != null && capacity == 0) h.acquire(me, slot);
        if (capacity != 0 && qcount == 0) {
            if (++recvx == capacity) recvx = 0;
            sendx = recvx;
        }
    }

    /** Blocking operations need a goroutine: timer callbacks may only {@link #offer}. */
    private G goroutine() {
        G g = sched.current();
        if (g == null) throw new IllegalStateException("channel operation outside a goroutine");
        return g;
    }

    private long gid() {
        G g = sched.current();
        return g == null ? 0 : g.id;
    }

    @Override
    public String toString() {
        return "chan#" + id + "(" + qcount + "/" + capacity + (closed ? ", closed" : "") + ")";
    }
}
