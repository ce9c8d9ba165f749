package lanes.runtime;

/**
 * The processors and their run queues (the queue half of Go's proc.go): each P's local queue
 * and runnext, the global queue, the stack of idle Ps, and work stealing.
 *
 * <p>Order is Go's: {@code runqput(next)} puts a goroutine in runnext and moves the previous
 * occupant to the tail of the local queue; a full local queue spills half of itself plus the
 * newcomer to the global queue; a processor takes runnext first, then its queue, then the
 * global queue (and every 61st slice the global queue first, for fairness), then steals half
 * of another processor's queue, and only as a last resort — after backing off, if the victim
 * is running — the victim's runnext. Idle processors are handed out most recently idled first.
 * Touched only by the baton holder.
 */
final class Procs {
    private final Rand rand;
    private final boolean perturbed;
    /** Go's randomizeScheduler, on under the race detector: runnext is skipped half the time. */
    boolean randomize;
    P[] allp;
    int n;
    private P[] idle;
    int nidle;
    int nspinning;
    private G gHead, gTail;
    int gSize;

    /** Out-parameters of the last runqget/steal. */
    boolean inheritTime;
    boolean backoff;
    P victim;
    int stolen;

    Procs(int n, Rand rand, boolean perturbed) {
        this.rand = rand;
        this.perturbed = perturbed;
        this.n = n;
        this.allp = new P[n];
        this.idle = new P[n];
        for (int i = 0; i < n; i++) allp[i] = new P(i, 0);
    }

    // ---- local run queues

    void runqput(P p, G g, boolean next) {
        if (randomize) {
            if (next && rand.nextInt(2) == 0) next = false;
        } else if (perturbed && next && rand.nextInt(4) == 0) {
            next = false;
        }
        if (next) {
            G old = p.runnext;
            p.runnext = g;
            if (old == null) return;
            g = old;
        }
        if (p.runqSize() < P.RUNQ_SIZE) {
            p.runq[p.runqTail++ & P.MASK] = g;
            return;
        }
        int half = P.RUNQ_SIZE / 2;
        G[] batch = new G[half + 1];
        for (int i = 0; i < half; i++) batch[i] = take(p);
        batch[half] = g;
        if (perturbed || randomize) {
            for (int i = batch.length - 1; i > 0; i--) {
                int j = rand.nextInt(i + 1);
                G t = batch[i];
                batch[i] = batch[j];
                batch[j] = t;
            }
        }
        for (G b : batch) globput(b);
    }

    G runqget(P p) {
        G g = p.runnext;
        if (g != null) {
            p.runnext = null;
            inheritTime = true;
            return g;
        }
        inheritTime = false;
        return p.runqHead == p.runqTail ? null : take(p);
    }

    private static G take(P p) {
        int i = p.runqHead++ & P.MASK;
        G g = p.runq[i];
        p.runq[i] = null;
        return g;
    }

    // ---- global run queue

    void globput(G g) {
        g.schedLink = null;
        if (gTail == null) gHead = g;
        else gTail.schedLink = g;
        gTail = g;
        gSize++;
    }

    void globputHead(G g) {
        g.schedLink = gHead;
        gHead = g;
        if (gTail == null) gTail = g;
        gSize++;
    }

    private G globpop() {
        G g = gHead;
        gHead = g.schedLink;
        if (gHead == null) gTail = null;
        g.schedLink = null;
        gSize--;
        return g;
    }

    /** Go's globrunqget: a fair share of the global queue (at most max if max > 0) into p. */
    G globget(P p, int max) {
        if (gSize == 0) return null;
        int k = Math.min(gSize, gSize / n + 1);
        if (max > 0 && k > max) k = max;
        if (k > P.RUNQ_SIZE / 2) k = P.RUNQ_SIZE / 2;
        G first = globpop();
        for (int i = 1; i < k; i++) runqput(p, globpop(), false);
        return first;
    }

    // ---- stealing

    /**
     * Steals for {@code thief}, whose local queue is empty: half (rounded up) of the first
     * non-empty victim queue, victims visited from a random start. The thief runs the last of
     * the batch and keeps the rest. Sets {@link #backoff} if the only work is a running
     * processor's runnext and the thief has not yet waited for it.
     */
    G steal(P thief) {
        backoff = false;
        victim = null;
        stolen = 0;
        if (n == 1) return null;
        int start = rand.nextInt(n);
        for (int k = 0; k < n; k++) {
            P v = allp[(start + k) % n];
            if (v == thief) continue;
            int avail = v.runqSize();
            if (avail == 0) continue;
            int m = avail - avail / 2;
            for (int i = 0; i < m; i++) thief.runq[thief.runqTail++ & P.MASK] = take(v);
            victim = v;
            stolen = m;
            return take(thief, thief.runqTail - 1);
        }
        for (int k = 0; k < n; k++) {
            P v = allp[(start + k) % n];
            if (v == thief || v.runnext == null) continue;
            if (v.status == P.Status.RUNNING && !thief.stealArmed) {
                backoff = true;
                continue;
            }
            G g = v.runnext;
            v.runnext = null;
            victim = v;
            stolen = 1;
            return g;
        }
        return null;
    }

    /** Removes the G at queue position {@code pos}, which must be the tail. */
    private static G take(P p, int pos) {
        G g = p.runq[pos & P.MASK];
        p.runq[pos & P.MASK] = null;
        p.runqTail = pos;
        return g;
    }

    /** Empties p's runnext, local queue and the global queue into a list, in that order. */
    java.util.List<G> drainAll(P p) {
        java.util.List<G> all = new java.util.ArrayList<>();
        if (p.runnext != null) {
            all.add(p.runnext);
            p.runnext = null;
        }
        while (p.runqHead != p.runqTail) all.add(take(p));
        while (gSize > 0) all.add(globpop());
        return all;
    }

    // ---- idle processors

    void pidleput(P p) {
        idle[nidle++] = p;
    }

    P pidleget() {
        return nidle == 0 ? null : idle[--nidle];
    }

    void removeIdle(P p) {
        for (int i = 0; i < nidle; i++) {
            if (idle[i] == p) {
                System.arraycopy(idle, i + 1, idle, i, nidle - i - 1);
                idle[--nidle] = null;
                return;
            }
        }
    }

    /**
     * Changes the number of processors (GOMAXPROCS) with the world stopped: every processor
     * but {@code keep} is idle and its goroutine, if it had one, already in the global queue.
     * Work queued on the other processors moves to the global queue (runnext first, then the
     * queue, processor by processor), new processors start at {@code clock}, and the idle
     * stack is rebuilt so that the lowest-numbered idle processor is handed out first.
     */
    void resize(int newN, P keep, long clock) {
        for (int i = 0; i < n; i++) {
            P p = allp[i];
            if (p == keep) continue;
            if (p.runnext != null) {
                globput(p.runnext);
                p.runnext = null;
            }
            while (p.runqTail != p.runqHead) globput(take(p));
        }
        P[] next = new P[newN];
        for (int i = 0; i < newN; i++) next[i] = i < n ? allp[i] : new P(i, clock);
        allp = next;
        n = newN;
        idle = new P[newN];
        nidle = 0;
        nspinning = 0;
        for (int i = newN - 1; i >= 0; i--) {
            P p = allp[i];
            if (p == keep) continue;
            p.status = P.Status.IDLE;
            p.curg = null;
            p.stealArmed = false;
            if (p.clock < clock) p.clock = clock;
            pidleput(p);
        }
    }
}
