package lanes.runtime;

/**
 * The {@code select} statement: Go's selectgo (select.go), in three passes.
 * <ol>
 *   <li>Poll the cases in a random order (a fresh permutation from the seeded generator, nil
 *       channels left out) and run the first that can proceed now: so among ready cases the
 *       choice is uniform, as the spec requires. If none can and there is a default, take it.
 *   <li>Otherwise queue one sudog per case on its channel and park ({@code select}).
 *   <li>The first channel operation to dequeue one of the sudogs wins (it sets
 *       {@link G#selectDone}, so the others are skipped by later operations); on waking,
 *       take the remaining sudogs out of their queues and report the winning case.
 * </ol>
 * A select with no cases at all blocks forever with {@code select (no cases)}; one whose
 * channels are all nil blocks forever with {@code select}, as in Go.
 */
final class Select {
    private Select() {
    }

    static int select(Scheduler sched, SelectCase[] cases, boolean hasDefault) {
        int n = cases.length;
        if (n == 0) {
            if (hasDefault) return -1;
            sched.blockForever(WaitReason.SELECT_NO_CASES);
        }
        G g = sched.current();
        if (g == null) throw new IllegalStateException("select outside a goroutine");
        if (sched.strategy != null) {
            boolean first = true;
            for (SelectCase c : cases) {
                if (c.chan == null) continue;
                if (first) sched.syncPoint(SyncOp.CHAN, c.chan.id());
                else sched.touchAlso(SyncOp.CHAN, c.chan.id());
                first = false;
            }
        }

        int[] order = new int[n];
        int norder = 0;
        for (int i = 0; i < n; i++) {
            if (cases[i].chan == null) continue;
            int j = sched.choose(norder + 1);
            order[norder] = order[j];
            order[j] = i;
            norder++;
        }

        // Pass 1: something ready?
        for (int k = 0; k < norder; k++) {
            int i = order[k];
            SelectCase c = cases[i];
            if (c.isSend) {
                if (c.chan.trySendNow(c.sendValue)) return i;
            } else if (c.chan.tryRecvNow(g)) {
                c.received = g.takeReceived();
                c.ok = g.recvOk;
                return i;
            }
        }
        if (hasDefault) return -1;

        // Pass 2: wait on every channel.
        g.selectDone = false;
        g.param = null;
        Sudog all = null;
        for (int i = n - 1; i >= 0; i--) {
            SelectCase c = cases[i];
            if (c.chan == null) continue;
            Sudog s = new Sudog(g);
            s.epoch = g.epoch;
            s.c = c.chan;
            s.isSelect = true;
            s.isSend = c.isSend;
            s.caseIndex = i;
            s.elem = c.isSend ? c.sendValue : null;
            s.waitLink = all;
            all = s;
        }
        for (Sudog s = all; s != null; s = s.waitLink) {
            if (s.isSend) s.c.sendq.enqueue(s);
            else s.c.recvq.enqueue(s);
        }
        sched.park(WaitReason.SELECT);

        // Pass 3: the winner is the sudog whose operation woke us.
        Sudog won = g.param;
        g.param = null;
        g.selectDone = false;
        for (Sudog s = all; s != null; ) {
            Sudog next = s.waitLink;
            if (s != won) {
                if (s.isSend) s.c.sendq.remove(s);
                else s.c.recvq.remove(s);
            }
            s.waitLink = null;
            s = next;
        }
        if (won == null) throw new IllegalStateException("select woken without a case");
        SelectCase c = cases[won.caseIndex];
        if (c.isSend) {
            if (!won.success) throw GoRuntimeFault.plain("send on closed channel");
        } else {
            c.received = won.success ? won.elem : c.chan.zero();
            c.ok = won.success;
            if (sched.tracing()) {
                sched.emit(won.success ? TraceEvent.Kind.CHAN_RECV : TraceEvent.Kind.CHAN_RECV_CLOSED, g.id, c.chan.id(), null);
            }
        }
        return won.caseIndex;
    }
}
