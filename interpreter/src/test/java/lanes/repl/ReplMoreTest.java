package lanes.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More of the REPL through the virtual terminal: completion, time, tracing, sessions that end. */
class ReplMoreTest {
    @TempDir
    Path dir;

    private static String after(String screen, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = screen.indexOf(Repl.PROMPT, at + 1);
        int next = screen.indexOf(Repl.PROMPT, at + 1);
        return screen.substring(at + Repl.PROMPT.length(), next < 0 ? screen.length() : next);
    }

    @Test
    void tabCompletesFieldsAndMethodsOfAVariable() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("type Account struct { Balance int }\n");
            r.prompt(2);
            r.type("func (a *Account) Deposit(n int) { a.Balance += n }\n");
            r.prompt(3);
            r.type("acct := &Account{}\n");
            r.prompt(4);
            r.type("acct.Dep\t(5)\n");
            r.prompt(5);
            r.type("acct.Bal\t\n");
            String s = r.prompt(6);
            assertTrue(after(s, 4).contains("acct.Deposit(5)"), s);
            assertTrue(after(s, 5).contains("5 (int)"), s);
            GoCompleter c = new GoCompleter(r.repl.session());
            assertEquals(List.of("fmt.Print", "fmt.Printf", "fmt.Println"), c.candidates("fmt.Pri", 7));
            assertEquals(List.of("acct.Balance", "acct.Deposit"), c.candidates("x := acct.", 10));
            assertEquals(List.of("/goroutines"), c.candidates("/go", 3));
            assertTrue(c.candidates("go", 2).containsAll(List.of("go", "goto")));
            assertTrue(c.candidates("ac", 2).contains("acct"));
            assertTrue(c.candidates("str", 3).contains("strings"));
        }
    }

    @Test
    void highlightingColoursGoAndIsOffWithoutATerminalOrWithNoColor() {
        AttributedString a = GoHighlighter.highlight("for i := 0; i < 3; i++ { fmt.Println(\"hi\") } // done");
        assertEquals("for i := 0; i < 3; i++ { fmt.Println(\"hi\") } // done", a.toString());
        assertEquals(GoHighlighter.KEYWORD, a.styleAt(0));
        assertEquals(GoHighlighter.NUMBER, a.styleAt(9));
        assertEquals(GoHighlighter.STRING, a.styleAt(38));
        assertEquals(GoHighlighter.COMMENT, a.styleAt(46));
        assertTrue(Repl.colourWanted("xterm-256color", true, null));
        assertTrue(Repl.colourWanted("xterm-256color", true, ""));
        assertFalse(Repl.colourWanted("xterm-256color", true, "1"));
        assertFalse(Repl.colourWanted("xterm-256color", false, null));
        assertFalse(Repl.colourWanted("dumb", true, null));
    }

    @Test
    void virtualTimePassesWhileAnInputRunsAndGoroutinesWakeOnIt() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("go func() { time.Sleep(time.Second); fmt.Println(\"woke at\", time.Since(start)) }()\n");
            String s1 = r.prompt(2);
            assertTrue(after(s1, 1).contains("undefined: start"), s1);
            r.type("start := time.Now()\n");
            r.prompt(3);
            r.type("go func() { time.Sleep(time.Second); fmt.Println(\"woke at\", time.Since(start)) }()\n");
            r.prompt(4);
            r.type("/time\n");
            r.prompt(5);
            r.type("time.Sleep(3 * time.Second)\n");
            r.prompt(6);
            r.type("/time\n");
            String s = r.prompt(7);
            assertTrue(after(s, 4).contains("virtual time: 0s"), s);
            assertTrue(after(s, 5).contains("woke at 1s"), s);
            assertTrue(after(s, 6).contains("virtual time: 3s"), s);
        }
    }

    @Test
    void traceShowsSchedulingEventsLive() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("/trace on\n");
            r.prompt(2);
            r.type("go fmt.Println(\"hello\")\n");
            r.prompt(3);
            r.type("/trace off\n");
            r.prompt(4);
            r.type("go fmt.Println(\"quiet\")\n");
            String s = r.prompt(5);
            String traced = after(s, 2);
            assertTrue(traced.contains("[trace] go-create     g2 peer 1 on P0"), traced);
            assertTrue(traced.contains("[trace] go-run        g2"), traced);
            assertTrue(traced.indexOf("hello") < traced.indexOf("[trace] go-end        g2"), traced);
            assertFalse(after(s, 4).contains("[trace]"), s);
        }
    }

    @Test
    void aPanicInAGoroutineIsReportedAndTheSessionGoesOn() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("var m map[string]int\n");
            r.prompt(2);
            r.type("go func() {\n");
            r.type("m[\"x\"] = 1\n");
            r.type("}()\n");
            r.prompt(3);
            r.type("len(m)\n");
            String s = r.prompt(4);
            String p = after(s, 2);
            assertTrue(p.contains("panic: assignment to entry in nil map\n\ngoroutine 2 [running]:\nmain.main.func1()\n\t#2:2\n"
                    + "created by main.main in goroutine 1\n\t#2:1\n"), p);
            assertTrue(after(s, 3).contains("0 (int)"), s);
        }
    }

    @Test
    void osExitEndsTheProgramAndANewSessionKeepsTheDeclarations() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("func twice(n int) int { return 2 * n }\n");
            r.prompt(2);
            r.type("v := 1\n");
            r.prompt(3);
            r.type("os.Exit(3)\n");
            r.prompt(4);
            r.type("twice(4)\n");
            r.prompt(5);
            r.type("v\n");
            String s = r.prompt(6);
            assertTrue(after(s, 3).contains("exit status 3"), s);
            assertTrue(after(s, 4).contains("8 (int)"), s);
            assertTrue(after(s, 5).contains("undefined: v"), s);
        }
    }

    @Test
    void seedAndProcsChangeTheSchedule() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("/procs 1\n");
            r.prompt(2);
            r.type("runtime.GOMAXPROCS(0)\n");
            r.prompt(3);
            r.type("/seed 42\n");
            r.prompt(4);
            r.type("/vars\n");
            String s = r.prompt(5);
            assertTrue(after(s, 1).contains("GOMAXPROCS 8 -> 1"), s);
            assertTrue(after(s, 2).contains("1 (int)"), s);
            assertTrue(after(s, 3).contains("new session with seed 42"), s);
            assertEquals(42, r.repl.session().config().seed());
        }
    }

    @Test
    void redefinitionReplacesAndUnusedNamesAreNoErrors() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("import \"strings\"\n");
            r.prompt(2);
            r.type("func greet() string { return \"hi\" }\n");
            r.prompt(3);
            r.type("func greet() string { return strings.Repeat(\"ho\", 2) }\n");
            r.prompt(4);
            r.type("greet()\n");
            r.prompt(5);
            r.type("for i := 0; i < 2; i++ { unused := i }\n");
            String s = r.prompt(6);
            assertTrue(after(s, 4).contains("\"hoho\" (string)"), s);
            assertFalse(after(s, 5).contains("declared and not used"), s);
        }
    }

    @Test
    void ctrlCStopsARunawayGoroutineBetweenInputs() throws Exception {
        try (ReplHarness r = new ReplHarness(dir.resolve("h"))) {
            r.prompt(1);
            r.type("n := 0\n");
            r.prompt(2);
            r.type("go func() { fmt.Println(\"spinning\"); for { n++ } }()\n");
            r.waitFor("spinning\n");
            Thread.sleep(200);
            r.type("\u0003");
            r.waitFor("lanes: interrupted; stopped goroutine 2");
            r.prompt(3);
            r.type("n > 0\n");
            r.prompt(4);
            r.type("runtime.NumGoroutine()\n");
            String s = r.prompt(5);
            assertTrue(after(s, 3).contains("true (bool)"), s);
            assertTrue(after(s, 4).contains("1 (int)"), s);
        }
    }
}
