package lanes.repl;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Decl;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;
import lanes.check.Checker;
import lanes.check.SessionScope;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Concurrency;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.interp.RunConfig;
import lanes.lib.OsPkg;
import lanes.parse.GoParse;
import lanes.runtime.TraceEvent;
import lanes.runtime.TraceListener;

/**
 * One REPL session without the terminal: inputs are checked against the session's names
 * and run as the next statements of the main goroutine, whose other goroutines live on
 * between inputs. Knows whether a text is a complete input, and keeps the inputs for
 * {@code /list} and {@code /save}.
 *
 * <p>Input k is parsed with the lines of the earlier inputs in front of it (as blank lines),
 * so every source line of the session has its own number; {@link #place} turns it back into
 * {@code #k:line} for errors and tracebacks.
 */
public final class Session {
    /** What a parse of an input showed. */
    enum Kind { EMPTY, DECLS, STATEMENTS, INCOMPLETE, ERROR }

    /** One accepted input, as typed, with where its lines start in the session's numbering. */
    /**
     * One accepted input. {@code defines} are the input-relative {line, column} of its
     * top-level {@code :=} (session variables, package variables in a saved program);
     * {@code shown} the {line, start column, end column or -1 for the line's end} of its
     * expression statements that printed their value; {@code completed} is false if it
     * panicked, deadlocked or was interrupted.
     */
    record Input(int number, String text, Kind kind, int firstLine, List<String> declared, List<int[]> shown,
                 List<int[]> defines, boolean completed) {}

    private static final String DECL_PREFIX = "package main;";
    private static final String STMT_PREFIX = "package main;func main() {";

    private final OutputStream out;
    private RunConfig config;
    private Interp interp;
    private SessionScope names;
    private final List<Input> inputs = new ArrayList<>();
    /** Inputs that failed or were commands still take a number; lines keep counting. */
    private int nextNumber = 1;
    private int nextLine = 1;
    private final List<int[]> lineMap = new ArrayList<>(); // {firstLine, lineCount, number}
    private volatile TraceListener traceTarget;

    public Session(RunConfig config, OutputStream out) {
        this.config = config;
        this.out = out;
        start();
    }

    private void start() {
        interp = new Interp(config, out, out);
        interp.sourcePath = "repl";
        interp.lineNames = this::place;
        interp.out.lineFlush = true;
        interp.err.lineFlush = true;
        OsPkg.setArgs(interp.packages.get("os"), "lanes", List.of());
        names = new SessionScope();
        TraceListener forward = e -> {
            TraceListener t = traceTarget;
            if (t != null) t.event(e);
        };
        interp.concurrency().startSession(forward);
    }

    /** Ends the session's goroutines (the REPL is exiting or resetting). */
    public void close() {
        interp.concurrency().endSession();
    }

    public SessionScope names() {
        return names;
    }

    public Interp interp() {
        return interp;
    }

    public RunConfig config() {
        return config;
    }

    List<Input> inputs() {
        return inputs;
    }

    /** Sends every scheduling event to {@code t} (null: none). */
    public void trace(TraceListener t) {
        traceTarget = t;
    }

    /** A line of the session as errors and tracebacks name it: {@code #3:2} (input 3, its line 2). */
    public String place(int line) {
        for (int[] m : lineMap) {
            if (line >= m[0] && line < m[0] + m[1]) return "#" + m[2] + ":" + (line - m[0] + 1);
        }
        return "#?:" + line;
    }

    /** Starts over: no names, no goroutines, the clock at zero; {@code config} may change the seed or procs. */
    public void reset(RunConfig newConfig) {
        close();
        config = newConfig;
        inputs.clear();
        lineMap.clear();
        nextNumber = 1;
        nextLine = 1;
        start();
    }

    /**
     * Starts over like {@link #reset} but enters the declaration inputs (func, type, const,
     * import) again, as after a session ended by os.Exit or a fatal error.
     */
    public void restartKeepingDeclarations(RunConfig newConfig) {
        List<Input> old = new ArrayList<>(inputs);
        reset(newConfig);
        for (Input in : old) {
            if (in.kind() == Kind.DECLS) eval(in.text());
        }
    }

    // ---- completeness ---------------------------------------------------------------------

    private static boolean atEof(CompileError e) {
        String m = e.diagnostics().get(0).message();
        return m.contains("unexpected EOF") || m.endsWith("not terminated");
    }

    /** A REPL command: a slash not starting a comment ({@code //}, {@code /*} are Go). */
    public static boolean isCommand(String line) {
        String t = line.strip();
        return t.startsWith("/") && !t.startsWith("//") && !t.startsWith("/*");
    }

    /** Whether the text is a whole input (possibly a wrong one) or needs more lines. */
    public static boolean isComplete(String text) {
        String t = text.strip();
        if (t.isEmpty() || isCommand(t)) return true;
        try {
            GoParse.parse("input", DECL_PREFIX + text + "\n");
            return true;
        } catch (CompileError e) {
            if (atEof(e)) return false;
        }
        try {
            GoParse.parse("input", STMT_PREFIX + text + "\n}\n");
            return true;
        } catch (CompileError e) {
            // fall through: is the error only that the input stops early?
        }
        try {
            GoParse.parse("input", STMT_PREFIX + text + "\n");
            return true;
        } catch (CompileError e) {
            return !atEof(e);
        }
    }

    // ---- evaluation ---------------------------------------------------------------------------

    /** The outcome of one input, for the REPL's messages and for tests. */
    public record Outcome(boolean ok, boolean sessionEnded, int exitCode) {}

    /**
     * Checks and runs one complete input. Output, errors, panics and deadlock reports go to
     * the session's output stream.
     */
    public Outcome eval(String text) {
        return eval(text, true);
    }

    /** Runs an input the REPL makes itself (/procs): it is not listed or saved. */
    void runHidden(String text) {
        eval(text, false);
    }

    /** Enters a file's main body (/load): Go's rules for expression statements, no values shown. */
    Outcome evalProgramBody(String text) {
        names.showValues = false;
        try {
            return eval(text, true);
        } finally {
            names.showValues = true;
        }
    }

    private Outcome eval(String text, boolean record) {
        interrupted = false; // a Ctrl-C between inputs is not about this one
        if (text.strip().isEmpty()) return new Outcome(true, false, 0);
        int number = nextNumber++;
        int first = nextLine;
        int lineCount = (int) text.chars().filter(c -> c == '\n').count() + 1;
        nextLine += lineCount;
        lineMap.add(new int[] {first, lineCount, number});
        String pad = "\n".repeat(first - 1);
        String fileName = "#" + number;

        SourceFile decls = null;
        CompileError declErr = null;
        try {
            decls = GoParse.parse(fileName, pad + DECL_PREFIX + text + "\n");
        } catch (CompileError e) {
            declErr = e;
        }
        SourceFile stmts = null;
        CompileError stmtErr = null;
        boolean onlyVars = decls != null && !decls.decls().isEmpty() && decls.imports().isEmpty()
                && decls.decls().stream().allMatch(d -> d instanceof Decl.Var);
        if (decls == null || onlyVars) {
            try {
                stmts = GoParse.parse(fileName, pad + STMT_PREFIX + text + "\n}\n");
            } catch (CompileError e) {
                stmtErr = e;
            }
        }
        if (decls == null && stmts == null) {
            String w = firstWord(text);
            boolean declLike = w.equals("func") || w.equals("type") || w.equals("import") || w.equals("const");
            report(declLike ? declErr : stmtErr, first, declLike ? DECL_PREFIX.length() : STMT_PREFIX.length());
            return new Outcome(false, false, 0);
        }
        boolean isStmts = stmts != null;
        if (!isStmts && decls.decls().stream().anyMatch(d -> d instanceof Decl.Func fd && fd.recv() == null && fd.name().name().equals("main"))) {
            write("lanes: the REPL's inputs are main's statements: type them directly, or /load a file with a func main\n");
            return new Outcome(false, false, 0);
        }
        SourceFile f = isStmts ? stmts : decls;
        Program p;
        lanes.check.SessionScope.Shown shown = new lanes.check.SessionScope.Shown();
        names.shown = shown;
        try {
            p = new Checker(interp, fileName, interp.packages, names).compile(f);
        } catch (CompileError e) {
            report(e, first, isStmts ? STMT_PREFIX.length() : DECL_PREFIX.length());
            return new Outcome(false, false, 0);
        } finally {
            names.shown = null;
        }
        List<String> declared = new ArrayList<>();
        if (!isStmts) {
            for (Decl d : f.decls()) {
                switch (d) {
                    case Decl.Func fd -> declared.add(fd.recv() == null ? fd.name().name() : "method " + receiverName(fd) + "." + fd.name().name());
                    case Decl.Type ty -> declared.add(ty.name().name());
                    case Decl.Const c -> c.names().forEach(n -> declared.add(n.name()));
                    case Decl.Var v -> v.names().forEach(n -> declared.add(n.name()));
                    default -> { }
                }
            }
            for (Decl.Import im : f.imports()) declared.add("import " + im.path());
        }
        List<int[]> shownSpans = new ArrayList<>();
        List<int[]> defines = new ArrayList<>();
        if (isStmts && f.decls().get(0) instanceof Decl.Func mf && mf.body() != null) {
            List<Stmt> top = mf.body().stmts();
            for (int i = 0; i < top.size(); i++) {
                lanes.ast.Pos at = top.get(i).pos();
                if (!shown.positions.contains(at)) continue;
                int line = at.line() - first + 1;
                int end = -1;
                if (i + 1 < top.size() && top.get(i + 1).pos().line() == at.line()) end = column(top.get(i + 1).pos(), first);
                shownSpans.add(new int[] {line, column(at, first), end});
            }
            for (Stmt st : top) {
                if (st instanceof Stmt.Assign a && a.op().equals(":=")) {
                    int line = a.opPos().line() - first + 1;
                    defines.add(new int[] {line, column(a.opPos(), first)});
                }
            }
        }
        Input entry = new Input(number, text, isStmts ? Kind.STATEMENTS : Kind.DECLS, first, declared, shownSpans, defines, true);
        if (record) inputs.add(entry);

        Concurrency c = interp.concurrency();
        int code = -1;
        if (isStmts) {
            code = c.runInput(p.main());
        } else {
            code = c.runInput(p.varInit());
            for (int i = 0; code < 0 && i < p.inits().size(); i++) code = c.runInput(p.inits().get(i));
        }
        if (code >= 0) {
            write("lanes: that ended the program (exit status " + code + "); a new session starts with the declarations\n");
            restartKeepingDeclarations(config);
            return new Outcome(false, true, code);
        }
        boolean panicked = c.takeInputPanicked();
        String dead = c.takeDeadlockReport();
        if (record && (panicked || dead != null || interrupted)) {
            inputs.set(inputs.indexOf(entry), new Input(number, text, entry.kind(), first, declared, shownSpans, defines, false));
        }
        if (panicked) return new Outcome(false, false, 0);
        if (dead != null) {
            write(dead + "\nlanes: the input was abandoned; the session goes on (blocked goroutines stay blocked)\n");
            return new Outcome(false, false, 0);
        }
        List<Long> stopped = c.scheduler().takeInterrupted();
        if (interrupted) {
            interrupted = false;
            StringBuilder sb = new StringBuilder("lanes: interrupted");
            if (!stopped.isEmpty()) {
                sb.append("; stopped goroutine").append(stopped.size() > 1 ? "s " : " ");
                for (int i = 0; i < stopped.size(); i++) sb.append(i > 0 ? ", " : "").append(stopped.get(i));
            }
            write(sb.append('\n').toString());
            return new Outcome(false, false, 0);
        }
        return new Outcome(true, false, 0);
    }

    /** A statement input's column as typed (its first line carries the wrapper). */
    private static int column(lanes.ast.Pos p, int firstLine) {
        return p.line() == firstLine ? p.col() - STMT_PREFIX.length() : p.col();
    }

    private volatile boolean interrupted;

    /** From another thread (Ctrl-C): stops the running input and the goroutines still running. */
    public void interrupt() {
        interrupted = true;
        interp.concurrency().scheduler().interrupt();
    }

    /** The base type name of a method's receiver ({@code T} for {@code *T}). */
    private static String receiverName(Decl.Func fd) {
        lanes.ast.Expr t = fd.recv().type();
        while (t instanceof lanes.ast.Expr.Star st) t = st.x();
        if (t instanceof lanes.ast.Expr.Paren pa) t = pa.x();
        return t instanceof lanes.ast.Expr.Ident id ? id.name() : "?";
    }

    private static String firstWord(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) i++;
        return t.substring(0, i);
    }

    /** Compile errors as {@code #k:line:col: message}, columns on the input's first line without the wrapper. */
    private void report(CompileError e, int firstLine, int prefixLen) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : e.diagnostics()) {
            int line = d.pos().line();
            int col = d.pos().col();
            if (line == firstLine) col = Math.max(1, col - prefixLen);
            String where = line >= nextLine ? place(nextLine - 1) : place(line);
            sb.append(where).append(':').append(col).append(": ").append(d.message()).append('\n');
        }
        write(sb.toString());
    }

    void write(String s) {
        try {
            interp.out.flush();
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            // the terminal is gone; nothing more can be said
        }
    }

    /** Scheduling events as one line each, for {@code /trace on}. */
    static String traceLine(TraceEvent e) {
        StringBuilder sb = new StringBuilder("  [trace] ");
        sb.append(String.format("%-13s", e.kind().name().toLowerCase().replace('_', '-')));
        if (e.goroutine() != 0) sb.append(" g").append(e.goroutine());
        if (e.peer() != 0) sb.append(" peer ").append(e.peer());
        if (e.reason() != null) sb.append(" [").append(e.reason().words()).append(']');
        if (e.proc() >= 0) sb.append(" on P").append(e.proc());
        sb.append(" t=").append(Commands.duration(e.nanos()));
        return sb.append('\n').toString();
    }
}
