package lanes.race;

import lanes.ast.Pos;

/**
 * The race detector's record of one memory location (FastTrack): the epoch of the last write,
 * and the epoch of the last read or, once reads by several goroutines overlap, a read vector
 * clock. Alongside, where those accesses were, for the report.
 */
final class Shadow {
    /** Last write: epoch (clock << TID_BITS | tid), 0 for none. */
    long w;
    RaceG wT;
    Snap wF;
    Pos wPos;
    byte wRt;

    /** Last read epoch (when {@link #rvc} is null). */
    long r;
    RaceG rT;
    Snap rF;
    Pos rPos;
    byte rRt;

    /** Shared reads: clock per tid, with where each read was. */
    long[] rvc;
    Access[] rAt;

    /** One read remembered for a report. */
    record Access(RaceG t, Snap f, Pos pos, byte rt) {}
}
