package lanes.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import lanes.ast.Pos;
import lanes.interp.RunTrace;
import lanes.runtime.G;
import lanes.runtime.Outcome;
import lanes.runtime.RunResult;
import lanes.runtime.TraceEvent;

/**
 * What each goroutine did during one run, built from the scheduler's events: per goroutine the
 * spans in which it was running, runnable or blocked (with the wait reason), the channel
 * communications (a send paired with the receive that got its value, first in first out per
 * channel), {@code go} statements, closes, locks and the panic or deadlock at the end; every
 * item with the source line it happened at. The x axis is the step clock (simulated CPU time);
 * virtual time is kept alongside. Text ({@link TextTimeline}) and HTML ({@link HtmlTimeline})
 * renderings draw from this.
 */
public final class Timeline implements RunTrace {
    /** Events kept at most; a longer run is drawn up to there and says so. */
    public static final int MAX_EVENTS = 200_000;

    public enum State { RUNNING, RUNNABLE, BLOCKED }

    public record Span(long from, long to, State state, String reason, String where) {}

    /** A point event on a goroutine's lane. kind: go, send, recv, close, lock, unlock, rlock, runlock, panic, fatal, deadlock, end. */
    public record Mark(long g, long step, String kind, String label, String where) {}

    /** An arrow between lanes. kind: chan or go. */
    public record Arrow(String kind, long fromG, long fromStep, long toG, long toStep, String label) {}

    /** One clock jump: at step, virtual time became nanos. */
    public record Tick(long step, long nanos) {}

    public static final class Lane {
        public final long id;
        public long created;
        public long ended = -1;
        public String createdAt;
        public final List<Span> spans = new ArrayList<>();
        State state = State.RUNNABLE;
        long since;
        String reason;
        String where;

        Lane(long id) {
            this.id = id;
        }
    }

    private final String file;
    private final String[] lines;
    private LongFunction<Pos> locate = id -> null;
    public final Map<Long, Lane> lanes = new LinkedHashMap<>();
    public final List<Mark> marks = new ArrayList<>();
    public final List<Arrow> arrows = new ArrayList<>();
    public final List<Tick> ticks = new ArrayList<>();
    private final Map<Long, ArrayDeque<long[]>> pendingSends = new HashMap<>();
    private long now;
    private long nanos;
    private int events;
    public boolean truncated;
    public long endStep;
    public long endNanos;
    public String ending = "";
    /** The goroutine that panicked or hit the fatal error, or 0. */
    public long culprit;
    private String culpritWhere;

    /**
     * @param file   the program's file name, as hover text shows it
     * @param source the program's text, for the line shown on hover
     */
    public Timeline(String file, String source) {
        this.file = file;
        this.lines = source.split("\n", -1);
    }

    @Override
    public void locator(LongFunction<Pos> where) {
        this.locate = where;
    }

    /** "file:line: text" for goroutine g's current position, or null. */
    private String where(long g) {
        if (g == 0) return null;
        Pos p = locate.apply(g);
        return p == null ? null : at(p.line());
    }

    String at(int line) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        return file + ":" + line + (text.isEmpty() ? "" : ": " + text);
    }

    private Lane lane(long id) {
        return lanes.computeIfAbsent(id, k -> {
            Lane l = new Lane(k);
            l.created = now;
            l.since = now;
            return l;
        });
    }

    private void to(Lane l, State s, String reason, String where) {
        if (l.ended >= 0) return;
        if (now > l.since || l.state != s) {
            if (now > l.since) l.spans.add(new Span(l.since, now, l.state, l.reason, l.where));
            l.since = now;
        }
        l.state = s;
        l.reason = reason;
        l.where = where;
    }

    @Override
    public void event(TraceEvent e) {
        if (truncated) return;
        if (++events > MAX_EVENTS) {
            truncated = true;
            return;
        }
        if (e.step() > now) now = e.step();
        if (e.nanos() != nanos) {
            nanos = e.nanos();
            ticks.add(new Tick(now, nanos));
        }
        long g = e.goroutine();
        switch (e.kind()) {
            case GO_CREATE -> {
                Lane l = lane(g);
                l.created = now;
                l.since = now;
                if (e.peer() != 0) {
                    String w = where(e.peer());
                    l.createdAt = w;
                    lane(e.peer());
                    marks.add(new Mark(e.peer(), now, "go", "go statement: goroutine " + g, w));
                    arrows.add(new Arrow("go", e.peer(), now, g, now, "go: goroutine " + e.peer() + " created goroutine " + g));
                }
            }
            case GO_RUN -> to(lane(g), State.RUNNING, null, where(g));
            case GO_BLOCK -> to(lane(g), State.BLOCKED, e.reason() == null ? "blocked" : e.reason().words(), where(g));
            case GO_UNBLOCK, GO_PREEMPT, GO_YIELD -> to(lane(g), State.RUNNABLE, null, where(g));
            case GO_END -> {
                Lane l = lane(g);
                to(l, l.state, l.reason, l.where);
                if (now > l.since) l.spans.add(new Span(l.since, now, l.state, l.reason, l.where));
                l.ended = now;
                marks.add(new Mark(g, now, "end", "goroutine " + g + " returned", null));
            }
            case CHAN_SEND -> {
                String w = where(g);
                lane(g);
                marks.add(new Mark(g, now, "send", "send on channel #" + e.peer(), w));
                pendingSends.computeIfAbsent(e.peer(), k -> new ArrayDeque<>()).add(new long[] {g, now});
            }
            case CHAN_RECV -> {
                String w = where(g);
                lane(g);
                marks.add(new Mark(g, now, "recv", "receive from channel #" + e.peer(), w));
                ArrayDeque<long[]> q = pendingSends.get(e.peer());
                long[] s = q == null ? null : q.poll();
                if (s != null) {
                    arrows.add(new Arrow("chan", s[0], s[1], g, now,
                            "channel #" + e.peer() + ": goroutine " + s[0] + " sent, goroutine " + g + " received"));
                }
            }
            case CHAN_RECV_CLOSED -> {
                lane(g);
                marks.add(new Mark(g, now, "recv", "receive from closed channel #" + e.peer() + " (zero value, ok false)", where(g)));
            }
            case CHAN_CLOSE -> {
                lane(g);
                marks.add(new Mark(g, now, "close", "close(channel #" + e.peer() + ")", where(g)));
            }
            case LOCK -> {
                lane(g);
                marks.add(new Mark(g, now, e.peer() == 1 ? "rlock" : "lock", e.peer() == 1 ? "RLock" : "Lock", where(g)));
            }
            case UNLOCK -> {
                lane(g);
                marks.add(new Mark(g, now, e.peer() == 1 ? "runlock" : "unlock", e.peer() == 1 ? "RUnlock" : "Unlock", where(g)));
            }
            default -> {
                // processor events (wake, idle, steal) and clock jumps: not drawn per goroutine
            }
        }
    }

    @Override
    public void ended(RunResult r) {
        endStep = now;
        endNanos = r.virtualNanos();
        for (Lane l : lanes.values()) {
            if (l.ended >= 0) continue;
            if (endStep > l.since) l.spans.add(new Span(l.since, endStep, l.state, l.reason, l.where));
            l.since = endStep;
        }
        G c = r.culprit();
        if (c != null && (r.outcome() == Outcome.PANIC || r.outcome() == Outcome.FATAL)) culprit = c.id();
        switch (r.outcome()) {
            case PANIC -> {
                ending = "panic";
                if (c != null) {
                    culpritWhere = panicWhere(r);
                    if (culpritWhere == null) culpritWhere = where(c.id());
                    marks.add(new Mark(c.id(), endStep, "panic", "panic: the program died here", culpritWhere));
                }
            }
            case FATAL -> {
                ending = "fatal error: " + r.message();
                if (c != null) marks.add(new Mark(c.id(), endStep, "fatal", "fatal error: " + r.message(), where(c.id())));
            }
            case DEADLOCK -> {
                ending = "deadlock";
                for (G g : r.goroutines()) {
                    marks.add(new Mark(g.id(), endStep, "deadlock", "deadlocked: " + g.statusWords(), where(g.id())));
                }
            }
            case RETURNED -> ending = "main returned";
            case EXIT -> ending = "os.Exit(" + r.exitCode() + ")";
            case LIMIT -> ending = String.valueOf(r.message());
            case INTERNAL_ERROR -> ending = "internal error";
        }
        if (r.outcome() == Outcome.RETURNED || r.outcome() == Outcome.EXIT) {
            for (G g : r.goroutines()) {
                if (!g.isMain() && lanes.containsKey(g.id())) {
                    marks.add(new Mark(g.id(), endStep, "left", "still alive when the program ended: " + g.statusWords(), where(g.id())));
                }
            }
        }
    }

    /** Where the panic was raised: the innermost frame of the panic's Go stack. */
    private String panicWhere(RunResult r) {
        if (!(r.panicValue() instanceof lanes.values.GoPanic gp) || !(gp.goStack instanceof List<?> st) || st.isEmpty()) return null;
        if (st.get(0) instanceof lanes.interp.Stacks.Entry e && e.pos() != null) return at(e.pos().line());
        return null;
    }

    /** The state a lane was in at the end (for the text summary). */
    String finalWords(Lane l) {
        if (l.ended >= 0) return "returned";
        if (l.id == culprit) return ending.equals("panic") ? "panicked" : "died: " + ending;
        if (l.id == 1 && ending.equals("main returned")) return "main returned";
        if (l.id == 1 && ending.startsWith("os.Exit")) return "called " + ending;
        return switch (l.state) {
            case RUNNING -> "running";
            case RUNNABLE -> "runnable";
            case BLOCKED -> "blocked: " + l.reason;
        };
    }

    String finalWhere(Lane l) {
        String w = finalWords(l);
        if (l.id == culprit && culpritWhere != null) return culpritWhere;
        return l.ended >= 0 || w.startsWith("main returned") || w.startsWith("called") ? null : l.where;
    }
}
