package lanes.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lanes.gotest.GoTest;
import lanes.gotest.TestCommand;
import lanes.interp.RunConfig;

/**
 * {@code lanes test DIR} against folders under {@code resources/grade/gotest}: stdout, stderr
 * and status must be {@code expected.*}. Those files were compared with real Go 1.19's
 * {@code go test -v main.go main_test.go}: identical except the package line's time (Lanes
 * prints virtual time, 0.000s) and, in buildfail, current Go's wording of the unused variable.
 */
class GoTestTest {
    static final Path DIR = Path.of("src/test/resources/grade/gotest");

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "pass", "buildfail"})
    void printsWhatGoTestVPrints(String name) throws Exception {
        Path d = DIR.resolve(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoTest.run(d.toAbsolutePath() + "/", TestCommand.sources(List.of(d)), RunConfig.defaults(), out, err);
        assertEquals(Files.readString(d.resolve("expected.out")), out.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(d.resolve("expected.err")), err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(d.resolve("expected.code")).trim(), String.valueOf(code));
    }

    /** {@code lanes test -run PATTERN}: each line of runfilter/patterns.txt against its NAME.out and NAME.code. */
    @ParameterizedTest
    @ValueSource(strings = {"nothing", "add_big", "other", "bad_regexp", "add_only", "add_small", "anchored"})
    void runSelectsTestsAsGoTestRunDoes(String name) throws Exception {
        Path d = DIR.resolve("runfilter");
        String pattern = null;
        for (String line : Files.readAllLines(d.resolve("patterns.txt"))) {
            if (line.startsWith(name + " ")) pattern = line.substring(name.length() + 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoTest.run(d.toAbsolutePath() + "/", TestCommand.sources(List.of(d)), RunConfig.defaults(), pattern, out, err);
        assertEquals(Files.readString(d.resolve(name + ".out")), out.toString(StandardCharsets.UTF_8), "-run " + pattern);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(d.resolve(name + ".code")).trim(), String.valueOf(code));
    }
}
