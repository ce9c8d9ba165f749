package lanes.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jline.terminal.impl.ExternalTerminal;

import lanes.interp.RunConfig;

/**
 * A REPL on a JLine virtual terminal: what the test types goes through the real
 * LineReader (key bindings, the parser's continuation decision, completion, Ctrl-C), and
 * what the REPL prints is collected as the screen would show it, escape sequences removed.
 */
final class ReplHarness implements AutoCloseable {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[()][0-9A-B]|\u001B[=>]|\r");

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExternalTerminal terminal;
    private final Thread loop;
    final Repl repl;
    private volatile int exitCode = -1;

    ReplHarness(Path history) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        terminal = new ExternalTerminal("test", "xterm", in, out, StandardCharsets.UTF_8);
        terminal.setSize(new org.jline.terminal.Size(120, 40));
        repl = new Repl(terminal, RunConfig.defaults(), history, false);
        loop = new Thread(() -> exitCode = repl.run(), "repl-under-test");
        loop.setDaemon(true);
        loop.start();
    }

    /** Types characters as a user would (a newline is Enter, \t Tab, \u0003 Ctrl-C, \u0004 Ctrl-D). */
    void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** The screen so far, without escape sequences and carriage returns. */
    String screen() {
        synchronized (screen) {
            return ANSI.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("");
        }
    }

    /** Waits until the screen contains {@code text} {@code times} times; fails after 20 s. */
    String waitFor(String text, int times) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            String s = screen();
            if (count(s, text) >= times) return s;
            Thread.sleep(10);
        }
        throw new AssertionError("screen never showed " + times + " x '" + text + "':\n" + screen());
    }

    String waitFor(String text) throws InterruptedException {
        return waitFor(text, 1);
    }

    /** Waits for the n-th prompt (the first one is n = 1). */
    String prompt(int n) throws InterruptedException {
        return waitFor(Repl.PROMPT, n);
    }

    static int count(String s, String text) {
        int n = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) n++;
        return n;
    }

    int awaitExit() throws InterruptedException {
        loop.join(20_000);
        return exitCode;
    }

    @Override
    public void close() throws Exception {
        if (loop.isAlive()) {
            type("\u0004");
            loop.join(5_000);
        }
        terminal.close();
    }
}
