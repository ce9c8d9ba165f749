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
    long[] vc;
    boolean finished;

    RaceG(int tid, long goid, boolean isMain, List<Stacks.Entry> createdAt, long[] vc) {
        this.tid = tid;
        this.goid = goid;
        this.isMain = isMain;
        this.createdAt = createdAt;
        this.vc = vc;
    }

    long clock() {
        return vc[tid];
    }

    long epoch() {
        return (vc[tid] << Detector.TID_BITS) | tid;
    }
}
