package lanes.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * The lessons folder: every {@code NN-slug} directory holding a {@code lesson.toml}, in order.
 * Found through the {@code lanes.home} system property the launcher sets, else {@code ./lessons}.
 */
public final class LessonStore {
    private static final Pattern DIR = Pattern.compile("(\\d\\d)-([a-z0-9-]+)");
    private final Path root;

    public LessonStore(Path root) {
        this.root = root;
    }

    /** The lessons folder of this installation. */
    public static Path defaultRoot() {
        String home = System.getProperty("lanes.home");
        if (home != null && !home.isBlank()) {
            Path p = Path.of(home, "lessons");
            if (Files.isDirectory(p)) return p;
        }
        return Path.of("lessons");
    }

    public Path root() {
        return root;
    }

    /** Every lesson, by number. A folder whose lesson.toml cannot be read is an error naming it. */
    public List<Lesson> all() throws LessonException {
        if (!Files.isDirectory(root)) throw new LessonException("no lessons folder at " + root);
        List<Lesson> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path d : s.sorted().toList()) {
                if (Files.isDirectory(d) && DIR.matcher(d.getFileName().toString()).matches()
                        && Files.exists(d.resolve("lesson.toml"))) {
                    out.add(load(d));
                }
            }
        } catch (IOException e) {
            throw new LessonException("cannot read " + root + ": " + e.getMessage());
        }
        return out;
    }

    /** The lesson named by its number ({@code 3}, {@code 03}) or its folder name or slug. */
    public Lesson find(String key) throws LessonException {
        List<Lesson> all = all();
        for (Lesson l : all) {
            if (key.matches("\\d+") && l.number() == Integer.parseInt(key)) return l;
            if (l.id().equals(key) || l.slug().equals(key)) return l;
        }
        StringBuilder sb = new StringBuilder("no lesson " + key + " (lessons:");
        for (Lesson l : all) sb.append(' ').append(l.number());
        throw new LessonException(sb.append(")").toString());
    }

    /** Reads one lesson folder. */
    public static Lesson load(Path dir) throws LessonException {
        Matcher m = DIR.matcher(dir.getFileName().toString());
        if (!m.matches()) throw new LessonException(dir + ": a lesson folder is named NN-slug");
        JsonNode t;
        try {
            t = new TomlMapper().readTree(dir.resolve("lesson.toml").toFile());
        } catch (IOException e) {
            throw new LessonException(dir.resolve("lesson.toml") + ": " + firstLine(e.getMessage()));
        }
        List<Lesson.Program> programs = new ArrayList<>();
        for (JsonNode p : t.path("program")) {
            String file = p.path("file").asText(null);
            if (file == null) throw new LessonException(dir.resolve("lesson.toml") + ": a [[program]] has no file");
            String out = p.path("out").asText(file.endsWith(".go") ? file.substring(0, file.length() - 3) : file);
            programs.add(new Lesson.Program(file, strings(p.path("flags")), strings(p.path("args")), out,
                    p.path("events").asBoolean(false)));
        }
        List<Lesson.Try> tries = new ArrayList<>();
        for (JsonNode tr : t.path("try")) tries.add(new Lesson.Try(tr.path("en").asText(""), tr.path("ko").asText("")));
        return new Lesson(Integer.parseInt(m.group(1)), m.group(2), dir, text(t, "title_en"), text(t, "title_ko"),
                text(t, "summary_en"), text(t, "summary_ko"), List.copyOf(programs), List.copyOf(tries));
    }

    private static String text(JsonNode t, String key) {
        JsonNode n = t.get(key);
        return n == null ? null : n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) out.add(e.asText());
        return List.copyOf(out);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

}
