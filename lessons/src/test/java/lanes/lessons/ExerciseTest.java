package lanes.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import lanes.grade.Exercise;
import lanes.grade.Status;
import lanes.grade.Submission;
import lanes.grade.SubmissionGrader;
import lanes.grade.SubmissionResult;
import lanes.lesson.Lesson;

/**
 * Every exercise, graded by the real grader ({@code lanes grade}): its solution.go passes every
 * check under every schedule it lists, race detector included, and its starter.go compiles and
 * fails at least one check (a starter that already passes teaches nothing).
 */
class ExerciseTest {
    private static SubmissionResult grade(Path exercise, String file) throws Exception {
        Exercise ex = Exercise.load(exercise);
        return new SubmissionGrader(ex, 120_000).grade(Submission.resolve(exercise.resolve(file)));
    }

    private static String failures(SubmissionResult r) {
        if (r.message() != null) return r.message();
        return r.checks().stream().filter(c -> c.status() != Status.PASS)
                .map(c -> c.check().name() + ": " + c.message() + (c.replay() == null ? "" : " [" + c.replay() + "]"))
                .collect(Collectors.joining("; "));
    }

    @TestFactory
    Stream<DynamicTest> exercises() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            Path ex = l.dir().resolve("exercise");
            tests.add(DynamicTest.dynamicTest(l.id() + " solution passes", () -> {
                SubmissionResult r = grade(ex, "solution.go");
                assertEquals(Status.PASS, r.status(), l.id() + ": the solution fails: " + failures(r));
            }));
            tests.add(DynamicTest.dynamicTest(l.id() + " starter fails", () -> {
                SubmissionResult r = grade(ex, "starter.go");
                assertEquals(Status.FAIL, r.status(), l.id() + ": the starter should compile and fail a check: " + failures(r));
                assertTrue(r.checks().stream().anyMatch(c -> c.status() == Status.FAIL));
            }));
        }
        return tests.stream();
    }

    @Test
    void idsAreUnique() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Lesson l : Lessons.all()) {
            Exercise ex = Exercise.load(l.dir().resolve("exercise"));
            assertFalse(ex.title().isBlank(), l.id() + ": an exercise needs a title");
            assertTrue(ids.add(ex.id()), "exercise id " + ex.id() + " is used twice");
        }
    }
}
