package lanes.repl;

import java.io.IOException;
import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import lanes.interp.RunConfig;

/**
 * The interactive loop: JLine's LineReader over a terminal, a {@link Session} behind it.
 * Prompt {@code lanes> }, continuation prompt {@code   ...> } while the Go parser says the
 * input is unfinished. Ctrl-C while typing drops the line; Ctrl-C while an input runs stops
 * it (the session survives); Ctrl-D or /exit leaves.
 */
public final class Repl {
    public static final String PROMPT = "lanes> ";
    public static final String CONTINUATION = "  ...> ";

    private final Terminal terminal;
    private final Session session;
    private final LineReader reader;
    private final Commands commands;

    /**
     * @param history where the history is kept (null: none)
     * @param colour  whether to highlight while typing
     */
    public Repl(Terminal terminal, RunConfig config, Path history, boolean colour) {
        this.terminal = terminal;
        this.session = new Session(config, terminal.output());
        this.commands = new Commands(session);
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("lanes")
                .parser(new InputParser())
                .completer(new GoCompleter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.INSERT_TAB, true) // a Tab before any word indents
                .option(LineReader.Option.AUTO_FRESH_LINE, false);
        if (history != null) b.variable(LineReader.HISTORY_FILE, history);
        if (colour) b.highlighter(new GoHighlighter());
        this.reader = b.build();
        if (!colour) reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
        terminal.handle(Terminal.Signal.INT, s -> session.interrupt());
    }

    Session session() {
        return session;
    }

    /** Runs until Ctrl-D or /exit; returns the exit status. */
    public int run() {
        session.write("Lanes REPL: Go with goroutines you can watch. /help for help, Ctrl-D to leave.\n");
        try {
            for (;;) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                try {
                    if (Session.isCommand(line)) {
                        commands.run(line);
                        if (commands.exitRequested()) break;
                        continue;
                    }
                    session.eval(line);
                } catch (RuntimeException e) {
                    // an interpreter bug must not end the session with a Java stack trace
                    session.write("lanes: internal error: " + e + "\n");
                }
            }
        } finally {
            session.close();
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                // history is a convenience
            }
        }
        return 0;
    }

    /**
     * Colours only on a real terminal (not a dumb one, not when output is piped) and only
     * when NO_COLOR is unset or empty (https://no-color.org).
     */
    static boolean colourWanted(String terminalType, boolean interactive, String noColor) {
        boolean dumb = Terminal.TYPE_DUMB.equals(terminalType) || Terminal.TYPE_DUMB_COLOR.equals(terminalType);
        return interactive && !dumb && (noColor == null || noColor.isEmpty());
    }

    /** {@code lanes} / {@code lanes repl}: the REPL on the process's terminal. */
    public static int main(RunConfig config) {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            boolean colour = colourWanted(t.getType(), System.console() != null, System.getenv("NO_COLOR"));
            Path history = Path.of(System.getProperty("user.home"), ".lanes_history");
            return new Repl(t, config, history, colour).run();
        } catch (IOException e) {
            System.err.println("lanes: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }
}
