package lanes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import lanes.explore.Explorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lanes explore FILE [ARGS]}: the program under many schedules, outcome by outcome. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Run a Go program under many schedules (seeded random and PCT, or every schedule with "
                + "--exhaustive) and report each distinct outcome (stdout and exit status) with how often it "
                + "occurred and a command that replays it. Exit status 1 if any schedule deadlocked, panicked, "
                + "hit a fatal error or a data race; 2 for a compile error or a refused exhaustive search.")
final class Explore implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.go", description = "the program")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments the program sees in os.Args")
    List<String> args = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "schedules to try (default ${DEFAULT-VALUE})", defaultValue = "200")
    int runs;

    @Option(names = "--time", paramLabel = "SECONDS", description = "time budget: stop starting runs after this long (default: none)")
    double seconds;

    @Option(names = "--procs", paramLabel = "N", split = ",", description = "GOMAXPROCS values to cycle through, e.g. 1,2,8 (default 1,2,8; with --exhaustive one value, default "
            + lanes.interp.RunConfig.NUM_CPU + ")")
    List<Integer> procs;

    @Option(names = "--strategy", paramLabel = "random|pct|both", description = "which schedules to sample (default ${DEFAULT-VALUE})", defaultValue = "both")
    String strategy;

    @Option(names = "--depth", paramLabel = "D", description = "PCT bug depth: D-1 priority change points per run (default ${DEFAULT-VALUE})", defaultValue = "3")
    int depth;

    @Option(names = "--exhaustive", description = "every schedule at the synchronisation points, with partial-order reduction (small programs)")
    boolean exhaustive;

    @Option(names = "--bound", paramLabel = "N", description = "--exhaustive refuses programs with more schedules than this (default ${DEFAULT-VALUE})", defaultValue = "5000")
    long bound;

    @Option(names = "--max-steps", paramLabel = "N", description = "step limit of each run (default ${DEFAULT-VALUE})", defaultValue = "200000000")
    long maxSteps;

    @Option(names = "--run-timeout", paramLabel = "SECONDS", description = "wall-clock limit of each run (default ${DEFAULT-VALUE})", defaultValue = "20")
    double runTimeout;

    @Option(names = "--jobs", paramLabel = "N", description = "runs at once (default: the host's cores)")
    Integer jobs;

    @Option(names = "--race", description = "run each schedule with the race detector and report races")
    boolean race;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("lanes: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            System.err.println("lanes: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        if (!strategy.equals("random") && !strategy.equals("pct") && !strategy.equals("both")) {
            return usage("--strategy must be random, pct or both, not " + strategy);
        }
        if (depth < 1) return usage("--depth must be at least 1");
        if (runs < 1) return usage("--runs must be at least 1");
        if (bound < 1) return usage("--bound must be at least 1");
        List<Integer> ps = procs == null || procs.isEmpty()
                ? (exhaustive ? List.of(lanes.interp.RunConfig.NUM_CPU) : List.of(1, 2, 8)) : procs;
        for (int p : ps) if (p < 1 || p > 256) return usage("--procs values must be between 1 and 256, not " + p);
        if (exhaustive && ps.size() > 1) {
            return usage("--exhaustive explores one GOMAXPROCS value (the interleavings do not depend on it); give one --procs value");
        }
        int threads = jobs != null ? Math.max(1, jobs) : Math.max(1, Runtime.getRuntime().availableProcessors());
        var opts = new Explorer.Options(file.toString(), file.toAbsolutePath().normalize().toString(), src, args, runs, seconds,
                ps, strategy, depth, exhaustive, bound, maxSteps, (long) (runTimeout * 1000), threads,
                System.console() != null, race);
        Explorer ex = new Explorer(opts);
        Explorer.Report rep = ex.explore(System.console() != null ? System.err : null);
        int code = ex.print(rep, out);
        out.flush();
        return code;
    }

    private static int usage(String msg) {
        System.err.println("lanes explore: " + msg);
        return 2;
    }
}
