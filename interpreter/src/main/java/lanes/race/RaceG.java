package lanes.race;

import java.util.List;

import lanes.interp.Stacks;

/** The race detector's view of one goroutine: its slot in vector clocks and its clock. */
final class RaceG {
    final int tid;
    final long goid;
    final boolean isMain;
    /** Go stack of the {@code go} statement that made it (null for main). */
    final List<Stacks.Entry> createdAt;
    /**
     * What it knows of other goroutines' clocks (entries past the end are 0; its own entry is
     * not used): kept short, so a go statement copies only what the parent knows.
     */
    long[] vc;
    /** Its own clock. */
    long clock;
    boolean finished;

    RaceG(int tid, long goid, boolean isMain, List<Stacks.Entry> createdAt, long[] vc, long clock) {
        this.tid = tid;
        this.goid = goid;
        this.isMain = isMain;
        this.createdAt = createdAt;
        this.vc = vc;
        this.clock = clock;
    }

    long clock() {
        return clock;
    }

    long epoch() {
        return (clock << Detector.TID_BITS) | tid;
    }
}
