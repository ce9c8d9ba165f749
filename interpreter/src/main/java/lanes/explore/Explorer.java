package lanes.explore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;
import lanes.runtime.PctStrategy;

/**
 * {@code lanes explore}: runs one program under many schedules and groups the runs by outcome
 * (standard output and exit status), each with a command that replays it. Schedules are the
 * seeded random ones of {@code lanes run --seed} (the G/M/P model perturbed) and PCT
 * ({@link PctStrategy}), across several GOMAXPROCS values; or, with {@code exhaustive}, every
 * schedule up to partial-order reduction ({@link Dfs}). Each run is in-process; random and PCT
 * runs go in parallel on the host's cores.
 */
public final class Explorer {

    /** What to explore and how. */
    public record Options(String name, String absPath, String source, List<String> args, int runs, double seconds,
                          List<Integer> procs, String strategy, int depth, boolean exhaustive, long bound,
                          long maxSteps, long runMillis, int threads, boolean progress, boolean race) {}

    /** How a run ended, as the explorer tells them apart. */
    public enum Kind {
        OK("ok"), EXIT("exit"), PANIC("panic"), DEADLOCK("deadlock"), FATAL("fatal error"), RACE("data race"),
        LIMIT("limit");

        final String words;

        Kind(String w) {
            words = w;
        }
    }

    /** One distinct outcome: what the user saw, how often, and the first schedule that gave it. */
    public static final class Outcome {
        public final String stdout;
        public final int exit;
        public final Kind kind;
        public final String stderr;
        public final String replay;
        public int count;

        Outcome(String stdout, int exit, Kind kind, String stderr, String replay) {
            this.stdout = stdout;
            this.exit = exit;
            this.kind = kind;
            this.stderr = stderr;
            this.replay = replay;
        }
    }

    /** The result of an exploration, for the report and for tests. */
    public static final class Report {
        public final List<Outcome> outcomes = new ArrayList<>();
        public int runs;
        public boolean exhaustedSpace;
        public boolean refused;
        public long pruned;
        public String compileError;
        public double seconds;
        public long pctSteps;
        /** For a refusal made after one run: the estimated number of schedules, else 0. */
        public double estimate;
    }

    /** One run; {@code replay} is the options of {@code lanes run} that replay it. */
    private record One(String stdout, String stderr, int exit, String replay) {}

    private final Options o;

    public Explorer(Options o) {
        this.o = o;
    }

    /** Runs the exploration. */
    public Report explore(PrintStream progress) {
        long t0 = System.nanoTime();
        Report rep = new Report();
        // A first run with Go's usual schedule: compile errors end everything here.
        One first = runOnce(base(0, o.procs().get(0)), "--procs " + o.procs().get(0));
        if (first.exit == 2 && first.stderr.startsWith("# command-line-arguments")) {
            rep.compileError = first.stderr;
            return rep;
        }
        Map<String, Outcome> byKey = new LinkedHashMap<>();
        if (o.exhaustive()) {
            exhaustive(rep, byKey, t0, progress);
        } else {
            sampled(rep, byKey, t0, progress);
        }
        rep.outcomes.addAll(byKey.values());
        rep.seconds = (System.nanoTime() - t0) / 1e9;
        return rep;
    }

    private void add(Map<String, Outcome> byKey, One r) {
        String key = r.exit + "\u0000" + r.stdout;
        Outcome oc = byKey.get(key);
        if (oc == null) {
            Kind kind = classify(r.exit, r.stderr);
            String replay = "lanes run " + (o.race() ? "--race " : "") + r.replay;
            if (kind == Kind.LIMIT) {
                replay += " --max-steps " + o.maxSteps() + " --timeout " + o.runMillis() / 1000.0;
            }
            oc = new Outcome(r.stdout, r.exit, kind, r.stderr, replay + tail());
            byKey.put(key, oc);
        }
        oc.count++;
    }

    /** Reads how a run ended from what it printed on standard error. */
    static Kind classify(int exit, String stderr) {
        if (stderr.contains("WARNING: DATA RACE")) return Kind.RACE;
        if (stderr.contains("fatal error: all goroutines are asleep - deadlock!")) return Kind.DEADLOCK;
        if (stderr.startsWith("panic: ") || stderr.contains("\npanic: ")) return Kind.PANIC;
        if (stderr.startsWith("fatal error: ") || stderr.contains("\nfatal error: ")) return Kind.FATAL;
        if (exit != 0 && (stderr.startsWith("lanes: ") || stderr.contains("\nlanes: ")) && !stderr.contains("[lanes: seed")) {
            return Kind.LIMIT;
        }
        return exit == 0 ? Kind.OK : Kind.EXIT;
    }

    // ---- random and PCT

    private void sampled(Report rep, Map<String, Outcome> byKey, long t0, PrintStream progress) {
        boolean pct = !o.strategy().equals("random");
        boolean random = !o.strategy().equals("pct");
        long k = 1;
        if (pct) {
            // The step estimate k for PCT: how many scheduling steps one controlled run takes.
            PctStrategy[] probe = new PctStrategy[1];
            runOnce(base(0, o.procs().get(0)).withStrategy(() -> probe[0] = new PctStrategy(1, 1, 1)), "");
            k = Math.max(1, probe[0].steps());
            rep.pctSteps = k;
        }
        final long steps = k;
        int np = o.procs().size();
        int threads = Math.max(1, o.threads());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lanes-explore");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<Future<One>> window = new java.util.ArrayDeque<>();
        long deadline = o.seconds() > 0 ? t0 + (long) (o.seconds() * 1e9) : Long.MAX_VALUE;
        int[] done = {0};
        try {
            for (int i = 0; i < o.runs() && System.nanoTime() <= deadline; i++) {
                int procs = o.procs().get(i % np);
                long seed = i / np + 1;
                boolean usePct = pct && (!random || (i / np) % 2 == 1);
                if (random && pct) seed = i / (2 * np) + 1;
                // PCT's schedule does not depend on GOMAXPROCS (one controlled processor; the
                // program only reads the number), so every PCT run gets its own seed.
                if (usePct) seed = i + 1;
                final long s = seed;
                RunConfig cfg;
                String replay;
                if (usePct) {
                    cfg = base(s, procs).withStrategy(() -> new PctStrategy(s, o.depth(), steps));
                    replay = "--pct " + o.depth() + " --pct-steps " + steps + " --seed " + s + " --procs " + procs;
                } else {
                    cfg = base(s, procs);
                    replay = "--seed " + s + " --procs " + procs;
                }
                window.add(pool.submit(() -> System.nanoTime() > deadline ? null : runOnce(cfg, replay)));
                // A bounded window keeps memory flat; results are taken in run order.
                if (window.size() >= 4 * threads) take(window.poll(), rep, byKey, done, progress);
            }
            while (!window.isEmpty()) take(window.poll(), rep, byKey, done, progress);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (progress != null) progress.print("\r\033[K");
    }

    private void take(Future<One> f, Report rep, Map<String, Outcome> byKey, int[] done, PrintStream progress) {
        One r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("explorer interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("explorer run failed: " + e.getCause(), e.getCause());
        }
        if (r == null) return;
        add(byKey, r);
        done[0]++;
        rep.runs = done[0];
        if (progress != null) bar(progress, done[0], o.runs(), byKey.size());
    }

    // ---- exhaustive

    private void exhaustive(Report rep, Map<String, Outcome> byKey, long t0, PrintStream progress) {
        int procs = o.procs().get(0);
        Dfs dfs = new Dfs();
        long deadline = o.seconds() > 0 ? t0 + (long) (o.seconds() * 1e9) : Long.MAX_VALUE;
        int n = 0;
        while (dfs.hasNext()) {
            if (n >= o.bound() || System.nanoTime() > deadline) {
                rep.refused = true;
                break;
            }
            Dfs.Run run = dfs.next();
            One r = runOnce(base(0, procs).withStrategy(() -> run), null);
            dfs.finish(run);
            n++;
            if (n == 1 && dfs.firstEstimate() > 1000.0 * o.bound()) {
                rep.refused = true;
                rep.estimate = dfs.firstEstimate();
                break;
            }
            if (!run.redundant) {
                String replay = "--schedule " + (run.schedule().isEmpty() ? "none" : run.schedule()) + " --procs " + procs;
                add(byKey, new One(r.stdout, r.stderr, r.exit, replay));
                rep.runs++;
            }
            if (progress != null && n % 16 == 0) bar(progress, n, (int) Math.min(Integer.MAX_VALUE, o.bound()), byKey.size());
        }
        rep.pruned = dfs.pruned();
        rep.exhaustedSpace = !dfs.hasNext();
        if (progress != null) progress.print("\r\033[K");
    }

    // ---- one run

    private RunConfig base(long seed, int procs) {
        // with --race every schedule runs instrumented; runs that report a race are classified as Kind.RACE
        return RunConfig.defaults().withSeed(seed).withProcs(procs).withLimits(o.maxSteps(), o.runMillis()).withRace(o.race());
    }

    private String tail() {
        StringBuilder sb = new StringBuilder(" ").append(quote(o.name()));
        for (String a : o.args()) sb.append(' ').append(quote(a));
        return sb.toString();
    }

    static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=+,@%-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private One runOnce(RunConfig cfg, String replay) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lanes.runSource(o.name(), o.absPath(), o.source(), o.args(), cfg, out, err);
        return new One(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code, replay);
    }

    private static void bar(PrintStream p, int done, int total, int outcomes) {
        int w = 30;
        int filled = total <= 0 ? 0 : (int) Math.min(w, (long) done * w / total);
        p.print("\r[" + "#".repeat(filled) + ".".repeat(w - filled) + "] " + done + "/" + total + " runs, "
                + outcomes + (outcomes == 1 ? " outcome" : " outcomes"));
        p.flush();
    }

    // ---- the report

    /** Prints the report; returns the exit status: 1 if a deadlock, panic, fatal error or race was found. */
    public int print(Report rep, PrintStream out) {
        if (rep.compileError != null) {
            out.print(rep.compileError);
            return 2;
        }
        StringBuilder sb = new StringBuilder();
        if (o.exhaustive()) {
            if (rep.refused) {
                sb.append("lanes explore: refused: ").append(o.name()).append(" has more than ").append(o.bound())
                        .append(" schedules to explore exhaustively (");
                if (rep.estimate > 0) {
                    sb.append(String.format("about %.0e estimated from one run", rep.estimate));
                } else {
                    sb.append("stopped after ").append(rep.runs + rep.pruned)
                            .append(o.seconds() > 0 ? " runs or at the time budget" : " runs");
                }
                sb.append(')')
                        .append("; sample it instead with `lanes explore` (random and PCT), or raise --bound\n");
                out.print(sb);
                return 2;
            }
            sb.append("all ").append(rep.runs).append(rep.runs == 1 ? " schedule" : " schedules")
                    .append(" explored (").append(rep.pruned).append(" more pruned as equivalent), procs ")
                    .append(o.procs().get(0)).append('\n');
        } else {
            sb.append(rep.runs).append(rep.runs == 1 ? " run" : " runs").append(" of ").append(o.name()).append(": ")
                    .append(switch (o.strategy()) {
                        case "random" -> "random schedules";
                        case "pct" -> "PCT depth " + o.depth();
                        default -> "random schedules and PCT depth " + o.depth();
                    })
                    .append(", procs ").append(joinInts(o.procs()))
                    .append(String.format(" (%.1fs)", rep.seconds)).append('\n');
        }
        sb.append(rep.outcomes.size()).append(rep.outcomes.size() == 1 ? " distinct outcome" : " distinct outcomes")
                .append('\n');
        int i = 0;
        List<String> found = new ArrayList<>();
        for (Outcome oc : rep.outcomes) {
            i++;
            sb.append("\noutcome ").append(i).append(": ").append(oc.count).append(oc.count == 1 ? " run" : " runs")
                    .append(", exit status ").append(oc.exit);
            if (oc.kind != Kind.OK && oc.kind != Kind.EXIT) sb.append(" (").append(oc.kind.words).append(')');
            sb.append('\n');
            indent(sb, "stdout", oc.stdout);
            if (oc.kind != Kind.OK && oc.kind != Kind.EXIT) indent(sb, "stderr", firstLines(oc.stderr, 3));
            sb.append("  replay: ").append(oc.replay).append('\n');
            if (oc.kind != Kind.OK && oc.kind != Kind.EXIT) {
                found.add(oc.kind.words + " (outcome " + i + ", " + oc.count + (oc.count == 1 ? " run" : " runs") + ")");
            }
        }
        if (!found.isEmpty()) sb.append("\nfound: ").append(String.join("; ", found)).append('\n');
        out.print(sb);
        return found.isEmpty() ? 0 : 1;
    }

    private static void indent(StringBuilder sb, String label, String text) {
        if (text.isEmpty()) {
            sb.append("  ").append(label).append(": (empty)\n");
            return;
        }
        sb.append("  ").append(label).append(":\n");
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        if (text.endsWith("\n")) n--;
        int max = 20;
        for (int j = 0; j < Math.min(n, max); j++) sb.append("    | ").append(lines[j]).append('\n');
        if (n > max) sb.append("    | ... (").append(n - max).append(" more lines)\n");
        if (!text.endsWith("\n")) sb.append("    (no newline at end)\n");
    }

    private static String firstLines(String s, int k) {
        String[] lines = s.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < Math.min(k, lines.length); j++) sb.append(lines[j]).append('\n');
        return sb.toString();
    }

    private static String joinInts(List<Integer> l) {
        StringBuilder sb = new StringBuilder();
        for (Integer x : l) sb.append(sb.isEmpty() ? "" : ",").append(x);
        return sb.toString();
    }
}
