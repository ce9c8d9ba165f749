package lanes.lessons;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import lanes.lesson.Lesson;
import lanes.lesson.LessonException;
import lanes.lesson.LessonStore;

/** The lesson folders of this module (the module's directory is the lessons folder). */
final class Lessons {
    static final Path ROOT = Path.of("").toAbsolutePath();

    private Lessons() {}

    static List<Lesson> all() throws LessonException {
        List<Lesson> l = new LessonStore(ROOT).all();
        if (l.isEmpty()) throw new IllegalStateException("no lessons found under " + ROOT);
        return l;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + p + ": " + e.getMessage());
        }
    }

    static String readOrNull(Path p) {
        return Files.exists(p) ? read(p) : null;
    }
}
