package lanes.grade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.check.Checker;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.interp.RunConfig;
import lanes.lib.OsPkg;
import lanes.parse.GoParse;
import lanes.runtime.G;
import lanes.runtime.Limit;
import lanes.runtime.Outcome;
import lanes.runtime.RunResult;

/**
 * Grades one submission against an exercise: parses it once, decides the structural checks
 * on the AST, then runs it under every schedule (seeds × procs) in a fresh interpreter each
 * time — a compiled {@link Program} is bound to its {@link Interp} (package variables, output
 * streams, the packages of that run), so only the AST is shared — and keeps, for every
 * run-time check, the first schedule on which it failed. It stops early once every run-time
 * check has failed.
 *
 * <p>Exercise limits (steps, goroutines, virtual time, output) end a run with a named error
 * and fail that schedule's checks. The grader's own safety nets — the wall-clock budget of
 * the whole submission, memory, an internal error — make the submission an {@code error}
 * result instead: nothing trustworthy can be said about it.
 */
public final class SubmissionGrader {
    private final Exercise ex;
    private final long budgetMillis;

    public SubmissionGrader(Exercise ex, long budgetMillis) {
        this.ex = ex;
        this.budgetMillis = budgetMillis;
    }

    /** A reason to abandon the whole submission. */
    static final class Abandon extends Exception {
        Abandon(String message) {
            super(message, null, false, false);
        }
    }

    public SubmissionResult grade(Submission sub) {
        long t0 = System.nanoTime();
        try {
            return gradeOrThrow(sub, t0);
        } catch (Abandon a) {
            return error(sub.name(), sub.shown(), a.getMessage(), t0);
        } catch (OutOfMemoryError e) {
            return error(sub.name(), sub.shown(), "the program ran out of memory", t0);
        } catch (StackOverflowError e) {
            return error(sub.name(), sub.shown(), "the program overflowed the interpreter's stack", t0);
        }
    }

    SubmissionResult error(String name, String shown, String message, long t0) {
        List<CheckResult> cs = new ArrayList<>();
        for (Check c : ex.checks()) cs.add(new CheckResult(c, Status.ERROR, message, null, null, null, 0));
        return new SubmissionResult(name, shown, Status.ERROR, message, cs, 0, (System.nanoTime() - t0) / 1_000_000);
    }

    private SubmissionResult gradeOrThrow(Submission sub, long t0) throws Abandon {
        String src;
        try {
            src = sub.source();
        } catch (IOException e) {
            throw new Abandon("cannot read " + sub.shown() + ": " + e.getMessage());
        }
        String fileName = sub.file().getFileName().toString();
        SourceFile ast;
        try {
            ast = GoParse.parse(fileName, src);
            compile(ast, fileName, new Interp(RunConfig.defaults(), java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream()));
        } catch (CompileError e) {
            StringBuilder sb = new StringBuilder("the program does not compile:\n# command-line-arguments");
            for (Diagnostic d : e.diagnostics()) sb.append('\n').append(d);
            throw new Abandon(sb.toString());
        }
        TestsCheck tests = ex.checks().stream().anyMatch(c -> c.kind() == Check.Kind.TESTS)
                ? TestsCheck.prepare(ex, src, fileName, sub.file()) : null;
        Structure structure = new Structure(ast);
        CheckResult[] results = new CheckResult[ex.checks().size()];
        List<Check> pending = new ArrayList<>();
        for (Check c : ex.checks()) {
            int i = c.number() - 1;
            switch (c.kind()) {
                case USES, NOT_USES -> results[i] = structural(c, structure);
                case TESTS -> {
                    if (tests.error() != null) results[i] = new CheckResult(c, Status.ERROR, tests.error(), null, null, null, 0);
                    else pending.add(c);
                }
                default -> pending.add(c);
            }
        }
        int runs = 0;
        long deadline = t0 + budgetMillis * 1_000_000L;
        outer:
        for (long seed : ex.seeds()) {
            for (int procs : ex.procs()) {
                if (pending.isEmpty()) break outer;
                Schedule s = new Schedule(seed, procs);
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) throw new Abandon(timeout(runs, s, sub));
                RunRecord r = null;
                if (pending.stream().anyMatch(c -> c.kind() != Check.Kind.TESTS && c.kind() != Check.Kind.NO_RACE)) {
                    r = runOnce(ast, fileName, sub, s, left, false);
                    abandonIfUnsafe(r, runs, s, sub);
                }
                // the race detector randomises the schedule as Go's does: a run of its own, replayed with --race
                RunRecord raced = null;
                if (pending.stream().anyMatch(c -> c.kind() == Check.Kind.NO_RACE)) {
                    raced = runOnce(ast, fileName, sub, s, Math.max(1, (deadline - System.nanoTime()) / 1_000_000L), true);
                    abandonIfUnsafe(raced, runs, s, sub);
                }
                runs++;
                for (int k = 0; k < pending.size(); k++) {
                    Check c = pending.get(k);
                    String why;
                    String output;
                    if (c.kind() == Check.Kind.TESTS) {
                        TestsCheck.Verdict v = tests.run(s, ex.limits(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
                        if (v.abandon() != null) throw new Abandon(v.abandon() + " while running the tests; replay: " + s.replayTests(sub.shown(), ex.testFiles()));
                        why = v.failure();
                        output = v.output();
                    } else {
                        RunRecord rr = c.kind() == Check.Kind.NO_RACE ? raced : r;
                        why = failure(c, rr);
                        output = c.kind() == Check.Kind.OUTPUT ? rr.stdout() : rr.output();
                    }
                    if (why != null) {
                        String replay = switch (c.kind()) {
                            case TESTS -> s.replayTests(sub.shown(), ex.testFiles());
                            case NO_RACE -> s.replay(sub.shown()).replaceFirst("^lanes run ", "lanes run --race ");
                            default -> s.replay(sub.shown());
                        };
                        results[c.number() - 1] = new CheckResult(c, Status.FAIL, why + " (schedule: seed " + s.seed() + ", procs " + s.procs() + ")",
                                output, s, replay, runs);
                        pending.remove(k--);
                    }
                }
            }
        }
        for (Check c : pending) results[c.number() - 1] = new CheckResult(c, Status.PASS, null, null, null, null, runs);
        List<CheckResult> list = List.of(results);
        Status st = list.stream().allMatch(c -> c.status() == Status.PASS) ? Status.PASS : Status.FAIL;
        return new SubmissionResult(sub.name(), sub.shown(), st, null, list, runs, (System.nanoTime() - t0) / 1_000_000);
    }

    private String timeout(int runs, Schedule s, Submission sub) {
        return "wall-clock limit of " + seconds(budgetMillis) + " exceeded after " + runs + " of " + ex.schedules()
                + " schedules (does the program loop forever?); replay: " + s.replay(sub.shown());
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    private void abandonIfUnsafe(RunRecord r, int runs, Schedule s, Submission sub) throws Abandon {
        if (r.outcome() == Outcome.LIMIT && r.limit() != null && r.limit().startsWith(Limit.WALL_TIME.words())) {
            throw new Abandon(timeout(runs, s, sub));
        }
        if (r.outcome() == Outcome.INTERNAL_ERROR) {
            if (r.crash() != null && r.crash().contains("OutOfMemoryError")) {
                throw new Abandon("the program ran out of memory; replay: " + s.replay(sub.shown()));
            }
            throw new Abandon("internal error in Lanes (" + r.crash() + "); replay: " + s.replay(sub.shown()));
        }
    }

    private static CheckResult structural(Check c, Structure st) {
        Pos at = st.find(c.what());
        boolean ok = c.kind() == Check.Kind.USES ? at != null : at == null;
        if (ok) return new CheckResult(c, Status.PASS, null, null, null, null, 0);
        String why = c.kind() == Check.Kind.USES ? "the program does not use " + c.what()
                : "the program uses " + c.what() + " (line " + at.line() + ")";
        return new CheckResult(c, Status.FAIL, why, null, null, null, 0);
    }

    /** Why check c fails on run r, or null when it holds. */
    static String failure(Check c, RunRecord r) {
        if (r.limit() != null) return "the run was stopped: " + r.limit();
        return switch (c.kind()) {
            case OUTPUT -> OutputMatch.mismatch(c.match(), c.expect(), r.stdout());
            case EXIT -> r.exit() == c.code() ? null
                    : "exit status " + r.exit() + ", expected " + c.code() + (r.crash() != null ? " (" + r.crash() + ")" : "");
            case NO_PANIC -> (r.outcome() == Outcome.PANIC || r.outcome() == Outcome.FATAL) ? r.crash() : null;
            case NO_DEADLOCK -> r.outcome() == Outcome.DEADLOCK ? r.crash() : null;
            case NO_LEAKS -> r.leaked() > 0 ? OutputMatch.plural(r.leaked(), "goroutine") + (r.leaked() == 1 ? " was" : " were")
                    + " still alive when main returned (see them with `lanes run --leaks`)" : null;
            case NO_RACE -> RaceSupport.race(r);
            default -> throw new IllegalStateException("not a run-time check: " + c.kind());
        };
    }

    static Program compile(SourceFile ast, String fileName, Interp in) throws CompileError {
        OsPkg.setArgs(in.packages.get("os"), "/tmp/go-build/exe/" + fileName.replaceAll("\\.go$", ""), List.of());
        return new Checker(in, fileName, in.packages).compile(ast);
    }

    /** One run of the program under schedule s, with the exercise's limits and what is left of the budget. */
    RunRecord runOnce(SourceFile ast, String fileName, Submission sub, Schedule s, long wallMillis, boolean race) throws Abandon {
        Exercise.Limits l = ex.limits();
        RunConfig cfg = new RunConfig(s.seed(), s.procs(), l.steps(), l.goroutines(), l.virtualNanos(), l.output(), wallMillis, false)
                .withRace(race);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interp in = new Interp(cfg, out, err);
        in.sourcePath = sub.file().toAbsolutePath().normalize().toString();
        Program p;
        try {
            p = compile(ast, fileName, in);
        } catch (CompileError e) {
            throw new IllegalStateException("a program that compiled once failed to compile again", e);
        }
        int code = in.run(p);
        return record(s, in.concurrency().scheduler().result(), code, out, err);
    }

    static RunRecord record(Schedule s, RunResult r, int code, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        int leaked = 0;
        String limit = null;
        String crash = null;
        switch (r.outcome()) {
            case RETURNED -> {
                for (G g : r.goroutines()) if (!g.isMain()) leaked++;
            }
            case LIMIT -> limit = r.message();
            case EXIT -> {
                String last = lastLine(stderr);
                if (code == 2 && last.startsWith("lanes: ") && last.contains("limit")) limit = last.substring(7);
            }
            case PANIC -> crash = firstLine(stderr, "panic: ");
            case FATAL, DEADLOCK -> crash = "fatal error: " + r.message();
            case INTERNAL_ERROR -> crash = String.valueOf(r.internalError());
        }
        return new RunRecord(s, stdout, stderr, code, r.outcome(), leaked, limit, crash);
    }

    private static String lastLine(String s) {
        String t = OutputMatch.trimFinalNewline(s);
        return t.substring(t.lastIndexOf('\n') + 1);
    }

    private static String firstLine(String s, String prefix) {
        for (String l : s.split("\n")) if (l.startsWith(prefix)) return l;
        return prefix.trim();
    }
}
