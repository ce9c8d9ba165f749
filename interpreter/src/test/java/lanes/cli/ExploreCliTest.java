package lanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lanes.explore.Explorer;
import picocli.CommandLine;

/** lanes explore: outcomes, counts, and replay commands that really replay. */
class ExploreCliTest {
    static final Path DIR = Path.of("src/test/resources/explore");

    record Out(String stdout, String stderr, int code) {}

    static Explorer explorer(String name, List<Integer> procs, String strategy, int runs, boolean exhaustive, long bound) throws Exception {
        Path f = DIR.resolve(name);
        String src = Files.readString(f);
        return new Explorer(new Explorer.Options(f.toString(), f.toAbsolutePath().toString(), src, List.of(), runs, 0, procs,
                strategy, 3, exhaustive, bound, 50_000_000L, 20_000, 2, false, false));
    }

    static String print(Explorer ex, Explorer.Report r, int[] code) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        code[0] = ex.print(r, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** Runs a replay command exactly as printed (lanes run OPTIONS FILE), in-process. */
    static Out replay(String command) {
        List<String> words = new ArrayList<>(Arrays.asList(command.trim().split(" +")));
        assertEquals("lanes", words.remove(0), command);
        String[] argv = words.toArray(new String[0]);
        CommandLine.ParseResult pr = Main.commandLine(argv).parseArgs(argv);
        Main.Run run = (Main.Run) pr.subcommand().commandSpec().userObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Lanes.runFile(run.file, run.args, run.config(), out, err);
        return new Out(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    static void replaysReproduce(Explorer.Report r) {
        for (Explorer.Outcome o : r.outcomes) {
            Out got = replay(o.replay);
            assertEquals(o.stdout, got.stdout(), "stdout of " + o.replay);
            assertEquals(o.exit, got.code(), "exit status of " + o.replay);
        }
    }

    static Set<String> stdouts(Explorer.Report r) {
        Set<String> s = new HashSet<>();
        for (Explorer.Outcome o : r.outcomes) s.add(o.stdout);
        return s;
    }

    @Test
    void twoGoroutinesPrintingHaveTwoOutcomes() throws Exception {
        Explorer ex = explorer("twoprint.go", List.of(1, 2, 8), "both", 48, false, 1);
        Explorer.Report r = ex.explore(null);
        assertEquals(48, r.runs);
        assertEquals(Set.of("a\nb\n", "b\na\n"), stdouts(r));
        assertEquals(48, r.outcomes.stream().mapToInt(o -> o.count).sum());
        int[] code = new int[1];
        String text = print(ex, r, code);
        assertEquals(0, code[0], text);
        assertTrue(text.contains("2 distinct outcomes"), text);
        assertTrue(r.outcomes.stream().anyMatch(o -> o.replay.contains("--pct 3 --pct-steps ")), text);
        replaysReproduce(r);
    }

    @Test
    void pctAloneFindsBothOrders() throws Exception {
        Explorer.Report r = explorer("twoprint.go", List.of(2), "pct", 30, false, 1).explore(null);
        assertEquals(Set.of("a\nb\n", "b\na\n"), stdouts(r));
        assertTrue(r.pctSteps > 1);
        replaysReproduce(r);
    }

    @Test
    void racyCounterHasSeveralOutcomesWithSeveralProcs() throws Exception {
        Explorer.Report r = explorer("racy.go", List.of(4), "random", 12, false, 1).explore(null);
        assertTrue(r.outcomes.size() >= 2, "outcomes: " + stdouts(r));
        assertTrue(stdouts(r).contains("4000\n"));
        replaysReproduce(r);
    }

    @Test
    void deadlockUnderSomeSchedulesIsReportedWithAReplayThatDeadlocks() throws Exception {
        Explorer ex = explorer("lockorder.go", List.of(1, 2, 8), "both", 90, false, 1);
        Explorer.Report r = ex.explore(null);
        Explorer.Outcome dl = r.outcomes.stream().filter(o -> o.kind == Explorer.Kind.DEADLOCK).findFirst().orElseThrow();
        assertTrue(r.outcomes.stream().anyMatch(o -> o.kind == Explorer.Kind.OK));
        int[] code = new int[1];
        String text = print(ex, r, code);
        assertEquals(1, code[0], text);
        assertTrue(text.contains("(deadlock)") && text.contains("found: deadlock"), text);
        Out got = replay(dl.replay);
        assertEquals(2, got.code());
        assertTrue(got.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!"), got.stderr());
    }

    @Test
    void exhaustiveFindsTheDeadlockAndItsScheduleReplays() throws Exception {
        Explorer ex = explorer("lockorder.go", List.of(2), "both", 1, true, 5000);
        Explorer.Report r = ex.explore(null);
        assertTrue(r.exhaustedSpace);
        assertEquals(Set.of("", "one\ntwo\n", "two\none\n"), stdouts(r));
        int[] code = new int[1];
        String text = print(ex, r, code);
        assertEquals(1, code[0]);
        assertTrue(text.startsWith("all " + r.runs + " schedules explored"), text);
        replaysReproduce(r);
        Explorer.Outcome dl = r.outcomes.stream().filter(o -> o.kind == Explorer.Kind.DEADLOCK).findFirst().orElseThrow();
        assertTrue(dl.replay.contains("--schedule "), dl.replay);
        assertTrue(replay(dl.replay).stderr().contains("deadlock!"));
    }

    @Test
    void exhaustiveCountsOnTinyPrograms() throws Exception {
        record Case(String file, int schedules, int outcomes) {}
        for (Case c : List.of(new Case("single.go", 1, 1), new Case("pingpong.go", 6, 1), new Case("selectpick.go", 2, 2),
                new Case("twoprint.go", 12, 2))) {
            Explorer ex = explorer(c.file(), List.of(1), "both", 1, true, 5000);
            Explorer.Report r = ex.explore(null);
            assertTrue(r.exhaustedSpace, c.file());
            assertEquals(c.schedules(), r.runs, c.file());
            assertEquals(c.outcomes(), r.outcomes.size(), c.file());
            int[] code = new int[1];
            String text = print(ex, r, code);
            assertTrue(text.startsWith("all " + c.schedules() + (c.schedules() == 1 ? " schedule" : " schedules") + " explored"), text);
            replaysReproduce(r);
        }
    }

    @Test
    void exhaustiveSelectCoversBothCases() throws Exception {
        Explorer.Report r = explorer("selectpick.go", List.of(1), "both", 1, true, 100).explore(null);
        assertEquals(Set.of("a\n", "b\n"), stdouts(r));
    }

    @Test
    void exhaustiveFindsTheSendOnClosedChannelPanic() throws Exception {
        Explorer.Report r = explorer("closepanic.go", List.of(1), "both", 1, true, 5000).explore(null);
        Explorer.Outcome p = r.outcomes.stream().filter(o -> o.kind == Explorer.Kind.PANIC).findFirst().orElseThrow();
        assertTrue(p.stderr.startsWith("panic: send on closed channel"), p.stderr);
        Out got = replay(p.replay);
        assertEquals(2, got.code());
        assertTrue(got.stderr().startsWith("panic: send on closed channel"));
    }

    @Test
    void exhaustiveRefusesATooLargeSpace() throws Exception {
        Explorer ex = explorer("many.go", List.of(1), "both", 1, true, 50);
        Explorer.Report r = ex.explore(null);
        assertTrue(r.refused);
        int[] code = new int[1];
        String text = print(ex, r, code);
        assertEquals(2, code[0]);
        assertTrue(text.startsWith("lanes explore: refused: ") && text.contains("more than 50 schedules"), text);
    }

    @Test
    void timeBudgetStopsEarly() throws Exception {
        Path f = DIR.resolve("twoprint.go");
        Explorer ex = new Explorer(new Explorer.Options(f.toString(), f.toString(), Files.readString(f), List.of(), 1_000_000, 0.5,
                List.of(1, 2), "both", 3, false, 1, 1_000_000, 10_000, 2, false, false));
        long t0 = System.nanoTime();
        Explorer.Report r = ex.explore(null);
        assertTrue(r.runs > 0 && r.runs < 1_000_000, "runs " + r.runs);
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "took too long");
        int[] code = new int[1];
        assertTrue(print(ex, r, code).startsWith(r.runs + " runs of "));
    }

    @Test
    void compileErrorsArePrintedOnce() throws Exception {
        Path f = Files.createTempFile("bad", ".go");
        Files.writeString(f, "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Explorer ex = new Explorer(new Explorer.Options(f.toString(), f.toString(), Files.readString(f), List.of(), 10, 0,
                List.of(1), "both", 3, false, 1, 1_000_000, 10_000, 1, false, false));
        int[] code = new int[1];
        String text = print(ex, ex.explore(null), code);
        assertEquals(2, code[0]);
        assertTrue(text.startsWith("# command-line-arguments\n") && text.contains("declared and not used: x"), text);
        Files.delete(f);
    }
}
