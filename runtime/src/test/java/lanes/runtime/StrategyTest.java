package lanes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lanes.runtime.sync.WaitGroup;

/** Controlled schedules: PCT and scripted replay pick among every runnable goroutine at switch points. */
class StrategyTest {

    /** Three goroutines each append their name at a switch point; main waits for all. */
    static String order(Strategy st, int procs) {
        List<String> out = new ArrayList<>();
        Run.run(Run.cfg().withProcs(procs).withStrategy(st), s -> {
            WaitGroup wg = new WaitGroup(s);
            wg.add(3);
            for (String name : new String[] {"a", "b", "c"}) {
                s.go(() -> {
                    s.syncPoint(SyncOp.OUTPUT, 0);
                    out.add(name);
                    wg.done();
                }, null);
            }
            wg.waitg();
            assertEquals(procs, s.procs(), "GOMAXPROCS reads the configured value");
        });
        return String.join("", out);
    }

    @Test
    void pctReplaysFromItsSeed() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(order(new PctStrategy(seed, 3, 20), 4), order(new PctStrategy(seed, 3, 20), 4), "seed " + seed);
        }
    }

    @Test
    void pctReachesEveryOrderOfThreeGoroutines() {
        Set<String> seen = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) seen.add(order(new PctStrategy(seed, 1, 20), 2));
        assertEquals(Set.of("abc", "acb", "bac", "bca", "cab", "cba"), seen);
    }

    @Test
    void scriptedReplaysAChoiceList() {
        // Goroutines are 2, 3, 4. Pick main until it waits, then 4, 3, 2.
        List<String> seen = new ArrayList<>();
        for (String script : new String[] {"4.3.2", "3.4.2", "2.3.4"}) {
            ScriptedStrategy st = ScriptedStrategy.parse(script);
            String o = order(new Strategy() {
                @Override
                public G pick(List<G> candidates, G last) {
                    // let main run until it blocks in Wait, then follow the script
                    for (G g : candidates) if (g.isMain()) return g;
                    return st.pick(candidates, last);
                }

                @Override
                public int choose(int n) {
                    return st.choose(n);
                }
            }, 1);
            seen.add(o);
            assertTrue(!st.diverged(), script);
        }
        assertEquals(List.of("cba", "bca", "abc"), seen);
    }

    @Test
    void scriptRejectsGarbage() {
        try {
            ScriptedStrategy.parse("1.x.2");
            throw new AssertionError("accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
        }
        assertEquals(0, ScriptedStrategy.parse("none").choose(3));
    }
}
