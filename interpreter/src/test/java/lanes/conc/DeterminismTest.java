package lanes.conc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;

/** Every run replays from its seed; different seeds reveal the schedules Go can also take. */
class DeterminismTest {
    /** Unsynchronised goroutines printing: the output depends on the schedule. */
    static final String RACY = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < 4; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			for j := 0; j < 3; j++ {
            				fmt.Print(i, j, " ")
            			}
            		}()
            	}
            	wg.Wait()
            	fmt.Println()
            }
            """;

    static String run(String src, RunConfig cfg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lanes.runSource("racy.go", "/racy.go", src, List.of(), cfg, out, err);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameSeedSameOutput() {
        for (long seed : new long[] {0, 1, 42, 977}) {
            RunConfig cfg = RunConfig.defaults().withSeed(seed);
            assertEquals(run(RACY, cfg), run(RACY, cfg), "seed " + seed);
        }
    }

    @Test
    void seedsRevealDifferentSchedules() {
        Set<String> outputs = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) outputs.add(run(RACY, RunConfig.defaults().withSeed(seed).withProcs(4)));
        assertTrue(outputs.size() > 1, "40 seeds gave one output: " + outputs);
    }

    @Test
    void defaultScheduleRunsTheNewestGoroutineFirst() {
        String out = run(RACY, RunConfig.defaults());
        assertTrue(out.startsWith("3 0 3 1 3 2 "), out);
    }

    @Test
    void mainExitEndsEveryGoroutineByDefault() {
        String src = """
                package main

                import "fmt"

                func main() {
                	go fmt.Println("woof")
                	fmt.Println("meow")
                }
                """;
        assertEquals("meow\n", run(src, RunConfig.defaults()));
    }

    @Test
    void unsynchronisedCounterLosesUpdatesOnlyWithSeveralProcessors() throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/conc/racy_counter.go"));
        assertEquals("40000\n", run(src, RunConfig.defaults().withProcs(1)));
        long lost = Long.parseLong(run(src, RunConfig.defaults().withProcs(4)).trim());
        assertTrue(lost < 40000, "four processors should lose updates, got " + lost);
    }
}
