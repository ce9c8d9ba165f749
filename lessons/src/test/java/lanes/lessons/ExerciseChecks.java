package lanes.lessons;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import lanes.ast.SourceFile;
import lanes.cli.Lanes;
import lanes.diag.CompileError;
import lanes.interp.RunConfig;
import lanes.parse.GoParse;

/**
 * A small evaluator of exercise.toml (EXERCISE-FORMAT) for the lessons' tests: runs a program
 * under every schedule the file lists, with its limits, and decides each check. Kinds: output
 * (exact, lines_any_order, regex, contains), exit, no_panic, no_deadlock, no_leaks, uses,
 * not_uses. {@code no_race} and {@code tests} need tools this branch does not have; they come out
 * {@link Verdict#UNAVAILABLE}, never passed. The real grader ({@code lanes grade}) replaces this.
 */
final class ExerciseChecks {
    enum Verdict { PASS, FAIL, UNAVAILABLE }

    record Schedule(long seed, int procs) {
        @Override
        public String toString() {
            return "--seed " + seed + " --procs " + procs;
        }
    }

    record Run(String stdout, String stderr, int exit) {}

    /** A check that did not pass, with the schedule that shows it. */
    record Failure(String check, Schedule schedule, String why) {}

    final JsonNode toml;
    final Path dir;

    ExerciseChecks(Path dir) throws java.io.IOException {
        this.dir = dir;
        this.toml = new TomlMapper().readTree(dir.resolve("exercise.toml").toFile());
    }

    List<Schedule> schedules() {
        JsonNode s = toml.path("schedules");
        List<Long> seeds = new ArrayList<>();
        JsonNode sd = s.path("seeds");
        if (sd.isInt() || sd.isLong()) for (long i = 1; i <= sd.asLong(); i++) seeds.add(i);
        else if (sd.isArray()) for (JsonNode n : sd) seeds.add(n.asLong());
        else seeds.add(1L);
        List<Integer> procs = new ArrayList<>();
        if (s.path("procs").isArray()) for (JsonNode n : s.path("procs")) procs.add(n.asInt());
        else procs.add(RunConfig.NUM_CPU);
        List<Schedule> out = new ArrayList<>();
        for (int p : procs) for (long seed : seeds) out.add(new Schedule(seed, p));
        return out;
    }

    RunConfig config(Schedule s) {
        JsonNode l = toml.path("limits");
        RunConfig d = RunConfig.defaults();
        return new RunConfig(s.seed(), s.procs(),
                l.has("steps") ? l.get("steps").asLong() : d.maxSteps(),
                l.has("goroutines") ? l.get("goroutines").asLong() : d.maxGoroutines(),
                l.has("virtual_time") ? duration(l.get("virtual_time").asText()) : d.maxVirtualNanos(),
                l.has("output") ? l.get("output").asLong() : d.maxOutput(),
                0, true);
    }

    /** Go duration syntax, the units exercises use: ns, us, ms, s, m, h, combined ("1m30s"). */
    static long duration(String s) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)").matcher(s);
        double total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) throw new IllegalArgumentException("bad duration " + s);
            double v = Double.parseDouble(m.group(1));
            total += v * switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            end = m.end();
        }
        if (end != s.length() || end == 0) throw new IllegalArgumentException("bad duration " + s);
        return (long) total;
    }

    static Run run(String name, String src, RunConfig cfg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lanes.runSource(name, "/tmp/" + name, src, List.of(), cfg, out, err);
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    /** Every failing check of {@code file} over every schedule (a static check is reported once). */
    List<Failure> failures(String file, boolean stopAtFirst) throws Exception {
        String src = Lessons.read(dir.resolve(file));
        SourceUses uses;
        try {
            SourceFile ast = GoParse.parse(file, src);
            uses = new SourceUses(ast);
        } catch (CompileError e) {
            return List.of(new Failure("compiles", null, e.diagnostics().toString()));
        }
        List<Failure> out = new ArrayList<>();
        for (JsonNode c : toml.path("check")) {
            String kind = c.path("kind").asText();
            if (kind.equals("uses") || kind.equals("not_uses")) {
                boolean u = uses.uses(c.path("what").asText());
                if (u != kind.equals("uses")) out.add(new Failure(c.path("name").asText(), null, kind + " " + c.path("what").asText()));
            }
        }
        if (stopAtFirst && !out.isEmpty()) return out;
        for (Schedule s : schedules()) {
            Run r = run(file, src, config(s));
            for (JsonNode c : toml.path("check")) {
                String kind = c.path("kind").asText();
                if (kind.equals("uses") || kind.equals("not_uses")) continue;
                Verdict v = verdict(c, r);
                if (v == Verdict.FAIL) {
                    out.add(new Failure(c.path("name").asText(), s, "stdout:\n" + r.stdout() + "stderr:\n" + r.stderr() + "exit " + r.exit()));
                    if (stopAtFirst) return out;
                }
            }
        }
        return out;
    }

    /** The kinds this evaluator cannot decide. */
    List<String> unavailable() {
        List<String> out = new ArrayList<>();
        for (JsonNode c : toml.path("check")) {
            String k = c.path("kind").asText();
            if (k.equals("no_race") || k.equals("tests")) out.add(c.path("name").asText() + " (" + k + ")");
        }
        return out;
    }

    static Verdict verdict(JsonNode c, Run r) {
        String kind = c.path("kind").asText();
        return switch (kind) {
            case "output" -> output(c.path("match").asText("exact"), c.path("expect").asText(), r.stdout()) ? Verdict.PASS : Verdict.FAIL;
            case "exit" -> r.exit() == c.path("code").asInt(0) ? Verdict.PASS : Verdict.FAIL;
            case "no_panic" -> r.stderr().contains("panic: ") || (r.stderr().contains("fatal error: ")
                    && !r.stderr().contains("all goroutines are asleep - deadlock!")) ? Verdict.FAIL : Verdict.PASS;
            case "no_deadlock" -> r.stderr().contains("all goroutines are asleep - deadlock!") ? Verdict.FAIL : Verdict.PASS;
            case "no_leaks" -> r.stderr().contains("lanes: no goroutine leaked") ? Verdict.PASS : Verdict.FAIL;
            case "no_race", "tests" -> Verdict.UNAVAILABLE;
            default -> throw new IllegalArgumentException("unknown check kind " + kind);
        };
    }

    static boolean output(String match, String expect, String got) {
        return switch (match) {
            case "exact" -> trimFinalNewline(got).equals(trimFinalNewline(expect));
            case "lines_any_order" -> sortedLines(got).equals(sortedLines(expect));
            case "regex" -> Pattern.compile(expect).matcher(got).find();
            case "contains" -> got.contains(expect);
            default -> throw new IllegalArgumentException("unknown match " + match);
        };
    }

    private static String trimFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> sortedLines(String s) {
        String t = trimFinalNewline(s);
        List<String> l = new ArrayList<>(t.isEmpty() ? List.of() : Arrays.asList(t.split("\n", -1)));
        l.sort(null);
        return l;
    }
}
