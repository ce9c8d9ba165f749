package lanes.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code lanes lesson} against a temporary lessons folder: listing, progress, rendering, runs, --edit. */
class LessonCommandTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void lessons() throws IOException {
        root = tmp.resolve("lessons");
        Path one = Files.createDirectories(root.resolve("01-hello"));
        write(one.resolve("lesson.toml"), """
                title_en = "Saying hello"
                title_ko = "인사하기"
                summary_en = "A goroutine says hello and main waits for it."
                summary_ko = "고루틴이 인사하고 main이 기다립니다."

                [[program]]
                file = "main.go"

                [[program]]
                file = "stuck.go"
                flags = ["--procs", "1"]
                events = true

                [[try]]
                en = "Remove the receive and see what is printed."
                ko = "받기를 지우고 무엇이 출력되는지 보세요."
                """);
        write(one.resolve("en.md"), """
                # Saying hello

                A goroutine sends a greeting and **main** waits for it. This paragraph is long enough to be wrapped at the width of the terminal, which the renderer must do word by word.

                ```go run=main.go
                ```

                - a list item with `inline code`
                """);
        write(one.resolve("ko.md"), """
                # 인사하기

                고루틴이 인사를 보내고 main이 그것을 기다립니다. 이 문단은 터미널 너비에서 줄바꿈이 되어야 할 만큼 충분히 길어서, 한글이 두 칸을 차지한다는 것을 렌더러가 알아야 합니다.
                """);
        write(one.resolve("main.go"), """
                package main

                import "fmt"

                func main() {
                	ch := make(chan string)
                	go func() { ch <- "hello" }()
                	fmt.Println(<-ch)
                }
                """);
        write(one.resolve("stuck.go"), """
                package main

                func main() {
                	ch := make(chan int)
                	go func() { ch <- 1 }()
                	go func() { ch <- 2 }()
                	<-ch
                	<-ch
                	<-ch
                }
                """);
        Files.createDirectories(one.resolve("exercise"));
        write(one.resolve("exercise/starter.go"), "package main\n\nfunc main() {}\n");
        Path two = Files.createDirectories(root.resolve("02-second"));
        write(two.resolve("lesson.toml"), """
                title_en = "Second"
                title_ko = "두 번째"
                summary_en = "Only English narrative."
                summary_ko = "영어 설명만 있습니다."
                [[program]]
                file = "p.go"
                """);
        write(two.resolve("en.md"), "# Second\n\nText.\n");
        write(two.resolve("p.go"), "package main\n\nfunc main() { println(\"to stderr\") }\n");
        Path three = Files.createDirectories(root.resolve("03-bad-flags"));
        write(three.resolve("lesson.toml"), """
                title_en = "Bad"
                [[program]]
                file = "p.go"
                flags = ["--bogus"]
                """);
        write(three.resolve("en.md"), "# Bad\n");
        write(three.resolve("p.go"), "package main\n\nfunc main() {}\n");
        Files.createDirectories(root.resolve("not-a-lesson"));
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    record Ran(int code, String out) {}

    private Ran lanes(Map<String, String> env, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        LessonCommand cmd = new LessonCommand(root, tmp.resolve("home/.lanes/progress.json"), tmp.resolve("home/.lanes/scratch"), ps, env, false);
        int code = new CommandLine(cmd).execute(args);
        return new Ran(code, buf.toString(StandardCharsets.UTF_8));
    }

    private Ran lanes(String... args) {
        return lanes(Map.of(), args);
    }

    @Test
    void listsLessonsWithSummariesAndProgress() {
        Ran r = lanes();
        assertEquals(0, r.code());
        assertTrue(r.out().contains(" 1    Saying hello\n      A goroutine says hello and main waits for it.\n"), r.out());
        assertTrue(r.out().contains(" 2    Second\n"), r.out());
        assertTrue(r.out().contains(" 3    Bad\n      \n"), "a lesson without a summary: " + r.out());
        assertTrue(lanes("--lang", "ko").out().contains(" 3    Bad\n"), "no Korean title: the English one");
        assertFalse(r.out().contains("not-a-lesson"), r.out());
        assertEquals(0, lanes("1", "--no-run").code());
        assertTrue(Files.exists(tmp.resolve("home/.lanes/progress.json")));
        Ran after = lanes();
        assertTrue(after.out().contains(" 1 ✓  Saying hello"), after.out());
        assertTrue(after.out().contains(" 2    Second"), after.out());
    }

    @Test
    void languageComesFromTheFlagOrTheLocale() {
        assertTrue(lanes("--lang", "ko").out().contains(" 1    인사하기\n      고루틴이 인사하고 main이 기다립니다."));
        assertTrue(lanes(Map.of("LANG", "ko_KR.UTF-8")).out().contains("인사하기"));
        assertTrue(lanes(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "ko_KR.UTF-8")).out().contains("Saying hello"));
        Ran bad = lanes("--lang", "fr");
        assertEquals(2, bad.code());
        assertTrue(bad.out().contains("--lang takes en or ko"), bad.out());
    }

    @Test
    void showsTheNarrativeWrappedWithItsCodeAndRunsThePrograms() {
        Ran r = lanes("1");
        assertEquals(0, r.code(), r.out());
        String o = r.out();
        assertTrue(o.contains("Saying hello\n============\n"), o);
        assertTrue(o.contains("A goroutine sends a greeting and main waits for it."), o);
        for (String line : o.split("\n")) {
            if (!line.startsWith("    ") && !line.startsWith("  exit") && !line.startsWith("$")) {
                assertTrue(TermText.displayWidth(line) <= 80, "too wide: " + line);
            }
        }
        assertTrue(o.contains("    func main() {\n        ch := make(chan string)\n"), o);
        assertTrue(o.contains("  • a list item with `inline code`"), o);
        assertTrue(o.contains("Try this"), o);
        assertTrue(o.contains("Remove the receive"), o);
        assertTrue(o.contains("$ lanes run main.go\n  output:\n    │ hello\n  exit status 0 · 1 goroutine made, at most 2 alive, none left at the end"), o);
        assertTrue(o.contains("$ lanes run --procs 1 stuck.go\n"), o);
        assertTrue(o.contains("  timeline (lanes run --timeline):\n    timeline: 2 goroutines"), "each run shows its timeline: " + o);
        assertTrue(o.contains("\n    g2    |"), "a row for the goroutine main started: " + o);
        assertTrue(o.contains("    func main() {\n        ch := make(chan int)"), "a program not in the narrative is shown before it runs: " + o);
        assertTrue(o.contains("fatal error: all goroutines are asleep - deadlock!"), o);
        assertTrue(o.contains("exit status 2 · 2 goroutines made"), o);
        assertTrue(o.contains("scheduler events"), o);
        assertTrue(o.contains("G1 blocks (chan receive)"), o);
        assertTrue(o.contains("starter: " + root.resolve("01-hello/exercise/starter.go")), o);
        assertFalse(o.contains("\u001b["), "no colour when stdout is not a terminal");
    }

    @Test
    void koreanWrapsByDisplayWidthAndMissingNarrativeFallsBackToEnglish() {
        String o = lanes("1", "--lang", "ko", "--no-run").out();
        assertTrue(o.contains("인사하기\n========\n"), o);
        int wrapped = 0;
        for (String line : o.split("\n")) {
            if (line.contains("고루틴이 인사를") || line.contains("렌더러가")) wrapped++;
            assertTrue(TermText.displayWidth(line) <= 80, "too wide: " + line);
        }
        assertEquals(2, wrapped, o);
        assertTrue(lanes("2", "--lang", "ko").out().contains("Second\n======\n"));
        assertTrue(lanes("2").out().contains("    │ to stderr"), "stderr of a run is shown");
    }

    @Test
    void editCopiesTheProgramsToScratchFilesAndKeepsChanges() throws IOException {
        Ran r = lanes("1", "--edit");
        assertEquals(0, r.code(), r.out());
        Path scratch = tmp.resolve("home/.lanes/scratch/01-hello");
        assertTrue(r.out().contains(scratch.resolve("main.go").toString()), r.out());
        assertEquals(Files.readString(root.resolve("01-hello/main.go")), Files.readString(scratch.resolve("main.go")));
        assertTrue(Files.exists(scratch.resolve("exercise.go")));
        assertTrue(r.out().contains("Change it, then run: lanes run " + scratch.resolve("main.go")), r.out());
        Files.writeString(scratch.resolve("main.go"), "// mine\n");
        Ran again = lanes("01-hello", "--edit");
        assertTrue(again.out().contains("(kept: it has your changes"), again.out());
        assertEquals("// mine\n", Files.readString(scratch.resolve("main.go")));
    }

    @Test
    void unknownLessonAndMissingFolderAreOneLine() {
        Ran r = lanes("9");
        assertEquals(1, r.code());
        assertEquals("lanes lesson: no lesson 9 (lessons: 1 2 3)\n", r.out());
        Ran bad = lanes("3");
        assertEquals(1, bad.code());
        assertTrue(bad.out().endsWith("lanes lesson: bad run flags [--bogus]: Unknown option: '--bogus'\n"), bad.out());
        root = tmp.resolve("nowhere");
        Ran n = lanes();
        assertEquals(1, n.code());
        assertEquals("lanes lesson: no lessons folder at " + root + "\n", n.out());
    }

    @Test
    void colourHighlightsGoWithoutChangingTheText() {
        TermText t = new TermText(80, true);
        String src = "func main() { go f(\"x\") // hi\n}";
        String shown = t.goSource(src, "");
        assertTrue(shown.contains("\u001b[1;35mfunc\u001b[0m"), shown);
        assertEquals("func main() { go f(\"x\") // hi\n}\n", shown.replaceAll("\u001b\\[[0-9;]*m", ""));
        assertEquals(4, TermText.displayWidth("한글"));
    }

    @Test
    void aPassingScratchSubmissionMarksTheLessonPassedAndNothingElseDoes() throws IOException {
        Path exercise = Files.createDirectories(root.resolve("01-hello").resolve("exercise"));
        Path scratch = tmp.resolve("scratch");
        Path mine = Files.createDirectories(scratch.resolve("01-hello")).resolve("exercise.go");
        Path student = tmp.resolve("students").resolve("kim.go");
        Path progress = tmp.resolve("progress.json");

        assertEquals(null, Progress.recordPass(exercise, student, scratch, progress), "a teacher grading a student's file");
        assertFalse(Files.exists(progress));
        assertEquals(null, Progress.recordPass(root.resolve("01-hello"), mine, scratch, progress), "not an exercise folder");
        assertEquals("01-hello", Progress.recordPass(exercise, mine, scratch, progress));
        assertTrue(Progress.load(progress).entry("01-hello").passed);
    }
}
