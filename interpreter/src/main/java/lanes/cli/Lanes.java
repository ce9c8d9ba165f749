package lanes.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import lanes.ast.SourceFile;
import lanes.check.Checker;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.interp.RunConfig;
import lanes.lib.OsPkg;
import lanes.parse.GoParse;

/** The whole pipeline for one program: parse, check, run; returns Go's exit status. */
public final class Lanes {
    private Lanes() {}

    public static int runFile(Path file, List<String> args, RunConfig config, OutputStream out, OutputStream err) {
        return runFile(file, args, config, false, out, err);
    }

    /** As {@link #runFile(Path, List, RunConfig, OutputStream, OutputStream)}; {@code escapes} first reports escape analysis on stderr. */
    public static int runFile(Path file, List<String> args, RunConfig config, boolean escapes, OutputStream out, OutputStream err) {
        return runFile(file, args, config, escapes, false, out, err);
    }

    private static int runFile(Path file, List<String> args, RunConfig config, boolean escapes, boolean processExits,
                               OutputStream out, OutputStream err) {
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            new PrintStream(err, true, StandardCharsets.UTF_8).println("lanes: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            new PrintStream(err, true, StandardCharsets.UTF_8).println("lanes: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        String shown = file.toString();
        return runSource(shown, file.toAbsolutePath().normalize().toString(), src, args, config, escapes, processExits, out, err);
    }

    /**
     * Runs Go source text. {@code name} is how compile errors name the file; {@code absPath}
     * is what tracebacks print.
     */
    public static int runSource(String name, String absPath, String src, List<String> args, RunConfig config,
                                OutputStream out, OutputStream err) {
        return runSource(name, absPath, src, args, config, false, out, err);
    }

    /**
     * The pipeline; with {@code escapes}, the escape analysis of the program is written to stderr
     * (as {@code go run -gcflags='-m -l'} does) before it runs.
     */
    public static int runSource(String name, String absPath, String src, List<String> args, RunConfig config,
                                boolean escapes, OutputStream out, OutputStream err) {
        return runSource(name, absPath, src, args, config, escapes, false, out, err);
    }

    /**
     * {@code lanes run}: as {@link #runFile(Path, List, RunConfig, boolean, OutputStream, OutputStream)}
     * for a process that exits when the program has: goroutines still parked at the end are
     * left as Go leaves them, not unwound one by one.
     */
    static int runFileThenExit(Path file, List<String> args, RunConfig config, boolean escapes, OutputStream out, OutputStream err) {
        return runFile(file, args, config, escapes, true, out, err);
    }

    private static int runSource(String name, String absPath, String src, List<String> args, RunConfig config,
                                 boolean escapes, boolean processExits, OutputStream out, OutputStream err) {
        Interp in = new Interp(config, out, err);
        in.processExitsAfterRun = processExits;
        in.sourcePath = absPath;
        if (escapes) in.escapeFacts = new lanes.escape.Facts();
        Program p;
        try {
            SourceFile f = GoParse.parse(name, src);
            boolean memStats = lanes.escape.Escapes.readsMemStats(f);
            if (memStats && in.escapeFacts == null) in.escapeFacts = new lanes.escape.Facts();
            OsPkg.setArgs(in.packages.get("os"), "/tmp/go-build/exe/" + baseName(name), args);
            p = new Checker(in, name, in.packages).compile(f);
            if (escapes) err(err, "# command-line-arguments\n" + lanes.escape.Escapes.report(f, in.escapeFacts, name));
            // the heap model counts only the allocations Go's escape analysis sends to the heap
            if (memStats) in.heap.stackSites(lanes.escape.Escapes.stackSites(f, in.escapeFacts));
        } catch (CompileError e) {
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (Diagnostic d : e.diagnostics()) sb.append(d).append('\n');
            err(err, sb.toString());
            return 2;
        }
        return in.run(p);
    }

    private static String baseName(String name) {
        String b = Path.of(name).getFileName().toString();
        return b.endsWith(".go") ? b.substring(0, b.length() - 3) : b;
    }

    private static void err(OutputStream err, String s) {
        try {
            err.write(s.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // nothing more can be said
        }
    }
}
