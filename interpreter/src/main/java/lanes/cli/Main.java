package lanes.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lanes.interp.RunConfig;
import lanes.runtime.PctStrategy;
import lanes.runtime.ScriptedStrategy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code lanes} command line. */
@Command(name = "lanes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A teaching interpreter for Go concurrency: runs Go programs with Go's output, "
                + "panics and deadlock reports, on a reproducible schedule and virtual time. "
                + "With no command, `lanes` opens the REPL.")
public final class Main implements Callable<Integer> {

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"lanes " + (v == null ? "0.1.0" : v) + " (Go 1.22 semantics, Java " + Runtime.version() + ")"};
        }
    }

    /** With no subcommand: the REPL. */
    @Override
    public Integer call() {
        return lanes.repl.Repl.main(RunConfig.defaults().withProcs(Run.envProcs()));
    }

    @Command(name = "repl", mixinStandardHelpOptions = true,
            description = "Type Go and watch goroutines live (the same as `lanes` with no arguments). /help inside lists the commands.")
    static final class ReplCmd implements Callable<Integer> {
        @Option(names = "--seed", paramLabel = "N", description = "schedule seed (0 = Go's usual schedule)")
        long seed;

        @Option(names = "--procs", paramLabel = "N", description = "GOMAXPROCS (default: the simulated machine's " + RunConfig.NUM_CPU + " CPUs)")
        Integer procs;

        @Override
        public Integer call() {
            int p = procs != null ? procs : Run.envProcs();
            return lanes.repl.Repl.main(RunConfig.defaults().withSeed(seed).withProcs(Math.max(1, p)));
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a Go program (package main in one file), as `go run FILE` would.")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.go", description = "the program to run")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments the program sees in os.Args")
        List<String> args = new ArrayList<>();

        @Option(names = {"--seed", "--replay"}, paramLabel = "N", description = "schedule seed (0 = Go's usual schedule); the same seed replays the same run")
        long seed;

        @Option(names = "--procs", paramLabel = "N", description = "GOMAXPROCS (default: the simulated machine's "
                + RunConfig.NUM_CPU + " CPUs, or the GOMAXPROCS variable)")
        Integer procs;

        @Option(names = "--max-steps", paramLabel = "N", description = "step limit (default ${DEFAULT-VALUE})")
        long maxSteps = 20_000_000_000L;

        @Option(names = "--max-goroutines", paramLabel = "N", description = "live goroutine limit (default ${DEFAULT-VALUE})")
        long maxGoroutines = 10_000_000;

        @Option(names = "--max-output", paramLabel = "BYTES", description = "output limit in bytes (default ${DEFAULT-VALUE})")
        long maxOutput = 1L << 30;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "wall-clock limit (default: none)")
        double timeout;

        @Option(names = "--leaks", description = "when main returns, report the goroutines still alive: where each is blocked and where it was created")
        boolean leaks;

        @Option(names = "--race", description = "detect data races as Go's race detector does (randomised schedule; "
                + "a seed is chosen and printed unless --seed is given)")
        boolean race;

        @Option(names = "--pct", paramLabel = "D", description = "schedule with PCT (probabilistic concurrency testing) of bug depth D, seeded by --seed (as `lanes explore` reports)")
        Integer pct;

        @Option(names = "--pct-steps", paramLabel = "K", description = "PCT's estimate of scheduling steps per run (default ${DEFAULT-VALUE})")
        long pctSteps = 1000;

        @Option(names = "--schedule", paramLabel = "CHOICES", description = "replay a schedule recorded by `lanes explore --exhaustive` (goroutine ids and select choices, dot-separated; none for no choices)")
        String schedule;

        @Option(names = "--trace", paramLabel = "FILE.html", description = "write a timeline of the run as one self-contained HTML page")
        Path trace;

        @Option(names = "--timeline", description = "print a text timeline of the run on standard error when it ends")
        boolean timeline;

        @Option(names = "--escapes", description = "first report which variables and allocations escape to the heap and why "
                + "(Go's escape analysis, as go build -gcflags='-m -l' words it), then run")
        boolean escapes;

        @Override
        public Integer call() {
            RunConfig cfg;
            try {
                cfg = config();
            } catch (IllegalArgumentException e) {
                System.err.println("lanes run: " + e.getMessage());
                return 2;
            }
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            OutputStream err = new FileOutputStream(FileDescriptor.err);
            if (trace == null && !timeline) return Lanes.runFileThenExit(file, args, cfg, escapes, out, err);
            if (escapes) {
                System.err.println("lanes run: --escapes cannot be combined with --trace or --timeline yet; run them separately");
                return 2;
            }
            return lanes.trace.TraceRun.run(file, args, cfg, out, err, trace, timeline);
        }

        /** The run's settings from the options; IllegalArgumentException for a bad combination. */
        RunConfig config() {
            int p = procs != null ? procs : envProcs();
            long s = seed;
            // Go randomises the schedule under -race: a fresh seed each run, printed so it can be replayed
            if (race && s == 0 && pct == null && schedule == null) s = 1 + (new java.security.SecureRandom().nextLong() >>> 24);
            RunConfig cfg = new RunConfig(s, p, maxSteps, maxGoroutines, Long.MAX_VALUE / 4, maxOutput, (long) (timeout * 1000), leaks)
                    .withRace(race);
            if (pct != null && schedule != null) throw new IllegalArgumentException("--pct and --schedule are two different schedules; give one");
            if (pct != null) {
                if (pct < 1) throw new IllegalArgumentException("--pct wants a bug depth of at least 1");
                if (pctSteps < 1) throw new IllegalArgumentException("--pct-steps wants at least 1");
                int d = pct;
                long ps = seed, k = pctSteps;
                cfg = cfg.withStrategy(() -> new PctStrategy(ps, d, k));
            }
            if (schedule != null) {
                try {
                    ScriptedStrategy.parse(schedule);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--schedule: " + e.getMessage());
                }
                String sc = schedule;
                cfg = cfg.withStrategy(() -> ScriptedStrategy.parse(sc));
            }
            return cfg;
        }

        static int envProcs() {
            String v = System.getenv("GOMAXPROCS");
            if (v != null) {
                try {
                    int n = Integer.parseInt(v.trim());
                    if (n > 0) return n;
                } catch (NumberFormatException e) {
                    // Go ignores a malformed GOMAXPROCS
                }
            }
            return RunConfig.NUM_CPU;
        }
    }

    /**
     * The settings {@code lanes run FLAGS} would use (lessons run their programs in-process with
     * the same flags); a bad flag throws picocli's ParameterException with its usual message.
     */
    public static RunConfig runConfig(List<String> flags) {
        Run r = new Run();
        List<String> argv = new ArrayList<>(flags);
        argv.add("prog.go");
        new CommandLine(r).parseArgs(argv.toArray(String[]::new));
        return r.config();
    }

    /** The subcommands, by name; whether each stops reading options at its first positional. */
    private static final String[] NAMES = {"run", "explore", "grade", "test", "lesson", "repl"};

    private static Object command(String name) {
        return switch (name) {
            case "run" -> new Run();
            case "explore" -> new Explore();
            case "grade" -> new lanes.grade.GradeCommand();
            case "test" -> new lanes.gotest.TestCommand();
            case "lesson" -> new lanes.lesson.LessonCommand();
            case "repl" -> new ReplCmd();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The command line that reads {@code argv}. */
    static CommandLine commandLine(String[] argv) {
        CommandLine cl = new CommandLine(new Main());
        cl.setStopAtPositional(true);
        // Picocli builds a command's model by reflection, about 40 ms a command: when the first
        // argument names a command only that one is built, so `lanes run` starts quickly.
        String first = argv.length > 0 ? argv[0] : "";
        boolean one = java.util.Arrays.asList(NAMES).contains(first);
        for (String name : NAMES) {
            if (one && !name.equals(first)) continue;
            CommandLine sub = new CommandLine(command(name));
            // run and explore pass everything after FILE.go to the program; lanes lesson N --edit
            sub.setStopAtPositional(name.equals("run") || name.equals("explore"));
            cl.addSubcommand(name, sub);
        }
        cl.setExpandAtFiles(false); // `lanes run prog.go @x` passes "@x" to the program, as go run does
        return cl;
    }

    /**
     * {@code lanes run FILE.go ARGS...} without options, the usual case, needs no option parsing:
     * the run it asks for, or null when argv is anything else. (Picocli's classes are Java 5 class
     * files, which the class-data archive cannot hold; loading them adds about 0.2 s to a start.)
     */
    static Run plainRun(String[] argv) {
        if (argv.length < 2 || !argv[0].equals("run") || argv[1].startsWith("-")) return null;
        Run run = new Run();
        run.file = Path.of(argv[1]);
        run.args = List.of(argv).subList(2, argv.length);
        return run;
    }

    public static void main(String[] argv) {
        Run plain = plainRun(argv);
        int code = plain != null ? plain.call() : commandLine(argv).execute(argv);
        System.out.flush();
        System.exit(code);
    }

}
