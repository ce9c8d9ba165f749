package lanes.gotest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.interp.RunConfig;
import lanes.runtime.RunResult;

/**
 * {@code go test -v} for one package main: build (the files checked together), run every
 * test, and print the package line as the go command does ({@code ok  \tcommand-line-arguments\t0.000s}
 * or {@code FAIL\t...} and a final {@code FAIL}). Times are Lanes' virtual time, so reports
 * are reproducible. Returns the go command's status: 0 all passed, 1 a test failed or the
 * program crashed, 2 the build failed.
 */
public final class GoTest {
    private GoTest() {}

    static final String PKG = "command-line-arguments";

    /** {@code dir} is the folder as tracebacks name it (absolute, ending in a separator). */
    public static int run(String dir, List<TestBuild.Source> sources, RunConfig cfg, OutputStream out, OutputStream err) {
        return run(dir, sources, cfg, null, out, err);
    }

    /**
     * As {@link #run(String, List, RunConfig, OutputStream, OutputStream)}, running only the
     * tests that match {@code runPattern} ({@code go test -run}; null for all).
     */
    public static int run(String dir, List<TestBuild.Source> sources, RunConfig cfg, String runPattern,
                          OutputStream out, OutputStream err) {
        TestBuild b;
        try {
            b = TestBuild.parse(sources);
        } catch (CompileError e) {
            return buildFailed(e, out, err);
        }
        RunFilter filter = null;
        if (runPattern != null) {
            try {
                filter = new RunFilter(runPattern);
            } catch (IllegalArgumentException e) {
                // the test binary says so (go test shows it on stdout) and fails before running anything
                write(out, e.getMessage() + "\nFAIL\t" + PKG + "\t0.000s\nFAIL\n");
                return 1;
            }
        }
        return run(b, dir, cfg, filter, out, err).status();
    }

    /** How a test run ended: the go command's status and the result of the run (null when the build failed). */
    public record Outcome(int status, RunResult result) {}

    /** Runs a parsed build in a fresh interpreter (a build can be run many times, one interpreter each). */
    public static Outcome run(TestBuild b, String dir, RunConfig cfg, OutputStream out, OutputStream err) {
        return run(b, dir, cfg, null, out, err);
    }

    private static Outcome run(TestBuild b, String dir, RunConfig cfg, RunFilter filter, OutputStream out, OutputStream err) {
        String first = b.lines().files().get(0);
        TracebackFiles tb = new TracebackFiles(err, dir, first, b.lines());
        Interp in = new Interp(cfg, out, tb);
        in.sourcePath = dir + first;
        Program p;
        try {
            p = b.compile(in, filter);
        } catch (CompileError e) {
            return new Outcome(buildFailed(e, out, err), null);
        }
        int code = in.run(p);
        try {
            tb.close();
        } catch (IOException e) {
            // nothing more can be said
        }
        RunResult r = in.concurrency().scheduler().result();
        String secs = String.format(Locale.ROOT, "%.3fs", (r == null ? 0 : r.virtualNanos()) / 1e9);
        if (code == 0) {
            write(out, "ok  \t" + PKG + "\t" + secs + (filter != null && filter.ran == 0 ? " [no tests to run]" : "") + "\n");
            return new Outcome(0, r);
        }
        write(out, "FAIL\t" + PKG + "\t" + secs + "\nFAIL\n");
        return new Outcome(1, r);
    }

    private static int buildFailed(CompileError e, OutputStream out, OutputStream err) {
        StringBuilder sb = new StringBuilder("# " + PKG + " [" + PKG + ".test]\n");
        for (Diagnostic d : e.diagnostics()) sb.append("./").append(d).append('\n');
        write(err, sb.toString());
        write(out, "FAIL\t" + PKG + " [build failed]\nFAIL\n");
        return 2;
    }

    private static void write(OutputStream o, String s) {
        try {
            o.write(s.getBytes(StandardCharsets.UTF_8));
            o.flush();
        } catch (IOException e) {
            // nothing more can be said
        }
    }
}
