package lanes.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import lanes.lesson.Lesson;

/**
 * The narratives keep their promises: every {@code ```go run=FILE} block shows that file exactly,
 * every {@code ```output X} block is exactly the stdout X's program prints (its {@code .out}, which
 * {@link LessonProgramsTest} checks against a real run), and each lesson is complete in both
 * languages, with its exercise folder.
 */
class NarrativeTest {
    private static final Pattern FENCE = Pattern.compile("(?m)^```(go run=(\\S+)|output (\\S+))[ \\t]*\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> narratives() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            tests.add(DynamicTest.dynamicTest(l.id() + " metadata", () -> metadata(l)));
            for (String lang : List.of("en", "ko")) {
                tests.add(DynamicTest.dynamicTest(l.id() + "/" + lang + ".md", () -> blocks(l, lang)));
            }
        }
        return tests.stream();
    }

    static void metadata(Lesson l) {
        for (String s : new String[] {l.titleEn(), l.titleKo(), l.summaryEn(), l.summaryKo()}) {
            assertNotNull(s, l.id() + ": lesson.toml needs title_en, title_ko, summary_en, summary_ko");
            assertFalse(s.isBlank() || s.contains("\n"), l.id() + ": titles and summaries are one non-empty line");
        }
        assertFalse(l.programs().isEmpty(), l.id() + ": no [[program]]");
        assertFalse(l.tries().isEmpty(), l.id() + ": no [[try]] steps");
        for (Lesson.Try t : l.tries()) assertFalse(t.en().isBlank() || t.ko().isBlank(), l.id() + ": a [[try]] needs en and ko");
        Path ex = l.dir().resolve("exercise");
        for (String f : List.of("exercise.toml", "statement.en.md", "statement.ko.md", "starter.go", "solution.go")) {
            assertTrue(Files.exists(ex.resolve(f)), l.id() + ": exercise/" + f + " is missing");
        }
    }

    static void blocks(Lesson l, String lang) {
        Path md = l.dir().resolve(lang + ".md");
        assertTrue(Files.exists(md), l.id() + ": " + lang + ".md is missing");
        String text = Lessons.read(md);
        Matcher m = FENCE.matcher(text);
        int programs = 0;
        while (m.find()) {
            String body = m.group(4);
            if (m.group(2) != null) {
                Path f = l.dir().resolve(m.group(2));
                assertTrue(Files.exists(f), md + ": run=" + m.group(2) + " names no file");
                assertEquals(Lessons.read(f).stripTrailing(), body.stripTrailing(), md + ": the block differs from " + m.group(2));
                programs++;
            } else {
                String stem = m.group(3).endsWith(".go") ? m.group(3).substring(0, m.group(3).length() - 3) : m.group(3);
                Path out = l.dir().resolve(stem + ".out");
                assertTrue(Files.exists(out), md + ": output " + m.group(3) + " names no program's .out");
                assertEquals(Lessons.read(out).stripTrailing(), body.stripTrailing(), md + ": the claimed output of " + m.group(3) + " is not what it prints");
            }
        }
        assertTrue(programs > 0, md + ": shows no program");
    }
}
