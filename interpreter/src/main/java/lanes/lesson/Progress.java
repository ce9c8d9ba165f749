package lanes.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The learner's progress, kept in {@code ~/.lanes/progress.json}: per lesson folder, how often it
 * was opened and whether its exercise was passed (the grader may set {@code passed}). A missing or
 * unreadable file is an empty progress, never an error: progress is a convenience.
 */
public final class Progress {
    /** One lesson's entry. Public fields so Jackson reads and writes it as plain JSON. */
    public static final class Entry {
        public int opened;
        public boolean passed;
    }

    /** The file's shape: {@code {"lessons": {"01-woof-meow": {"opened": 2, "passed": false}}}}. */
    public static final class Data {
        public Map<String, Entry> lessons = new TreeMap<>();
    }

    private final Path file;
    private final Data data;

    private Progress(Path file, Data data) {
        this.file = file;
        this.data = data;
    }

    /** The default file: {@code ~/.lanes/progress.json}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".lanes", "progress.json");
    }

    public static Progress load(Path file) {
        Data d = null;
        if (Files.exists(file)) {
            try {
                d = new ObjectMapper().readValue(file.toFile(), Data.class);
            } catch (IOException e) {
                d = null; // a damaged file starts afresh
            }
        }
        if (d == null || d.lessons == null) d = new Data();
        return new Progress(file, d);
    }

    public Entry entry(String lessonId) {
        return data.lessons.get(lessonId);
    }

    /** Marks a lesson as opened once more and saves; a file that cannot be written is skipped quietly. */
    public void opened(String lessonId) {
        data.lessons.computeIfAbsent(lessonId, k -> new Entry()).opened++;
        save();
    }

    /** Marks a lesson's exercise as passed and saves. */
    public void passed(String lessonId) {
        data.lessons.computeIfAbsent(lessonId, k -> new Entry()).passed = true;
        save();
    }

    /**
     * The learner's side of {@code lanes grade}: a lesson's exercise ({@code .../NN-slug/exercise})
     * graded against a submission in that lesson's scratch folder ({@code scratch/NN-slug/}, where
     * {@code lanes lesson N --edit} puts it) that passed marks the lesson passed. Returns the
     * lesson's id when it did, else null (a teacher grading students' files changes nothing).
     */
    public static String recordPass(Path exerciseDir, Path submission, Path scratchRoot, Path progressFile) {
        Path ex = exerciseDir.toAbsolutePath().normalize();
        if (ex.getFileName() == null || !ex.getFileName().toString().equals("exercise") || ex.getParent() == null) return null;
        String id = ex.getParent().getFileName().toString();
        if (!id.matches("\\d\\d-.+")) return null;
        Path sub = submission.toAbsolutePath().normalize();
        if (!sub.startsWith(scratchRoot.toAbsolutePath().normalize().resolve(id))) return null;
        load(progressFile).passed(id);
        return id;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), data);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a read-only home must not stop a lesson
        }
    }
}
