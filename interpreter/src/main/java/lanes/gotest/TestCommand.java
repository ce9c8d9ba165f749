package lanes.gotest;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import lanes.interp.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lanes test DIR}: the folder's package main with its _test.go files, as {@code go test -v} runs them. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the TestXxx functions of DIR's _test.go files against its program, printing what `go test -v` prints.")
public final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "a folder holding package main .go files and _test.go files, or the files themselves")
    List<Path> paths;

    @Option(names = {"--seed", "--replay"}, paramLabel = "N", description = "schedule seed (0 = Go's usual schedule)")
    long seed;

    @Option(names = "--procs", paramLabel = "N", description = "GOMAXPROCS (default " + RunConfig.NUM_CPU + ")")
    int procs = RunConfig.NUM_CPU;

    @Option(names = "--max-steps", paramLabel = "N", description = "step limit (default ${DEFAULT-VALUE})", defaultValue = "20000000000")
    long maxSteps;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "wall-clock limit (default: none)")
    double timeout;

    @Option(names = {"-run", "--run"}, paramLabel = "REGEXP", description = "run only the tests and subtests that match, as go test -run "
            + "(elements split at /: -run 'TestAdd/big')")
    String run;

    @Override
    public Integer call() {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        List<TestBuild.Source> sources;
        try {
            sources = sources(paths);
        } catch (IOException e) {
            System.err.println("lanes test: " + e.getMessage());
            return 1;
        }
        RunConfig cfg = RunConfig.defaults().withSeed(seed).withProcs(procs);
        cfg = new RunConfig(cfg.seed(), cfg.procs(), maxSteps, cfg.maxGoroutines(), cfg.maxVirtualNanos(), cfg.maxOutput(), (long) (timeout * 1000), false);
        Path first = Files.isDirectory(paths.get(0)) ? paths.get(0) : paths.get(0).toAbsolutePath().getParent();
        return GoTest.run(first.toAbsolutePath().normalize() + java.io.File.separator, sources, cfg, run, out, err);
    }

    /** The .go files named or in the folders named: the program's first, then the tests, each group by name (go's order). */
    public static List<TestBuild.Source> sources(List<Path> paths) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : paths) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".go")).forEach(all::add);
                }
            } else if (Files.isRegularFile(dir) && dir.toString().endsWith(".go")) {
                all.add(dir);
            } else {
                throw new IOException(dir + ": not a .go file or a folder");
            }
        }
        all.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        String dir = String.valueOf(paths.get(0));
        List<TestBuild.Source> out = new ArrayList<>();
        for (Path p : all) if (!p.toString().endsWith("_test.go")) out.add(source(p));
        int programs = out.size();
        for (Path p : all) if (p.toString().endsWith("_test.go")) out.add(source(p));
        if (programs == 0) throw new IOException(dir + ": no .go files besides tests");
        if (out.size() == programs) throw new IOException(dir + ": no _test.go files");
        return out;
    }

    static TestBuild.Source source(Path p) throws IOException {
        return new TestBuild.Source(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
}
