package lanes.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lanes.interp.RunConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code lanes} command line. */
@Command(name = "lanes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A teaching interpreter for Go concurrency: runs Go programs with Go's output, "
                + "panics and deadlock reports, on a reproducible schedule and virtual time.",
        subcommands = {Main.Run.class, Main.ReplCmd.class})
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

        @Option(names = "--max-steps", paramLabel = "N", description = "step limit (default ${DEFAULT-VALUE})", defaultValue = "20000000000")
        long maxSteps;

        @Option(names = "--max-goroutines", paramLabel = "N", description = "live goroutine limit (default ${DEFAULT-VALUE})", defaultValue = "10000000")
        long maxGoroutines;

        @Option(names = "--max-output", paramLabel = "BYTES", description = "output limit in bytes (default ${DEFAULT-VALUE})", defaultValue = "1073741824")
        long maxOutput;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "wall-clock limit (default: none)")
        double timeout;

        @Option(names = "--leaks", description = "when main returns, report the goroutines still alive: where each is blocked and where it was created")
        boolean leaks;

        @Override
        public Integer call() {
            int p = procs != null ? procs : envProcs();
            RunConfig cfg = new RunConfig(seed, p, maxSteps, maxGoroutines, Long.MAX_VALUE / 4, maxOutput, (long) (timeout * 1000), leaks);
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            OutputStream err = new FileOutputStream(FileDescriptor.err);
            return Lanes.runFile(file, args, cfg, out, err);
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

    public static void main(String[] argv) {
        CommandLine cl = new CommandLine(new Main());
        cl.setStopAtPositional(true);
        cl.getSubcommands().get("run").setStopAtPositional(true);
        int code = cl.execute(argv);
        System.out.flush();
        System.exit(code);
    }

}
