package lanes.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lanes.check.SessionScope;
import lanes.interp.Concurrency;
import lanes.interp.Stacks;
import lanes.runtime.G;
import lanes.runtime.Scheduler;

/**
 * The REPL's slash commands. A command may be shortened to any prefix that names it alone
 * ({@code /g} is {@code /goroutines}, {@code /s} is ambiguous between /save and /seed).
 */
final class Commands {
    /** One command: its name, its arguments, what it does, and an example. */
    record Command(String name, String args, String help, String example) {}

    static final List<Command> ALL = List.of(
            new Command("/help", "[COMMAND]", "show the commands, or one command in detail", "/help goroutines"),
            new Command("/vars", "", "list the session's variables with their types and values", "/vars"),
            new Command("/funcs", "", "list the session's functions with their signatures", "/funcs"),
            new Command("/types", "", "list the session's types", "/types"),
            new Command("/list", "", "show the inputs so far, numbered as errors and tracebacks name them (#3:2); ! marks one that did not finish", "/list"),
            new Command("/reset", "", "start over: forget every name, end every goroutine, clock back to zero", "/reset"),
            new Command("/load", "FILE", "enter a Go file: its declarations, then the body of its main", "/load prog.go"),
            new Command("/save", "FILE", "write the session as a Go program that `lanes run` accepts", "/save session.go"),
            new Command("/goroutines", "", "list the live goroutines: id, state, wait reason, where each is, where it was created", "/goroutines"),
            new Command("/seed", "N", "start over with schedule seed N (declarations are entered again)", "/seed 7"),
            new Command("/procs", "N", "set GOMAXPROCS to N (runtime.GOMAXPROCS(N))", "/procs 1"),
            new Command("/time", "", "show the virtual clock", "/time"),
            new Command("/trace", "on|off", "print a line for every scheduling event while inputs run", "/trace on"),
            new Command("/exit", "", "leave the REPL (Ctrl-D does the same)", "/exit"));

    private final Session session;
    private boolean exitRequested;

    Commands(Session session) {
        this.session = session;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    /** The commands whose names start with {@code prefix}; an exact name wins. */
    static List<Command> matching(String prefix) {
        List<Command> out = new ArrayList<>();
        for (Command c : ALL) {
            if (c.name().equals(prefix)) return List.of(c);
            if (c.name().startsWith(prefix)) out.add(c);
        }
        return out;
    }

    /** Runs a command line ({@code /name args}); prints what it has to say. */
    void run(String line) {
        String t = line.strip();
        int sp = t.indexOf(' ');
        String word = sp < 0 ? t : t.substring(0, sp);
        String arg = sp < 0 ? "" : t.substring(sp + 1).strip();
        List<Command> m = matching(word);
        if (m.isEmpty()) {
            say("lanes: unknown command " + word + "; /help lists the commands");
            return;
        }
        if (m.size() > 1) {
            StringBuilder sb = new StringBuilder("lanes: " + word + " is ambiguous:");
            for (Command c : m) sb.append(' ').append(c.name());
            say(sb.toString());
            return;
        }
        switch (m.get(0).name()) {
            case "/help" -> help(arg);
            case "/vars" -> list("var");
            case "/funcs" -> list("func");
            case "/types" -> list("type");
            case "/list" -> listInputs();
            case "/reset" -> {
                session.reset(session.config());
                say("lanes: session reset");
            }
            case "/load" -> load(arg);
            case "/save" -> save(arg);
            case "/goroutines" -> goroutines();
            case "/seed" -> seed(arg);
            case "/procs" -> procs(arg);
            case "/time" -> time();
            case "/trace" -> trace(arg);
            case "/exit" -> exitRequested = true;
            default -> throw new IllegalStateException(m.get(0).name());
        }
    }

    private void say(String s) {
        session.write(s + "\n");
    }

    static String helpText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type Go: declarations (func, type, var, const, import) stay in the session and can be\n");
        sb.append("redefined; statements run in the main goroutine. An expression prints its value and\n");
        sb.append("type: `1 << 10` prints 1024 (int), strings are quoted: \"hi\" (string); calls of\n");
        sb.append("fmt.Print, Printf and Println just print. Packages are imported on first use, and unused\n");
        sb.append("variables and imports are fine. Goroutines keep running between inputs: after each input every\n");
        sb.append("goroutine runs until all of them wait. Virtual time passes only while an input runs\n");
        sb.append("(time.Sleep(d) in an input lets d pass for everyone). Errors and tracebacks name input 3,\n");
        sb.append("line 2 as #3:2. Ctrl-C cancels the line or stops a running input; Ctrl-D leaves.\n\n");
        for (Command c : ALL) {
            String head = c.name() + (c.args().isEmpty() ? "" : " " + c.args());
            sb.append(String.format("  %-18s %s%n  %-18s   e.g. %s%n", head, c.help(), "", c.example()));
        }
        sb.append("\nCommands may be shortened to a unique prefix: /g is /goroutines.\n");
        return sb.toString();
    }

    private void help(String arg) {
        if (arg.isEmpty()) {
            session.write(helpText());
            return;
        }
        List<Command> m = matching(arg.startsWith("/") ? arg : "/" + arg);
        if (m.isEmpty()) {
            say("lanes: no command " + arg);
            return;
        }
        for (Command c : m) say(c.name() + (c.args().isEmpty() ? "" : " " + c.args()) + "\n    " + c.help() + "\n    example: " + c.example());
    }

    private void list(String kind) {
        List<SessionScope.Entry> es = session.names().entries(kind);
        if (es.isEmpty()) {
            say("  (no " + (kind.equals("func") ? "functions" : kind.equals("var") ? "variables" : "types") + ")");
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (SessionScope.Entry e : es) {
            switch (kind) {
                case "var" -> {
                    Object v = session.names().valueOf(e.name());
                    String shown;
                    try {
                        Object iv = e.type().isInterface() ? v : new lanes.values.Iface(e.type(), v);
                        shown = lanes.values.GoStrings.toJava(session.interp().fmt.sprintf("%v", new Object[] {iv}));
                    } catch (RuntimeException ex) {
                        shown = "?";
                    }
                    sb.append("  ").append(e.name()).append(' ').append(e.description()).append(" = ").append(shown).append('\n');
                }
                case "func" -> sb.append("  func ").append(e.name()).append(e.description().substring(4)).append('\n');
                default -> {
                    sb.append("  type ").append(e.name()).append(' ').append(e.description()).append('\n');
                    if (e.type() instanceof lanes.types.Named n) {
                        for (lanes.types.Method m : n.methodList()) {
                            String sig = lanes.check.SessionScope.unqualified(m.sig().toString());
                            sb.append("      func (").append(m.pointerReceiver() ? "*" : "").append(e.name()).append(") ")
                                    .append(m.name()).append(sig.substring(4)).append('\n');
                        }
                    }
                }
            }
        }
        session.write(sb.toString());
    }

    private void listInputs() {
        StringBuilder sb = new StringBuilder();
        for (Session.Input in : session.inputs()) {
            String[] lines = in.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String mark = i == 0 ? "#" + in.number() + (in.completed() ? " " : "!") : "";
                sb.append(String.format("%6s  %s%n", mark, lines[i]));
            }
        }
        if (sb.isEmpty()) sb.append("  (no inputs yet)\n");
        else if (session.inputs().stream().anyMatch(in -> !in.completed())) sb.append("  (! did not finish: panicked, deadlocked or interrupted; /save leaves it out)\n");
        session.write(sb.toString());
    }

    private void load(String arg) {
        if (arg.isEmpty()) {
            say("lanes: /load needs a file name, e.g. /load prog.go");
            return;
        }
        String src;
        try {
            src = Files.readString(Path.of(arg), StandardCharsets.UTF_8);
        } catch (IOException e) {
            say("lanes: cannot read " + arg + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            return;
        }
        SaveLoad.Split split;
        try {
            split = SaveLoad.split(arg, src);
        } catch (lanes.diag.CompileError e) {
            StringBuilder sb = new StringBuilder();
            for (lanes.diag.Diagnostic d : e.diagnostics()) sb.append(d).append('\n');
            session.write(sb.toString());
            return;
        }
        if (!split.declarations().isBlank()) {
            if (!session.eval(split.declarations()).ok()) return;
        }
        if (!split.mainBody().isBlank()) session.evalProgramBody(split.mainBody());
    }

    private void save(String arg) {
        if (arg.isEmpty()) {
            say("lanes: /save needs a file name, e.g. /save session.go");
            return;
        }
        String program = SaveLoad.program(session);
        try {
            Files.writeString(Path.of(arg), program, StandardCharsets.UTF_8);
            say("lanes: wrote " + arg + " (run it with: lanes run " + arg + ")");
        } catch (IOException e) {
            say("lanes: cannot write " + arg + ": " + e.getMessage());
        }
    }

    private void goroutines() {
        Concurrency c = session.interp().concurrency();
        Scheduler s = c.scheduler();
        StringBuilder sb = new StringBuilder();
        for (G g : s.goroutines()) {
            sb.append("goroutine ").append(g.id()).append(" [").append(g.statusWords()).append("]");
            if (g.isMain()) sb.append(" (main)");
            sb.append('\n');
            List<Stacks.Entry> st = Concurrency.stackOf(g);
            if (st.isEmpty()) {
                sb.append("    at: ").append(g.isMain() ? "between inputs" : "not started yet").append('\n');
            } else {
                Stacks.Entry top = st.get(0);
                sb.append("    at: ").append(top.function()).append(" ").append(session.place(top.pos() == null ? 0 : top.pos().line())).append('\n');
            }
            String created = c.creatorOf(g);
            if (created != null) sb.append("    ").append(created.replace("\n\t", " at ").strip()).append('\n');
        }
        session.write(sb.toString());
    }

    private Long number(String arg, String usage) {
        try {
            return Long.parseLong(arg.strip());
        } catch (NumberFormatException e) {
            say("lanes: " + usage);
            return null;
        }
    }

    private void seed(String arg) {
        Long n = number(arg, "/seed needs a number, e.g. /seed 7");
        if (n == null) return;
        session.restartKeepingDeclarations(session.config().withSeed(n));
        say("lanes: new session with seed " + n + " (declarations entered again, variables and goroutines gone)");
    }

    private void procs(String arg) {
        Long n = number(arg, "/procs needs a number, e.g. /procs 1");
        if (n == null) return;
        if (n < 1 || n > Scheduler.MAX_PROCS) {
            say("lanes: /procs takes 1 to " + Scheduler.MAX_PROCS);
            return;
        }
        int before = session.interp().concurrency().scheduler().procs();
        session.runHidden("runtime.GOMAXPROCS(" + n + ")");
        say("lanes: GOMAXPROCS " + before + " -> " + session.interp().concurrency().scheduler().procs());
    }

    private void time() {
        Scheduler s = session.interp().concurrency().scheduler();
        long ns = s.nanotime();
        java.time.Instant at = java.time.Instant.ofEpochSecond(0, s.unixNanos());
        say("virtual time: " + duration(ns) + " since the session began (time.Now() = "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(java.time.ZoneOffset.UTC).format(at) + ")");
    }

    private void trace(String arg) {
        switch (arg) {
            case "on" -> {
                session.trace(e -> session.write(Session.traceLine(e)));
                say("lanes: tracing scheduling events");
            }
            case "off" -> {
                session.trace(null);
                say("lanes: tracing off");
            }
            default -> say("lanes: /trace on or /trace off");
        }
    }

    /** Go's Duration.String for a whole number of nanoseconds, enough for the clock. */
    static String duration(long ns) {
        if (ns == 0) return "0s";
        if (ns < 1_000) return ns + "ns";
        if (ns < 1_000_000) return trim(ns / 1e3) + "µs";
        if (ns < 1_000_000_000) return trim(ns / 1e6) + "ms";
        long s = ns / 1_000_000_000L;
        double frac = (ns % 1_000_000_000L) / 1e9;
        long h = s / 3600, m = (s % 3600) / 60;
        double sec = s % 60 + frac;
        StringBuilder sb = new StringBuilder();
        if (h > 0) sb.append(h).append('h');
        if (h > 0 || m > 0) sb.append(m).append('m');
        return sb.append(trim(sec)).append('s').toString();
    }

    private static String trim(double d) {
        String s = new java.math.BigDecimal(d).setScale(9, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s;
    }
}
