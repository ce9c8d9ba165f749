package lanes.interp;

import lanes.values.GoPanic;

/**
 * The interpreter's side of one goroutine: its Go call stack (through {@link #top}), the
 * panic it is currently running deferred calls for, and its step budget. The scheduler's
 * side is {@link #rt}.
 */
public final class Goroutine {
    public final Interp interp;
    /** The runtime's goroutine record (a {@code lanes.runtime.G}), set when it starts. */
    public Object rt;
    public long id;
    public Frame top;
    public int depth;
    /** The panic whose deferred calls are running, for the {@code [recovered]} chain. */
    public GoPanic panicking;
    /** Set by a deferred call just before it runs: the next frame made is that call's, which may recover. */
    public boolean deferCall;
    /** Where the {@code go} statement that created this goroutine was, and in which function. */
    public final String createdBy;
    public final lanes.ast.Pos createdAt;
    public final long createdIn;

    public Goroutine(Interp interp, long id, String createdBy, lanes.ast.Pos createdAt, long createdIn) {
        this.interp = interp;
        this.id = id;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.createdIn = createdIn;
    }
}
