package lanes.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.interp.RunConfig;

/**
 * Text timelines against committed expected outputs ({@code X.timeline} next to {@code X.go}
 * under src/test/resources/timeline), on the default schedule, which replays exactly.
 */
class TimelineTest {
    static final Path DIR = Path.of("src/test/resources/timeline");

    static Timeline record(String name, RunConfig cfg) throws Exception {
        String src = Files.readString(DIR.resolve(name + ".go"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        return TraceRun.record(name + ".go", "/tmp/" + name + ".go", src, List.of(), cfg, out, err, new int[1]);
    }

    static void golden(String name) throws Exception {
        Timeline t = record(name, RunConfig.defaults());
        String got = TextTimeline.render(t, TraceRun.WIDTH);
        String want = Files.readString(DIR.resolve(name + ".timeline"), StandardCharsets.UTF_8);
        assertEquals(want, got, name);
    }

    @Test
    void workersWithChannelsLocksAndSleep() throws Exception {
        golden("workers");
    }

    @Test
    void lockOrder() throws Exception {
        golden("lockorder");
    }

    @Test
    void panicIsMarked() throws Exception {
        golden("panic");
    }

    @Test
    void manyGoroutinesAreSummedUp() throws Exception {
        golden("fan");
    }

    @Test
    void deadlockIsMarkedOnEveryLane() throws Exception {
        Timeline t = record("lockorder", RunConfig.defaults().withStrategy(() -> lanes.runtime.ScriptedStrategy.parse("2.1.3.2.1.3.2")).withProcs(2));
        String text = TextTimeline.render(t, TraceRun.WIDTH);
        assertTrue(text.contains("; deadlock\n"), text);
        String[] rows = text.split("\n");
        int xs = 0;
        for (String r : rows) if (r.startsWith("g") && r.contains("|") && r.endsWith("X|")) xs++;
        assertEquals(3, xs, text);
        assertTrue(text.contains("g2: blocked: sync.Mutex.Lock at lockorder.go:"), text);
    }

    @Test
    void channelMessagesArePairedFirstInFirstOut() throws Exception {
        Timeline t = record("workers", RunConfig.defaults());
        long sends = t.arrows.stream().filter(a -> a.kind().equals("chan")).count();
        assertEquals(6, sends); // 3 jobs to the workers, 3 results back
        assertEquals(2, t.arrows.stream().filter(a -> a.kind().equals("go")).count());
        for (Timeline.Arrow a : t.arrows) assertTrue(a.fromStep() <= a.toStep(), a.toString());
    }

    @Test
    void narrowTerminalsStillGetOneRowPerGoroutine() throws Exception {
        Timeline t = record("workers", RunConfig.defaults());
        String text = TextTimeline.render(t, 8);
        assertTrue(text.contains("\ng1    |") && text.contains("\ng2    |") && text.contains("\ng3    |"), text);
    }
}
