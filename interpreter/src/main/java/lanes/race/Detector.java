package lanes.race;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import lanes.ast.Pos;
import lanes.interp.Frame;
import lanes.interp.Goroutine;
import lanes.interp.Interp;
import lanes.interp.Stacks;
import lanes.runtime.G;
import lanes.runtime.SyncHook;
import lanes.values.Cell;
import lanes.values.GoStrings;
import lanes.values.MapV;
import lanes.values.Store;
import lanes.values.StructV;

/**
 * {@code lanes run --race}: happens-before data race detection in the FastTrack style. Every
 * goroutine has a vector clock; the runtime's synchronisation ({@link SyncHook}: go statements,
 * channel operations, locks, wait groups, Once, atomics, timers) carries clocks from one
 * goroutine to another; instrumented loads and stores (nodes from {@link RaceNodes}) check each
 * access of a variable, field, element or map against the last write and reads of that
 * location. A race is reported at once, in Go's words, each address and each pair of code
 * locations once; at the end of the run {@code Found N data race(s)} and exit status 66.
 */
public final class Detector implements SyncHook {
    static final int TID_BITS = 16;
    /** Fresh slots in vector clocks before finished goroutines' slots are reused. */
    static final int FRESH_TIDS = 1024;
    /** Go's race runtime dies beyond this many goroutines alive at once. */
    static final int MAX_ALIVE = 8128;
    /** Containers with shadow memory kept at once; beyond this the history is dropped (Go's detector also forgets old accesses). */
    static final int MAX_SHADOWED = 1 << 21;

    private final Interp in;
    private int nextTid;
    private final ArrayDeque<Integer> freeTids = new ArrayDeque<>();
    private long[] lastClock = new long[64];
    private int alive;

    /** Clocks released into synchronisation objects (compared with equals: pointers, channels, locks). */
    private final HashMap<Object, long[]> syncs = new HashMap<>();
    /** Shadow memory: a container (cell, map, array, struct) to its Shadow or Shadow[] (one per element or field). */
    private final IdentityHashMap<Object, Object> shadows = new IdentityHashMap<>();
    private Object lastKey;
    private Object lastShadow;

    private final IdentityHashMap<Object, Boolean> globals = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Long> bases = new IdentityHashMap<>();
    private long nextHeap = 0x00c000010000L;
    private long nextGlobal = 0x0000005da5c0L;
    private final Set<Long> reportedAddrs = new HashSet<>();
    private final Set<String> reportedPairs = new HashSet<>();
    private int found;

    /** GORACE's exitcode (Go's default 66) and halt_on_error. */
    private int exitCode = 66;
    private boolean haltOnError;
    private boolean halted;

    public Detector(Interp in) {
        this.in = in;
        options(System.getenv("GORACE"));
    }

    /** Reads Go's GORACE settings that Lanes honours: {@code exitcode=N} and {@code halt_on_error=1}; others are ignored. */
    void options(String gorace) {
        if (gorace == null) return;
        for (String kv : gorace.trim().split("\\s+")) {
            int eq = kv.indexOf('=');
            if (eq < 0) continue;
            String k = kv.substring(0, eq), v = kv.substring(eq + 1);
            try {
                if (k.equals("exitcode")) exitCode = Integer.parseInt(v);
                else if (k.equals("halt_on_error")) haltOnError = Integer.parseInt(v) != 0;
            } catch (NumberFormatException e) {
                // Go's race runtime ignores a malformed value too
            }
        }
    }

    /** Races reported so far. */
    public int found() {
        return found;
    }

    /** The exit status of a run that found races. */
    public int exitCode() {
        return exitCode;
    }

    /** Whether the run ended at its first race (halt_on_error): then no summary follows. */
    public boolean halted() {
        return halted;
    }

    /** Marks a package-level variable's cell, so that reports give it a static address as Go does. */
    public void markGlobal(Cell c) {
        // (aggregate globals are found through their cell when an address is needed)
        globals.put(c, Boolean.TRUE);
    }

    // ---- goroutines and synchronisation ----------------------------------------------------------

    /**
     * A slot in vector clocks for a new goroutine whose parent knows {@code parentVc}. A
     * finished goroutine's slot is reused at once when its whole history happens before the
     * new goroutine (then sharing the slot loses nothing); otherwise fresh slots are used up
     * to {@link #FRESH_TIDS}, and after that the oldest free slot (accesses of the finished
     * goroutine then look ordered before the new one's: a race between them may go unseen).
     */
    private int allocTid(long[] parentVc) {
        int t = -1;
        int scanned = 0;
        for (java.util.Iterator<Integer> it = freeTids.iterator(); it.hasNext() && scanned < 64; scanned++) {
            int u = it.next();
            if (parentVc != null && u < parentVc.length && lastClock[u] <= parentVc[u]) {
                it.remove();
                t = u;
                break;
            }
        }
        if (t < 0) t = nextTid < FRESH_TIDS || freeTids.isEmpty() ? nextTid++ : freeTids.poll();
        if (t >= lastClock.length) lastClock = Arrays.copyOf(lastClock, Math.max(t + 1, lastClock.length * 2));
        return t;
    }

    @Override
    public void spawned(G parent, G child) {
        RaceG p = parent == null ? null : (RaceG) parent.race;
        if (++alive > MAX_ALIVE) {
            in.err.write(GoStrings.fromJava("race: limit on " + MAX_ALIVE + " simultaneously alive goroutines is exceeded, dying\n"));
            throw new lanes.interp.Signals.Exit(66);
        }
        int tid = allocTid(p == null ? null : p.vc);
        long[] vc;
        if (p == null) {
            vc = new long[0];
        } else {
            vc = Arrays.copyOf(p.vc, Math.max(p.vc.length, p.tid + 1));
            vc[p.tid] = p.clock;
        }
        long clock = Math.max(tid < vc.length ? vc[tid] : 0, lastClock[tid]) + 1;
        List<Stacks.Entry> created = null;
        if (parent != null && parent.userData() instanceof Goroutine pg && pg.top != null) {
            created = Stacks.capture(pg.top);
        } else if (child.creatorInfo() instanceof Goroutine cg && cg.createdBy != null) {
            created = List.of(new Stacks.Entry(cg.createdBy, cg.createdAt, true));
        }
        child.race = new RaceG(tid, child.id(), child.isMain(), created, vc, clock);
        if (p != null) p.clock++;
    }

    /** A goroutine ended: reports now say it has finished; its clock slot may be reused much later. */
    public void finished(G g) {
        if (!(g.race instanceof RaceG t) || t.finished) return;
        t.finished = true;
        alive--;
        lastClock[t.tid] = t.clock;
        t.vc = null; // its accesses are over; reports keep only who it was
        freeTids.add(t.tid);
    }

    @Override
    public void acquire(G g, Object sync) {
        if (g == null || !(g.race instanceof RaceG t) || t.finished) return;
        long[] l = syncs.get(sync);
        if (l == null) return;
        long[] vc = t.vc;
        if (vc.length < l.length) t.vc = vc = Arrays.copyOf(vc, l.length);
        for (int i = 0; i < l.length; i++) if (l[i] > vc[i]) vc[i] = l[i];
    }

    @Override
    public void release(G g, Object sync) {
        if (g == null || !(g.race instanceof RaceG t) || t.finished) return;
        long[] vc = t.vc;
        long[] l = syncs.get(sync);
        int n = Math.max(vc.length, t.tid + 1);
        if (l == null) {
            syncs.put(sync, l = Arrays.copyOf(vc, n));
        } else {
            if (l.length < n) syncs.put(sync, l = Arrays.copyOf(l, n));
            for (int i = 0; i < vc.length; i++) if (vc[i] > l[i]) l[i] = vc[i];
        }
        if (t.clock > l[t.tid]) l[t.tid] = t.clock;
        t.clock++;
    }

    /** An atomic operation on {@code key} (a pointer or an atomic value): Go's race runtime treats it as acquire and release. */
    public void atomic(Object key) {
        Goroutine g = in.current();
        if (g != null && g.rt instanceof G rg) releaseAcquire(rg, key);
    }

    /** The running goroutine releases into {@code key} (e.g. time.AfterFunc, before its function runs). */
    public void releaseCurrent(Object key) {
        Goroutine g = in.current();
        if (g != null && g.rt instanceof G rg) release(rg, key);
    }

    public void acquireCurrent(Object key) {
        Goroutine g = in.current();
        if (g != null && g.rt instanceof G rg) acquire(rg, key);
    }

    // ---- accesses ------------------------------------------------------------------------------

    private Shadow shadow(Object container, int idx) {
        Object s;
        if (container == lastKey) {
            s = lastShadow;
        } else {
            s = shadows.get(container);
            if (s == null) {
                if (shadows.size() >= MAX_SHADOWED) {
                    // bounded memory: forget all history (later races with forgotten accesses go unseen)
                    shadows.clear();
                }
                if (idx < 0) s = new Shadow();
                else s = new Shadow[container instanceof StructV sv ? sv.fields.length : Store.length(container)];
                shadows.put(container, s);
            }
            lastKey = container;
            lastShadow = s;
        }
        if (idx < 0) return (Shadow) s;
        Shadow[] arr = (Shadow[]) s;
        Shadow sh = arr[idx];
        if (sh == null) arr[idx] = sh = new Shadow();
        return sh;
    }

    private Frame snapFrame;
    private Snap snapLast;

    private Snap snap(Frame f) {
        if (f == snapFrame) return snapLast;
        snapFrame = f;
        return snapLast = new Snap(f);
    }

    private static RaceG raceG(Frame f) {
        return (RaceG) ((G) f.g.rt).race;
    }

    /** Whether the access at {@code epoch} happened before everything {@code t} does now. */
    private static boolean hb(long epoch, RaceG t) {
        int u = (int) (epoch & ((1 << TID_BITS) - 1));
        return u == t.tid || u < t.vc.length && (epoch >>> TID_BITS) <= t.vc[u];
    }

    /** A load of element/field {@code idx} of {@code container} ({@code -1}: the container is the location). */
    public void read(Frame f, Object container, int idx, byte rt) {
        if (nextTid == 1) return; // only main so far: all it does happens before every goroutine to come
        RaceG t = raceG(f);
        Shadow s = shadow(container, idx);
        long e = t.epoch();
        if (s.r == e) return;
        if (s.w != 0 && !hb(s.w, t)) {
            report(f, t, false, rt, s.wT, s.wF, s.wPos, true, s.wRt, container, idx);
        }
        if (s.rvc != null) {
            if (s.rvc.length <= t.tid) {
                s.rvc = Arrays.copyOf(s.rvc, t.tid + 1);
                s.rAt = Arrays.copyOf(s.rAt, t.tid + 1);
            }
            s.rvc[t.tid] = t.clock();
            s.rAt[t.tid] = new Shadow.Access(t, snap(f), f.pos, rt);
        } else if (s.r == 0 || hb(s.r, t)) {
            s.r = e;
            s.rT = t;
            s.rF = snap(f);
            s.rPos = f.pos;
            s.rRt = rt;
        } else {
            int u = (int) (s.r & ((1 << TID_BITS) - 1));
            int n = Math.max(u, t.tid) + 1;
            s.rvc = new long[n];
            s.rAt = new Shadow.Access[n];
            s.rvc[u] = s.r >>> TID_BITS;
            s.rAt[u] = new Shadow.Access(s.rT, s.rF, s.rPos, s.rRt);
            s.rvc[t.tid] = t.clock();
            s.rAt[t.tid] = new Shadow.Access(t, snap(f), f.pos, rt);
            s.r = 0;
            s.rT = null;
            s.rF = null;
        }
    }

    /** A store to element/field {@code idx} of {@code container}. */
    public void write(Frame f, Object container, int idx, byte rt) {
        if (nextTid == 1) return; // only main so far: all it does happens before every goroutine to come
        RaceG t = raceG(f);
        Shadow s = shadow(container, idx);
        long e = t.epoch();
        if (s.w == e) return;
        if (s.w != 0 && !hb(s.w, t)) {
            report(f, t, true, rt, s.wT, s.wF, s.wPos, true, s.wRt, container, idx);
        } else if (s.rvc == null) {
            if (s.r != 0 && !hb(s.r, t)) report(f, t, true, rt, s.rT, s.rF, s.rPos, false, s.rRt, container, idx);
        } else {
            long[] vc = t.vc;
            for (int u = 0; u < s.rvc.length; u++) {
                long c = s.rvc[u];
                if (c != 0 && u != t.tid && (u >= vc.length || c > vc[u])) {
                    Shadow.Access a = s.rAt[u];
                    report(f, t, true, rt, a.t(), a.f(), a.pos(), false, a.rt(), container, idx);
                    break;
                }
            }
        }
        if (s.rvc != null) {
            s.rvc = null;
            s.rAt = null;
            s.r = 0;
        }
        s.w = e;
        s.wT = t;
        s.wF = snap(f);
        s.wPos = f.pos;
        s.wRt = rt;
    }

    /** The slice being appended by append(s, t...) (see RaceNodes.operand); no step is taken while it is set. */
    final Object[] scratch = new Object[2];

    /** Elements [from, from+n) of a backing array, read or written at once. */
    void range(Frame f, Object array, int from, int n, boolean write) {
        for (int i = from; i < from + n; i++) {
            if (write) write(f, array, i, (byte) 0);
            else read(f, array, i, (byte) 0);
        }
    }

    /** Every top-level field of a struct or element of an array, read or written at once. */
    void all(Frame f, Object aggregate, boolean write) {
        int n = aggregate instanceof StructV sv ? sv.fields.length : Store.length(aggregate);
        for (int i = 0; i < n; i++) {
            if (write) write(f, aggregate, i, (byte) 0);
            else read(f, aggregate, i, (byte) 0);
        }
    }

    // ---- reports -------------------------------------------------------------------------------

    private long address(Object container, int idx) {
        Long base = bases.get(container);
        if (base == null) {
            int n = idx < 0 ? 1 : container instanceof StructV sv ? sv.fields.length : Store.length(container);
            int elem = container instanceof byte[] ? 1 : 8;
            long size = Math.max(16, ((long) n * elem + 15) & ~15L);
            boolean global = globals.containsKey(container);
            for (Object c : globals.keySet()) global |= ((Cell) c).v == container;
            if (global) {
                base = nextGlobal;
                nextGlobal += size;
            } else {
                base = nextHeap + (container instanceof MapV ? 0x150 : 8);
                nextHeap += size + 0x1000;
            }
            bases.put(container, base);
        }
        return base + (idx < 0 ? 0 : (long) idx * (container instanceof byte[] ? 1 : 8));
    }

    private void report(Frame f, RaceG t, boolean write, byte rt, RaceG pt, Snap pf, Pos ppos, boolean pwrite, byte prt,
                        Object container, int idx) {
        if (pt == null || pt == t) return;
        long addr = address(container, idx);
        List<String> cur = stack(new Snap(f), f.pos, rt);
        List<String> prev = stack(pf, ppos, prt);
        String a = (write ? "W" : "R") + String.join("|", cur);
        String b = (pwrite ? "W" : "R") + String.join("|", prev);
        String pair = a.compareTo(b) < 0 ? a + "#" + b : b + "#" + a;
        if (!reportedAddrs.add(addr) | !reportedPairs.add(pair)) return;
        found++;
        String hex = String.format("0x%012x", addr);
        StringBuilder sb = new StringBuilder();
        sb.append("==================\nWARNING: DATA RACE\n");
        sb.append(write ? "Write" : "Read").append(" at ").append(hex).append(" by ").append(who(t)).append(":\n");
        for (String s : cur) sb.append(s);
        sb.append('\n');
        sb.append("Previous ").append(pwrite ? "write" : "read").append(" at ").append(hex).append(" by ").append(who(pt)).append(":\n");
        for (String s : prev) sb.append(s);
        created(sb, t);
        created(sb, pt);
        sb.append("==================\n");
        in.err.write(GoStrings.fromJava(sb.toString()));
        if (haltOnError) {
            halted = true;
            throw new lanes.interp.Signals.Exit(exitCode);
        }
    }

    private static String who(RaceG t) {
        return t.isMain ? "main goroutine" : "goroutine " + t.goid;
    }

    private void created(StringBuilder sb, RaceG t) {
        if (t.isMain) return;
        sb.append("\nGoroutine ").append(t.goid).append(t.finished ? " (finished)" : " (running)").append(" created at:\n");
        if (t.createdAt != null) {
            for (Stacks.Entry e : t.createdAt) sb.append(frame(e.function(), e.pos()));
        }
    }

    private String frame(String function, Pos pos) {
        return "  " + function + "()\n      " + in.sourcePath + ":" + (pos == null ? 0 : pos.line()) + "\n";
    }

    /** The Go stack of an access: the runtime's map function if any, the function at pos, its callers. */
    private List<String> stack(Snap s, Pos pos, byte rt) {
        List<String> out = new java.util.ArrayList<>();
        if (rt != 0) out.add("  runtime." + RaceNodes.RUNTIME_FUNCS[rt] + "()\n      $GOROOT/src/runtime/" + RaceNodes.RUNTIME_LINES[rt] + "\n");
        Pos at = pos;
        int i = 0;
        for (Frame fr = s.frame; fr != null; fr = fr.caller) {
            if (!fr.code.synthetic) {
                out.add(frame(fr.code.name, at));
            }
            if (i < s.callers.length) at = s.callers[i++];
        }
        return out;
    }
}
