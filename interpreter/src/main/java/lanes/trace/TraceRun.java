package lanes.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;

/** {@code lanes run --trace FILE.html} and {@code --timeline}: one run, recorded and drawn. */
public final class TraceRun {
    private TraceRun() {}

    /** Text timeline width in characters. */
    public static final int WIDTH = 64;

    public static int run(Path file, List<String> args, RunConfig cfg, OutputStream out, OutputStream err, Path html,
                          boolean text) {
        PrintStream perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            perr.println("lanes: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            perr.println("lanes: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        String shown = file.toString();
        int[] status = new int[1];
        Timeline t = record(shown, file.toAbsolutePath().normalize().toString(), src, args, cfg, out, err, status);
        int code = status[0];
        if (t.lanes.isEmpty()) return code; // compile error: nothing ran
        if (text) {
            perr.print(TextTimeline.render(t, WIDTH));
            perr.flush();
        }
        if (html != null) {
            try {
                Files.writeString(html, HtmlTimeline.render(t, shown), StandardCharsets.UTF_8);
            } catch (IOException e) {
                perr.println("lanes: cannot write " + html + ": " + e.getMessage());
                return code == 0 ? 1 : code;
            }
        }
        return code;
    }

    /**
     * Runs source text with a timeline recording; the exit status goes to {@code status[0]}.
     * {@code name} is the file name compile errors and the timeline show, {@code absPath} what
     * tracebacks print.
     */
    public static Timeline record(String name, String absPath, String src, List<String> args, RunConfig cfg,
                                  OutputStream out, OutputStream err, int[] status) {
        Timeline t = new Timeline(Path.of(name).getFileName().toString(), src);
        status[0] = Lanes.runSource(name, absPath, src, args, cfg.withTrace(t), out, err);
        return t;
    }
}
