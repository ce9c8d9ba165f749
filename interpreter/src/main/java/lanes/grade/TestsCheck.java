package lanes.grade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.gotest.GoTest;
import lanes.gotest.TestBuild;
import lanes.interp.RunConfig;
import lanes.runtime.Limit;
import lanes.runtime.Outcome;
import lanes.runtime.RunResult;

/**
 * The {@code tests} check: the exercise's {@code *_test.go} files built with the submission
 * (parsed once) and run under each schedule as {@code lanes test} runs them; the check
 * holds when every test passes. The failure names the failing tests and their first log line.
 */
final class TestsCheck {
    /** The outcome on one schedule: a failure sentence (null = all passed), the test output, or a reason to abandon. */
    record Verdict(String failure, String output, String abandon) {}

    private final String error;
    private final TestBuild build;
    private final String dir;

    private TestsCheck(String error, TestBuild build, String dir) {
        this.error = error;
        this.build = build;
        this.dir = dir;
    }

    static TestsCheck prepare(Exercise ex, String src, String fileName, Path submissionFile) {
        List<TestBuild.Source> sources = new ArrayList<>();
        sources.add(new TestBuild.Source(fileName, src));
        try {
            for (Path t : ex.testFiles()) {
                sources.add(new TestBuild.Source(t.getFileName().toString(), Files.readString(t, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            return new TestsCheck("cannot read the exercise's tests: " + e.getMessage(), null, null);
        }
        Path parent = submissionFile.toAbsolutePath().normalize().getParent();
        String dir = parent == null ? "" : parent + java.io.File.separator;
        try {
            TestBuild b = TestBuild.parse(sources);
            // a build error (the submission lacks what the tests call) is found before any schedule runs
            b.compile(new lanes.interp.Interp(RunConfig.defaults(), java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream()));
            return new TestsCheck(null, b, dir);
        } catch (CompileError e) {
            StringBuilder sb = new StringBuilder("the tests do not build with this program:");
            for (Diagnostic d : e.diagnostics()) sb.append('\n').append(d);
            return new TestsCheck(sb.toString(), null, null);
        }
    }

    /** Why the check cannot be run at all, or null. */
    String error() {
        return error;
    }

    Verdict run(Schedule s, Exercise.Limits l, long wallMillis) {
        RunConfig cfg = new RunConfig(s.seed(), s.procs(), l.steps(), l.goroutines(), l.virtualNanos(), l.output(), wallMillis, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoTest.Outcome o = GoTest.run(build, dir, cfg, out, err);
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        RunResult r = o.result();
        if (r != null && r.outcome() == Outcome.LIMIT && r.limit() == Limit.WALL_TIME) {
            return new Verdict(null, text, "wall-clock limit exceeded");
        }
        if (r != null && r.outcome() == Outcome.INTERNAL_ERROR) {
            return new Verdict(null, text, String.valueOf(r.internalError()).contains("OutOfMemoryError")
                    ? "the program ran out of memory" : "internal error in Lanes (" + r.internalError() + ")");
        }
        if (o.status() == 0) return new Verdict(null, text, null);
        return new Verdict(why(text, r), text, null);
    }

    private static String why(String text, RunResult r) {
        List<String> failed = new ArrayList<>();
        String firstLog = null;
        String crash = null;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--- FAIL: ")) failed.add(t.substring(10, t.lastIndexOf(" (") > 10 ? t.lastIndexOf(" (") : t.length()));
            else if (firstLog == null && line.startsWith("    ") && t.matches("[^ ]+\\.go:\\d+: .*")) firstLog = t;
            else if (crash == null && (t.startsWith("panic: ") || t.startsWith("fatal error: ") || t.startsWith("lanes: "))) crash = t;
        }
        StringBuilder sb = new StringBuilder();
        if (!failed.isEmpty()) sb.append(failed.size() == 1 ? "test failed: " : "tests failed: ").append(String.join(", ", failed));
        if (crash != null) sb.append(sb.length() > 0 ? "; " : "").append(crash);
        else if (firstLog != null) sb.append(" (").append(firstLog).append(')');
        if (sb.length() == 0) sb.append("the tests did not pass (").append(r == null ? "no result" : r.outcome()).append(')');
        return sb.toString();
    }
}
