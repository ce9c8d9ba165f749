package lanes.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import lanes.lesson.Lesson;

/**
 * Every exercise's solution.go passes all of its checks under every schedule it lists, and its
 * starter.go fails at least one (a starter that already passes teaches nothing). Checks that need
 * a missing tool (no_race) are neither passed nor failed here; ids are unique across lessons.
 */
class ExerciseTest {
    @TestFactory
    Stream<DynamicTest> exercises() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            Path ex = l.dir().resolve("exercise");
            tests.add(DynamicTest.dynamicTest(l.id() + " solution passes", () -> {
                ExerciseChecks c = new ExerciseChecks(ex);
                List<ExerciseChecks.Failure> f = c.failures("solution.go", false);
                assertTrue(f.isEmpty(), l.id() + ": the solution fails " + f);
            }));
            tests.add(DynamicTest.dynamicTest(l.id() + " starter fails", () -> {
                ExerciseChecks c = new ExerciseChecks(ex);
                assertFalse(c.failures("starter.go", true).isEmpty(), l.id() + ": the starter already passes every check");
            }));
        }
        return tests.stream();
    }

    @Test
    void idsAreUniqueAndChecksWellFormed() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Lesson l : Lessons.all()) {
            ExerciseChecks c = new ExerciseChecks(l.dir().resolve("exercise"));
            String id = c.toml.path("id").asText("");
            assertFalse(id.isBlank() || c.toml.path("title").asText("").isBlank(), l.id() + ": id and title are required");
            assertTrue(ids.add(id), "exercise id " + id + " is used twice");
            assertFalse(c.schedules().isEmpty(), l.id() + ": no schedules");
            assertTrue(c.toml.path("check").size() > 0, l.id() + ": no checks");
            for (var k : c.toml.path("check")) {
                assertFalse(k.path("name").asText("").isBlank(), l.id() + ": a check without a name");
                assertTrue(Set.of("output", "exit", "no_panic", "no_deadlock", "no_leaks", "no_race", "uses", "not_uses", "tests")
                        .contains(k.path("kind").asText()), l.id() + ": unknown kind " + k.path("kind"));
            }
        }
    }

    @Test
    void evaluatorDecidesWhatItShould() {
        ExerciseChecks.Run r = new ExerciseChecks.Run("b\na\n", "", 0);
        assertTrue(ExerciseChecks.output("lines_any_order", "a\nb\n", r.stdout()));
        assertFalse(ExerciseChecks.output("exact", "a\nb\n", r.stdout()));
        assertTrue(ExerciseChecks.output("exact", "b\na", r.stdout()));
        assertFalse(ExerciseChecks.output("lines_any_order", "a\nb\nb\n", r.stdout()));
        assertEquals(50_000_000L, ExerciseChecks.duration("50ms"));
        assertEquals(90_000_000_000L, ExerciseChecks.duration("1m30s"));
    }
}
