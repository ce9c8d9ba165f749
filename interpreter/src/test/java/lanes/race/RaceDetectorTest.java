package lanes.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;

/** The race detector as a user sees it: reports, exit status, replay, and silence without --race. */
class RaceDetectorTest {
    record Run(int code, String out, String err) {}

    static Run run(String src, RunConfig cfg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lanes.runSource("r.go", "/t/r.go", src, List.of(), cfg, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String RACY = """
            package main

            import (
            \t"fmt"
            \t"sync"
            )

            var hits int

            func main() {
            \tvar wg sync.WaitGroup
            \tfor i := 0; i < 3; i++ {
            \t\twg.Add(1)
            \t\tgo func() {
            \t\t\tdefer wg.Done()
            \t\t\thits++
            \t\t}()
            \t}
            \twg.Wait()
            \tfmt.Println(hits > 0)
            }
            """;

    @Test
    void aRaceIsReportedOnceWithExitStatus66AndTheSeedReplaysIt() {
        for (long seed = 1; seed <= 6; seed++) {
            RunConfig cfg = RunConfig.defaults().withRace(true).withSeed(seed);
            Run a = run(RACY, cfg);
            Run b = run(RACY, cfg);
            assertEquals(66, a.code(), a.err());
            assertEquals("true\n", a.out());
            assertTrue(a.err().startsWith("==================\nWARNING: DATA RACE\n"), a.err());
            assertTrue(a.err().contains(" at 0x0000005da5c0 by goroutine "), a.err());
            assertTrue(a.err().contains("  main.main.func1()\n      /t/r.go:16\n"), a.err());
            assertTrue(a.err().contains("created at:\n  main.main()\n      /t/r.go:14\n"), a.err());
            assertTrue(a.err().endsWith("Found 1 data race(s)\n\n[lanes: seed " + seed + "; replay with --race --seed " + seed + "]\n"), a.err());
            assertEquals(a, b, "the same seed replays the same run");
        }
    }

    @Test
    void withoutRaceNothingIsReported() {
        Run r = run(RACY, RunConfig.defaults().withSeed(3));
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }

    @Test
    void osExitAfterARaceEndsWithStatus66() {
        String src = RACY.replace("\tfmt.Println(hits > 0)\n", "\tfmt.Println(hits > 0)\n\tos.Exit(3)\n")
                .replace("\"fmt\"", "\"fmt\"\n\t\"os\"");
        Run r = run(src, RunConfig.defaults().withRace(true).withSeed(2));
        assertEquals(66, r.code(), r.err());
        assertTrue(r.err().contains("Found 1 data race(s)"), r.err());
    }

    @Test
    void orderedAccessesAreNotReported() {
        String src = """
                package main

                import "fmt"

                func main() {
                \tvals := make([]int, 4)
                \tdone := make(chan int, 2)
                \tfor w := 0; w < 2; w++ {
                \t\tgo func(w int) {
                \t\t\tvals[w] = w + 1
                \t\t\tvals[w+2] = vals[w] * 10
                \t\t\tdone <- w
                \t\t}(w)
                \t}
                \t<-done
                \t<-done
                \tfmt.Println(vals)
                }
                """;
        for (long seed = 1; seed <= 8; seed++) {
            Run r = run(src, RunConfig.defaults().withRace(true).withSeed(seed));
            assertEquals(0, r.code(), r.err());
            assertFalse(r.err().contains("DATA RACE"), r.err());
            assertEquals("[1 2 10 20]\n", r.out());
        }
    }

    @Test
    void goraceOptionsAreRead() {
        lanes.interp.Interp in = new lanes.interp.Interp(RunConfig.defaults().withRace(true), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        Detector d = in.race;
        assertEquals(66, d.exitCode());
        d.options("log_path=x exitcode=3 halt_on_error=1 exitcode=bad");
        assertEquals(3, d.exitCode());
    }
}
