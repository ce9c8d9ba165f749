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
        return runSource(shown, file.toAbsolutePath().normalize().toString(), src, args, config, out, err);
    }

    /**
     * Runs Go source text. {@code name} is how compile errors name the file; {@code absPath}
     * is what tracebacks print.
     */
    public static int runSource(String name, String absPath, String src, List<String> args, RunConfig config,
                                OutputStream out, OutputStream err) {
        return runSource(name, absPath, src, args, config, out, err, in -> { });
    }

    /** As above; {@code setup} may adjust the interpreter before it runs (lessons attach a trace listener). */
    public static int runSource(String name, String absPath, String src, List<String> args, RunConfig config,
                                OutputStream out, OutputStream err, java.util.function.Consumer<Interp> setup) {
        Interp in = new Interp(config, out, err);
        in.sourcePath = absPath;
        setup.accept(in);
        Program p;
        try {
            SourceFile f = GoParse.parse(name, src);
            OsPkg.setArgs(in.packages.get("os"), "/tmp/go-build/exe/" + baseName(name), args);
            p = new Checker(in, name, in.packages).compile(f);
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
