package lanes.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Shows long text a screen at a time when stdout is a terminal: through {@code $PAGER}, else
 * {@code less -R} when installed, else a small built-in pager on JLine (space or enter for more,
 * q to stop). Never pages when stdout is not a terminal.
 */
final class Pager {
    private Pager() {}

    /** True when stdout is an interactive terminal. */
    static boolean stdoutIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c); // JDK 22+
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when both ends are a terminal
        }
    }

    /** Terminal columns and rows, or 80×24 when they cannot be known. */
    static int[] size() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            int h = t.getHeight();
            return new int[] {w > 0 ? w : 80, h > 0 ? h : 24};
        } catch (IOException | RuntimeException e) {
            return new int[] {80, 24};
        }
    }

    /** Prints {@code text}, paged when it is taller than the screen and stdout is a terminal. */
    static void show(String text, PrintStream out, boolean terminal) {
        int rows = size()[1];
        if (!terminal || text.split("\n", -1).length < rows) {
            out.print(text);
            out.flush();
            return;
        }
        String pager = System.getenv("PAGER");
        if (pager == null || pager.isBlank()) pager = onPath("less") ? "less -R" : null;
        if (pager != null && external(pager, text)) return;
        builtIn(text, out, rows);
    }

    private static boolean external(String pager, String text) {
        try {
            Process p = new ProcessBuilder("sh", "-c", pager)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the learner quit the pager early
            }
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void builtIn(String text, PrintStream out, int rows) {
        String[] lines = text.split("\n", -1);
        try (Terminal t = TerminalBuilder.builder().system(true).build()) {
            var attrs = t.enterRawMode();
            int i = 0;
            int page = Math.max(1, rows - 1);
            while (i < lines.length) {
                int end = Math.min(lines.length, i + page);
                for (; i < end; i++) out.println(lines[i]);
                out.flush();
                if (i >= lines.length) break;
                out.print("\u001b[7m-- more: space or enter, q to stop --\u001b[0m");
                out.flush();
                int c = t.reader().read();
                out.print("\r\u001b[K");
                if (c == 'q' || c == 'Q' || c < 0) break;
                page = c == '\r' || c == '\n' ? 1 : Math.max(1, rows - 1);
            }
            t.setAttributes(attrs);
        } catch (IOException e) {
            out.print(text);
        }
        out.flush();
    }

    private static boolean onPath(String cmd) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(":")) if (!d.isEmpty() && Files.isExecutable(Path.of(d, cmd))) return true;
        return false;
    }
}
