package lanes.grade;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A grading run: many submissions graded in parallel ({@code jobs} platform threads, each
 * submission in its own interpreters), reports written as each submission finishes, in the
 * order the submissions were named.
 *
 * <p>Isolation: a submission's failure is caught where it happens ({@link SubmissionGrader});
 * one that does not stop within its budget plus a grace period is abandoned as an error
 * (its thread is a daemon). A submission that ran out of memory while others ran beside it
 * is graded again alone, so that a greedy neighbour cannot fail it.
 */
public final class Grading {
    /** How the run is asked for; {@code outPath} null means standard output. */
    public record Options(Format format, Path outPath, int jobs, long budgetMillis, boolean colour, boolean progress) {}

    private static final long GRACE_MILLIS = 10_000;

    private final Exercise ex;
    private final Options opt;
    private final PrintStream out;
    private final PrintStream err;

    public Grading(Exercise ex, Options opt, PrintStream out, PrintStream err) {
        this.ex = ex;
        this.opt = opt;
        this.out = out;
        this.err = err;
    }

    /** Grades every submission; returns the results in order (reports are written on the way). */
    public List<SubmissionResult> run(List<Path> paths) throws IOException {
        boolean toDir = opt.outPath() != null && (paths.size() > 1 || Files.isDirectory(opt.outPath())
                || opt.outPath().toString().endsWith("/"));
        boolean streamText = opt.outPath() == null && opt.format() == Format.TEXT;
        List<Submission> subs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path p : paths) {
            Submission s;
            String problem = null;
            try {
                s = Submission.resolve(p);
            } catch (IOException e) {
                s = new Submission(p.getFileName() == null ? p.toString() : p.getFileName().toString().replaceAll("\\.go$", ""), p, p.toString());
                problem = e.getMessage();
            }
            String n = s.name();
            for (int k = 2; !names.add(n); k++) n = s.name() + "-" + k;
            subs.add(new Submission(n, s.file(), s.shown()));
            problems.add(problem);
        }
        SubmissionGrader grader = new SubmissionGrader(ex, opt.budgetMillis());
        AtomicFiles files = new AtomicFiles();
        Thread cleanup = new Thread(files::discardPending, "lanes-grade-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, opt.jobs()),
                Thread.ofPlatform().daemon().name("lanes-grade-", 1).factory());
        List<Future<SubmissionResult>> futures = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Submission s = subs.get(i);
            String problem = problems.get(i);
            futures.add(pool.submit(() -> problem != null ? grader.error(s.name(), s.shown(), problem, System.nanoTime()) : grader.grade(s)));
        }
        List<SubmissionResult> results = new ArrayList<>();
        if (streamText) out.print(new TextReport(opt.colour()).header(ex));
        try (Progress bar = new Progress(err, subs.size(), opt.progress())) {
            for (int i = 0; i < subs.size(); i++) {
                Submission s = subs.get(i);
                SubmissionResult r = await(futures.get(i), grader, s);
                if (r.status() == Status.ERROR && r.message().startsWith("the program ran out of memory") && opt.jobs() > 1) {
                    r = grader.grade(s); // alone now: the pool's other work for this slot is done
                }
                results.add(r);
                bar.step();
                if (toDir) {
                    files.write(opt.outPath().resolve(r.name() + "." + opt.format().ext), opt.format().one(ex, r));
                } else if (streamText) {
                    bar.clear();
                    out.print(new TextReport(opt.colour()).submission(r));
                    out.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already stopping
        }
        if (streamText) {
            out.print(new TextReport(opt.colour()).summary(results));
        } else if (opt.outPath() != null && !toDir) {
            files.write(opt.outPath(), opt.format().all(ex, results, false));
        } else if (opt.outPath() == null) {
            out.print(opt.format().all(ex, results, opt.colour()));
        }
        out.flush();
        return results;
    }

    private SubmissionResult await(Future<SubmissionResult> f, SubmissionGrader grader, Submission s) {
        long t0 = System.nanoTime();
        try {
            return f.get(opt.budgetMillis() + GRACE_MILLIS + queueAllowance(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return grader.error(s.name(), s.shown(), "the submission did not stop within its wall-clock limit of "
                    + opt.budgetMillis() / 1000.0 + " s and was abandoned", t0);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String what = c instanceof OutOfMemoryError ? "the program ran out of memory"
                    : "internal error in Lanes while grading (" + c + ")";
            return grader.error(s.name(), s.shown(), what, t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return grader.error(s.name(), s.shown(), "grading was interrupted", t0);
        }
    }

    /** A submission may wait in the queue behind others; its own clock starts when it runs. */
    private long queueAllowance() {
        return opt.budgetMillis() * 2;
    }
}
