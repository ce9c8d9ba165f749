package lanes.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * Shows long text a screen at a time when stdout is a terminal: through {@code $PAGER}, else
 * {@code less -R} when installed, else a small built-in pager (Enter for more, q to stop). Never
 * pages when stdout is not a terminal.
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

    /**
     * Terminal columns and rows from {@code stty size} on /dev/tty, else $COLUMNS/$LINES, else
     * 80×24. (JLine's terminal would load its native library and make the JVM print a warning.)
     */
    static int[] size() {
        try {
            Process p = new ProcessBuilder("stty", "size")
                    .redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && s.matches("\\d+ \\d+")) {
                String[] rc = s.split(" ");
                int rows = Integer.parseInt(rc[0]);
                int cols = Integer.parseInt(rc[1]);
                if (rows > 0 && cols > 0) return new int[] {cols, rows};
            }
        } catch (IOException | RuntimeException e) {
            // no terminal to ask
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new int[] {env("COLUMNS", 80), env("LINES", 24)};
    }

    private static int env(String name, int dflt) {
        try {
            String v = System.getenv(name);
            return v == null ? dflt : Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return dflt;
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

    /** A screen at a time; Enter shows the next screen, q and Enter stops. */
    private static void builtIn(String text, PrintStream out, int rows) {
        String[] lines = text.split("\n", -1);
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        int page = Math.max(1, rows - 1);
        int i = 0;
        try {
            while (i < lines.length) {
                int end = Math.min(lines.length, i + page);
                for (; i < end; i++) out.println(lines[i]);
                if (i >= lines.length) break;
                out.print("\u001b[7m-- more: Enter, or q and Enter to stop --\u001b[0m");
                out.flush();
                String answer = in.readLine();
                out.print("\u001b[1A\r\u001b[K");
                if (answer == null || answer.trim().equalsIgnoreCase("q")) break;
            }
        } catch (IOException e) {
            for (; i < lines.length; i++) out.println(lines[i]);
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
