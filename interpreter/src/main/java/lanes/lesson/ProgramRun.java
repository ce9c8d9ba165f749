package lanes.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;
import lanes.runtime.TraceEvent;

/**
 * Runs one lesson program in this JVM, as {@code lanes run FLAGS FILE ARGS} would, and keeps what a
 * learner should see afterwards: stdout, stderr, the exit status, and from the scheduler's own
 * events how many goroutines were made, how many were alive at most, and which were still alive
 * (and on what they were blocked) when the run ended.
 */
public final class ProgramRun {
    /** What happened. {@code events} holds the scheduler's events when they were asked for. */
    public record Result(String stdout, String stderr, int exitCode, int created, int maxAlive,
                         Map<Long, String> aliveAtEnd, List<TraceEvent> events, int procs, long seed, String timeline) {
    }

    /** Width of the text timeline a lesson shows (as {@code lanes run --timeline} draws it). */
    static final int TIMELINE_WIDTH = 64;
    /** A timeline has a row per goroutine: past this many it says little and costs much. */
    static final int TIMELINE_MAX_GOROUTINES = 64;

    private ProgramRun() {}

    /** The run settings {@code flags} ask for: exactly the options of {@code lanes run}. */
    public static RunConfig config(List<String> flags) throws LessonException {
        try {
            return lanes.cli.Main.runConfig(flags);
        } catch (picocli.CommandLine.ParameterException e) {
            throw new LessonException("bad run flags " + flags + ": " + e.getMessage());
        }
    }

    /** Runs {@code dir/p.file()}; {@code keepEvents} keeps every scheduling event for display. */
    public static Result run(Path dir, Lesson.Program p, boolean keepEvents) throws LessonException {
        RunConfig cfg = config(p.flags());
        Path file = dir.resolve(p.file());
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(file + ": cannot read: " + e.getMessage());
        }
        return runSource(p.file(), file.toAbsolutePath().normalize().toString(), src, p.args(), cfg, keepEvents);
    }

    /** Runs Go source text as {@link Lanes#runSource} does, watching the scheduler's events. */
    public static Result runSource(String name, String absPath, String src, List<String> args, RunConfig cfg,
                                   boolean keepEvents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Watch w = new Watch(keepEvents);
        lanes.trace.Timeline tl = new lanes.trace.Timeline(Path.of(name).getFileName().toString(), src);
        lanes.interp.RunTrace both = new lanes.interp.RunTrace() {
            @Override
            public void event(TraceEvent e) {
                w.event(e);
                if (w.created <= TIMELINE_MAX_GOROUTINES) tl.event(e);
            }

            @Override
            public void locator(java.util.function.LongFunction<lanes.ast.Pos> where) {
                tl.locator(where);
            }

            @Override
            public void ended(lanes.runtime.RunResult r) {
                tl.ended(r);
            }
        };
        int code = Lanes.runSource(name, absPath, src, args, cfg.withTrace(both), out, err);
        String timeline = tl.lanes.isEmpty() || w.created > TIMELINE_MAX_GOROUTINES ? ""
                : lanes.trace.TextTimeline.render(tl, TIMELINE_WIDTH);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code,
                w.created, w.maxAlive, w.alive, w.events, cfg.procs(), cfg.seed(), timeline);
    }

    /** Follows goroutines through the events: alive ones, and the wait reason of the blocked. */
    private static final class Watch {
        final boolean keep;
        final List<TraceEvent> events = new ArrayList<>();
        final Map<Long, String> alive = new TreeMap<>();
        int created;
        int maxAlive = 1;

        Watch(boolean keep) {
            this.keep = keep;
            alive.put(1L, "running");
        }

        void event(TraceEvent e) {
            if (keep && events.size() < 100_000) events.add(e);
            switch (e.kind()) {
                case GO_CREATE -> {
                    if (e.peer() == 0) return; // main itself
                    created++;
                    alive.put(e.goroutine(), "runnable");
                    maxAlive = Math.max(maxAlive, alive.size());
                }
                case GO_BLOCK -> alive.put(e.goroutine(), e.reason() == null ? "blocked" : e.reason().words());
                case GO_UNBLOCK, GO_PREEMPT, GO_YIELD -> alive.put(e.goroutine(), "runnable");
                case GO_RUN -> alive.put(e.goroutine(), "running");
                case GO_END -> alive.remove(e.goroutine());
                default -> { }
            }
        }
    }

    /** Counts goroutines by what they were doing: {@code {"chan send": 3}}. */
    public static Map<String, Integer> byState(Map<Long, String> alive) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String s : alive.values()) m.merge(s, 1, Integer::sum);
        return m;
    }
}
