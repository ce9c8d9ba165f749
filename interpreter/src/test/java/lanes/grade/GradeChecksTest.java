package lanes.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single behaviours of the grader: the sandbox, its safety nets, the spec's validation, the output files. */
class GradeChecksTest {
    @TempDir
    Path tmp;

    private Path exercise(String toml) throws IOException {
        Path d = Files.createDirectories(tmp.resolve("ex"));
        Files.writeString(d.resolve("exercise.toml"), toml);
        return d;
    }

    private Path program(String name, String src) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, src);
        return p;
    }

    private SubmissionResult grade(Path ex, Path sub, long budget) throws Exception {
        return new SubmissionGrader(Exercise.load(ex), budget).grade(Submission.resolve(sub));
    }

    @Test
    void osExitEndsTheSubmissionNotTheGrader() throws Exception {
        Path ex = exercise("""
                [schedules]
                seeds = 2
                procs = [1]
                [[check]]
                kind = "exit"
                code = 3
                [[check]]
                kind = "output"
                match = "exact"
                expect = "bye\\n"
                """);
        Path p = program("exit.go", """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println("bye")
                	os.Exit(3)
                }
                """);
        SubmissionResult r = grade(ex, p, 10_000);
        assertEquals(Status.PASS, r.status(), String.valueOf(r));
        assertEquals(2, r.schedules());
    }

    @Test
    void unsupportedPackagesGiveNoFileNetworkOrProcessAccess() throws Exception {
        Path ex = exercise("""
                [[check]]
                kind = "exit"
                code = 0
                """);
        for (String pkg : List.of("os/exec", "net", "net/http", "io/ioutil", "syscall", "io", "testing")) {
            Path p = program("imp.go", "package main\n\nimport _ \"" + pkg + "\"\n\nfunc main() {}\n");
            SubmissionResult r = grade(ex, p, 10_000);
            assertEquals(Status.ERROR, r.status(), pkg);
            assertTrue(r.message().contains("package " + pkg + " is not supported by Lanes"), r.message());
        }
        Path p = program("open.go", "package main\n\nimport \"os\"\n\nfunc main() { os.Open(\"/etc/passwd\") }\n");
        assertTrue(grade(ex, p, 10_000).message().contains("undefined: os.Open"));
    }

    @Test
    void aLoopingSubmissionBecomesAnErrorWhenItsWallClockBudgetRunsOut() throws Exception {
        Path ex = exercise("""
                [limits]
                steps = 1000000000000
                [[check]]
                kind = "exit"
                code = 0
                """);
        Path p = program("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
        long t0 = System.nanoTime();
        SubmissionResult r = grade(ex, p, 300);
        assertEquals(Status.ERROR, r.status());
        assertTrue(r.message().startsWith("wall-clock limit of 0.3 s exceeded after 0 of 30 schedules"), r.message());
        assertTrue(r.message().endsWith("replay: lanes run --seed 1 --procs 1 " + p), r.message());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void everyExerciseLimitEndsTheRunWithANamedError() throws Exception {
        String[][] cases = {
                {"steps = 10000", "for {\n\t}", "step limit exceeded"},
                {"goroutines = 5", "for {\n\t\tgo func() { select {} }()\n\t}", "goroutine limit exceeded"},
                {"virtual_time = \"1s\"", "for {\n\t\ttime.Sleep(time.Millisecond)\n\t}", "virtual time limit exceeded"},
                {"output = 100", "for {\n\t\tfmt.Println(\"spam\")\n\t}", "output limit"},
        };
        for (String[] c : cases) {
            Path ex = exercise("[schedules]\nseeds = 1\nprocs = [1]\n[limits]\n" + c[0] + "\n[[check]]\nkind = \"no_panic\"\n");
            Path p = program("lim.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = fmt.Sprint\nvar _ = time.Second\n\nfunc main() {\n\t"
                    + c[1] + "\n}\n");
            SubmissionResult r = grade(ex, p, 20_000);
            assertEquals(Status.FAIL, r.status(), c[0] + ": " + r);
            String m = r.checks().get(0).message();
            assertTrue(m.startsWith("the run was stopped: " + c[2]), m);
        }
    }

    @Test
    void badSpecsAreRejectedWithTheFieldNamed() throws Exception {
        ExerciseError e = assertThrows(ExerciseError.class, () -> Exercise.load(exercise("[[check]]\nkind = \"outptu\"\n")));
        assertTrue(e.getMessage().endsWith("check 1: unknown kind \"outptu\" (output, exit, no_panic, no_deadlock, no_leaks, no_race, uses, not_uses, tests)"), e.getMessage());
        e = assertThrows(ExerciseError.class, () -> Exercise.load(exercise("[[check]]\nkind = \"output\"\nmatch = \"regex\"\nexpect = \"(\"\n")));
        assertTrue(e.getMessage().contains("check 1: expect is not a valid regular expression"), e.getMessage());
        e = assertThrows(ExerciseError.class, () -> Exercise.load(exercise("[limits]\nvirtual_time = \"10 parsecs\"\n[[check]]\nkind = \"exit\"\ncode = 0\n")));
        assertTrue(e.getMessage().endsWith("limits.virtual_time: invalid duration \"10 parsecs\""), e.getMessage());
        e = assertThrows(ExerciseError.class, () -> Exercise.load(exercise("id = \"x\"\n")));
        assertTrue(e.getMessage().endsWith("no [[check]] entries"), e.getMessage());
        Exercise ok = Exercise.load(exercise("[schedules]\nseeds = [7, 42]\nprocs = 2\n[[check]]\nkind = \"exit\"\ncode = 0\n"));
        assertEquals(List.of(7L, 42L), ok.seeds());
        assertEquals(List.of(2), ok.procs());
    }

    @Test
    void outputMatchModes() {
        assertNull(OutputMatch.mismatch(Check.Match.EXACT, "a\nb\n", "a\nb"));
        assertEquals("line 2: expected \"b\", got \"c\"", OutputMatch.mismatch(Check.Match.EXACT, "a\nb\n", "a\nc\n"));
        assertNull(OutputMatch.mismatch(Check.Match.LINES_ANY_ORDER, "a\nb\nb\n", "b\na\nb\n"));
        assertEquals("missing 1 line: \"b\"", OutputMatch.mismatch(Check.Match.LINES_ANY_ORDER, "a\nb\nb\n", "b\na\n"));
        assertNull(OutputMatch.mismatch(Check.Match.REGEX, "total [0-9]+", "x\ntotal 42\n"));
        assertEquals("the output does not contain \"done\"", OutputMatch.mismatch(Check.Match.CONTAINS, "done", "don"));
    }

    @Test
    void structuralChecksSeeImportsMembersAndConstructs() throws Exception {
        String src = """
                package main

                import (
                	"fmt"
                	s "sync"
                )

                func gen() <-chan int {
                	c := make(chan int)
                	go func() {
                		defer close(c)
                		c <- 1
                	}()
                	return c
                }

                func main() {
                	var wg s.WaitGroup
                	_ = &wg
                	for v := range gen() {
                		fmt.Println(v)
                	}
                }
                """;
        Structure st = new Structure(lanes.parse.GoParse.parse("x.go", src));
        for (String w : List.of("sync", "sync.WaitGroup", "go", "defer", "send", "close", "range-channel", "receive", "closure", "fmt.Println")) {
            assertTrue(st.find(w) != null, w);
        }
        for (String w : List.of("time", "time.Sleep", "select", "sync.Mutex")) assertNull(st.find(w), w);
        assertEquals(20, st.find("range-channel").line());
        assertEquals(20, st.find("receive").line(), "a range over a channel receives");
    }

    @Test
    void anOutputFolderGetsOneWholeReportPerSubmission() throws Exception {
        Path ex = exercise("[schedules]\nseeds = 1\nprocs = [1]\n[[check]]\nkind = \"exit\"\ncode = 0\n");
        Path a = program("a.go", "package main\n\nfunc main() {}\n");
        Path b = program("b.go", "package main\n\nfunc main() { panic(1) }\n");
        Path dir = tmp.resolve("out");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        new Grading(Exercise.load(ex), new Grading.Options(Format.JSON, dir, 2, 10_000, false, false), ps, ps).run(List.of(a, b));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("a.json", "b.json"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(dir.resolve("a.json")).contains("\"status\" : \"pass\""));
        assertTrue(Files.readString(dir.resolve("b.json")).contains("exit status 2, expected 0 (panic: 1"));
        assertEquals("", sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exercismOutputIsCappedAt500Characters() {
        String capped = JsonReports.capOutput("x".repeat(2000));
        assertEquals(500, capped.length());
        assertTrue(capped.endsWith("\n" + JsonReports.TRUNCATED));
    }
}
