package lanes.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import lanes.lesson.Lesson;
import lanes.lesson.ProgramRun;

/**
 * Every lesson program, run with its flags and args, prints exactly {@code <out>.out}, exits with
 * {@code <out>.code} (0 when absent) and shows every line of {@code <out>.err} in its stderr, in order
 * (without a {@code .err} file stderr is not checked: LESSON-FORMAT makes it optional).
 */
class LessonProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            for (Lesson.Program p : l.programs()) {
                tests.add(DynamicTest.dynamicTest(l.id() + "/" + p.stem(), () -> check(l, p)));
            }
        }
        return tests.stream();
    }

    static void check(Lesson l, Lesson.Program p) throws Exception {
        String out = Lessons.readOrNull(l.dir().resolve(p.stem() + ".out"));
        assertTrue(out != null, l.id() + ": " + p.stem() + ".out is missing");
        String code = Lessons.readOrNull(l.dir().resolve(p.stem() + ".code"));
        ProgramRun.Result r = ProgramRun.run(l.dir(), p, false);
        assertEquals(out, r.stdout(), l.id() + "/" + p.commandLine() + ": stdout (stderr was: " + r.stderr() + ")");
        assertEquals(code == null ? 0 : Integer.parseInt(code.trim()), r.exitCode(), l.id() + "/" + p.commandLine() + ": exit status");
        String err = Lessons.readOrNull(l.dir().resolve(p.stem() + ".err"));
        if (err != null) {
            int at = 0;
            for (String line : err.split("\n")) {
                if (line.isEmpty()) continue;
                int i = r.stderr().indexOf(line, at);
                assertTrue(i >= 0, l.id() + "/" + p.commandLine() + ": stderr lacks \"" + line + "\" (in order); stderr:\n" + r.stderr());
                at = i + line.length();
            }
        }
    }
}
