package lanes.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * An exercise folder (see EXERCISE-FORMAT.md): {@code exercise.toml} read with Jackson's TOML
 * format, plus the folder's {@code *_test.go} files for the {@code tests} check. Loading
 * validates every field, so a grading run never starts on a malformed spec.
 */
public record Exercise(Path dir, String id, String title, List<Long> seeds, List<Integer> procs, Limits limits,
                       List<Check> checks, List<Path> testFiles) {

    /** Per-schedule limits; absent fields take the grader's defaults. */
    public record Limits(long steps, long goroutines, long virtualNanos, long output) {
        public static final Limits DEFAULT = new Limits(50_000_000L, 10_000L, 60L * 1_000_000_000L, 1L << 20);
    }

    static final List<Long> DEFAULT_SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    static final List<Integer> DEFAULT_PROCS = List.of(1, 2, 8);

    private static final Set<String> TOP = Set.of("id", "title", "schedules", "limits", "check");
    private static final Set<String> CHECK_FIELDS = Set.of("name", "kind", "match", "expect", "code", "what", "weight", "visibility");

    public int schedules() {
        return seeds.size() * procs.size();
    }

    public double maxScore() {
        return checks.stream().mapToDouble(Check::weight).sum();
    }

    public static Exercise load(Path dir) throws ExerciseError {
        Path toml = Files.isDirectory(dir) ? dir.resolve("exercise.toml") : dir;
        if (!Files.isDirectory(dir)) dir = dir.toAbsolutePath().getParent();
        if (!Files.isRegularFile(toml)) throw new ExerciseError(toml + ": no such file (an exercise is a folder holding exercise.toml)");
        JsonNode root;
        try {
            root = new TomlMapper().readTree(toml.toFile());
        } catch (JacksonException e) {
            throw new ExerciseError(toml + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ExerciseError(toml + ": cannot read: " + e.getMessage());
        }
        String where = toml.toString();
        unknown(root, TOP, where);
        String id = text(root, "id", where, dir.getFileName().toString());
        String title = text(root, "title", where, id);
        JsonNode sch = root.path("schedules");
        List<Long> seeds = seeds(sch.get("seeds"), where);
        List<Integer> procs = procs(sch.get("procs"), where);
        Limits limits = limits(root.path("limits"), where);
        JsonNode cs = root.get("check");
        if (cs == null || !cs.isArray() || cs.isEmpty()) throw new ExerciseError(where + ": no [[check]] entries");
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : cs) checks.add(check(c, checks.size() + 1, where));
        List<Path> tests;
        try (Stream<Path> s = Files.list(dir)) {
            tests = s.filter(p -> p.getFileName().toString().endsWith("_test.go")).sorted().toList();
        } catch (IOException e) {
            throw new ExerciseError(dir + ": cannot list: " + e.getMessage());
        }
        if (checks.stream().anyMatch(c -> c.kind() == Check.Kind.TESTS) && tests.isEmpty()) {
            throw new ExerciseError(where + ": a check of kind \"tests\" needs *_test.go files in " + dir);
        }
        return new Exercise(dir, id, title, seeds, procs, limits, List.copyOf(checks), tests);
    }

    private static void unknown(JsonNode n, Set<String> known, String where) throws ExerciseError {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) throw new ExerciseError(where + ": unknown field \"" + f + "\"");
        }
    }

    private static String text(JsonNode n, String field, String where, String dflt) throws ExerciseError {
        JsonNode v = n.get(field);
        if (v == null) return dflt;
        if (!v.isTextual()) throw new ExerciseError(where + ": " + field + " must be a string");
        return v.asText();
    }

    private static List<Long> seeds(JsonNode v, String where) throws ExerciseError {
        if (v == null) return DEFAULT_SEEDS;
        List<Long> out = new ArrayList<>();
        if (v.isIntegralNumber()) {
            long n = v.asLong();
            if (n < 1 || n > 1_000_000) throw new ExerciseError(where + ": schedules.seeds must be between 1 and 1000000");
            for (long i = 1; i <= n; i++) out.add(i);
        } else if (v.isArray() && !v.isEmpty()) {
            for (JsonNode s : v) {
                if (!s.isIntegralNumber()) throw new ExerciseError(where + ": schedules.seeds must list integers");
                out.add(s.asLong());
            }
        } else {
            throw new ExerciseError(where + ": schedules.seeds must be an integer N (seeds 1..N) or a list of seeds");
        }
        return List.copyOf(out);
    }

    private static List<Integer> procs(JsonNode v, String where) throws ExerciseError {
        if (v == null) return DEFAULT_PROCS;
        List<Integer> out = new ArrayList<>();
        if (v.isIntegralNumber()) v = new com.fasterxml.jackson.databind.node.ArrayNode(null, List.of(v));
        if (!v.isArray() || v.isEmpty()) throw new ExerciseError(where + ": schedules.procs must be a list of GOMAXPROCS values");
        for (JsonNode p : v) {
            if (!p.isIntegralNumber() || p.asInt() < 1 || p.asInt() > 256) {
                throw new ExerciseError(where + ": schedules.procs values must be integers from 1 to 256");
            }
            out.add(p.asInt());
        }
        return List.copyOf(out);
    }

    private static Limits limits(JsonNode n, String where) throws ExerciseError {
        if (n.isMissingNode()) return Limits.DEFAULT;
        unknown(n, Set.of("steps", "goroutines", "virtual_time", "output"), where + ": [limits]");
        Limits d = Limits.DEFAULT;
        long steps = positive(n, "steps", d.steps(), where);
        long gs = positive(n, "goroutines", d.goroutines(), where);
        long out = positive(n, "output", d.output(), where);
        long vt = d.virtualNanos();
        JsonNode t = n.get("virtual_time");
        if (t != null) {
            if (!t.isTextual()) throw new ExerciseError(where + ": limits.virtual_time must be a Go duration string such as \"10s\"");
            vt = GoDuration.parse(t.asText());
            if (vt <= 0) throw new ExerciseError(where + ": limits.virtual_time: invalid duration \"" + t.asText() + "\"");
        }
        return new Limits(steps, gs, vt, out);
    }

    private static long positive(JsonNode n, String f, long dflt, String where) throws ExerciseError {
        JsonNode v = n.get(f);
        if (v == null) return dflt;
        if (!v.isIntegralNumber() || v.asLong() <= 0) throw new ExerciseError(where + ": limits." + f + " must be a positive integer");
        return v.asLong();
    }

    private static Check check(JsonNode c, int number, String where) throws ExerciseError {
        String at = where + ": check " + number;
        if (!c.isObject()) throw new ExerciseError(at + " must be a table");
        unknown(c, CHECK_FIELDS, at);
        String kindText = text(c, "kind", at, null);
        if (kindText == null) throw new ExerciseError(at + ": missing kind");
        Check.Kind kind;
        try {
            kind = Check.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExerciseError(at + ": unknown kind \"" + kindText + "\" (output, exit, no_panic, no_deadlock, no_leaks, no_race, uses, not_uses, tests)");
        }
        String name = text(c, "name", at, null);
        Check.Match match = null;
        String expect = null;
        int code = 0;
        String what = null;
        switch (kind) {
            case OUTPUT -> {
                String m = text(c, "match", at, "exact");
                try {
                    match = Check.Match.valueOf(m.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ExerciseError(at + ": unknown match \"" + m + "\" (exact, lines_any_order, regex, contains)");
                }
                expect = text(c, "expect", at, null);
                if (expect == null) throw new ExerciseError(at + ": an output check needs expect");
                if (match == Check.Match.REGEX) {
                    try {
                        Pattern.compile(expect);
                    } catch (PatternSyntaxException e) {
                        throw new ExerciseError(at + ": expect is not a valid regular expression: " + e.getDescription());
                    }
                }
                if (name == null) name = "output (" + m + ")";
            }
            case EXIT -> {
                JsonNode v = c.get("code");
                if (v == null || !v.isIntegralNumber()) throw new ExerciseError(at + ": an exit check needs an integer code");
                code = v.asInt();
                if (name == null) name = "exit status " + code;
            }
            case USES, NOT_USES -> {
                what = text(c, "what", at, null);
                if (what == null || what.isBlank()) throw new ExerciseError(at + ": a " + kind.word() + " check needs what");
                if (name == null) name = (kind == Check.Kind.USES ? "uses " : "does not use ") + what;
            }
            default -> {
                if (name == null) name = kind.word().replace('_', ' ');
            }
        }
        double weight = 1;
        JsonNode w = c.get("weight");
        if (w != null) {
            if (!w.isNumber() || w.asDouble() < 0) throw new ExerciseError(at + ": weight must be a number >= 0");
            weight = w.asDouble();
        }
        String vis = text(c, "visibility", at, null);
        if (vis != null && !Set.of("visible", "hidden", "after_due_date", "after_published").contains(vis)) {
            throw new ExerciseError(at + ": visibility must be visible, hidden, after_due_date or after_published");
        }
        return new Check(number, name, kind, match, expect, code, what, weight, vis);
    }

}
