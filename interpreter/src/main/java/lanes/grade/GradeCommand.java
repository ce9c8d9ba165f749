package lanes.grade;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lanes grade EXERCISE SUBMISSION...}: exit 0 when every submission passed, 1 otherwise, 2 for a bad exercise. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade submissions against an exercise folder: every check under every schedule (seeds x procs).")
public final class GradeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXERCISE", description = "the exercise folder (holding exercise.toml)")
    Path exercise;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SUBMISSION", description = "a .go file, or a folder holding one")
    List<Path> submissions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (Exercism results.json), junit (JUnit XML), gradescope")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "write the report to PATH; with several submissions (or an existing folder) one file per submission in PATH")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "submissions graded at once (default: the host's cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "wall-clock budget of one submission over all its schedules (default ${DEFAULT-VALUE})")
    double timeout;

    /** Java 22 made System.console() non-null off a terminal and added isTerminal(); Java 21 has neither change. */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Format f;
        try {
            f = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("lanes grade: unknown format \"" + format + "\" (text, json, junit, gradescope)");
            return 2;
        }
        Exercise ex;
        try {
            ex = Exercise.load(exercise);
        } catch (ExerciseError e) {
            err.println("lanes grade: " + e.getMessage());
            return 2;
        }
        boolean tty = onTerminal();
        String noColor = System.getenv("NO_COLOR");
        boolean colour = tty && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
        int j = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        // The launcher gives virtual threads one carrier (one program needs no more: one
        // goroutine runs at a time). Grading runs j programs at once; each needs its own. The
        // property is read when the first virtual thread starts, which has not happened yet.
        System.setProperty("jdk.virtualThreadScheduler.parallelism", String.valueOf(j));
        if (timeout <= 0) {
            err.println("lanes grade: --timeout must be positive");
            return 2;
        }
        Grading.Options opt = new Grading.Options(f, output, j, (long) (timeout * 1000), colour, tty);
        try {
            List<SubmissionResult> rs = new Grading(ex, opt, out, err).run(submissions);
            for (int i = 0; i < rs.size() && i < submissions.size(); i++) {
                if (rs.get(i).status() != Status.PASS) continue;
                String lesson = lanes.lesson.Progress.recordPass(exercise, submissions.get(i),
                        java.nio.file.Path.of(System.getProperty("user.home"), ".lanes", "scratch"), lanes.lesson.Progress.defaultFile());
                if (lesson != null && f == Format.TEXT) err.println("lanes: lesson " + lesson + ": exercise passed (lanes lesson shows ✓✓)");
            }
            return rs.stream().allMatch(r -> r.status() == Status.PASS) ? 0 : 1;
        } catch (java.io.IOException e) {
            err.println("lanes grade: cannot write the report: " + e.getMessage());
            return 2;
        }
    }
}
