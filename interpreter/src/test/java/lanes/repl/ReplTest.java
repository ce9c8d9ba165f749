package lanes.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;

/** The REPL driven through JLine's LineReader on a virtual terminal, as a user types. */
class ReplTest {
    @TempDir
    Path dir;

    private ReplHarness repl() throws Exception {
        return new ReplHarness(dir.resolve("history"));
    }

    /** The text between the n-th prompt and the next one. */
    private static String after(String screen, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = screen.indexOf(Repl.PROMPT, at + 1);
        int next = screen.indexOf(Repl.PROMPT, at + 1);
        return screen.substring(at + Repl.PROMPT.length(), next < 0 ? screen.length() : next);
    }

    @Test
    void expressionsPrintValueAndTypeAndVariablesPersist() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("x := 40\n");
            r.prompt(2);
            r.type("x + 2\n");
            r.prompt(3);
            r.type("\"go\" + \"pher\"\n");
            String s = r.prompt(4);
            assertTrue(after(s, 2).contains("42 (int)"), s);
            assertTrue(after(s, 3).contains("\"gopher\" (string)"), s);
        }
    }

    @Test
    void unfinishedInputContinuesOnTheContinuationPrompt() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("func double(n int) int {\n");
            r.waitFor(Repl.CONTINUATION);
            r.type("return n * 2\n");
            r.waitFor(Repl.CONTINUATION, 2);
            r.type("}\n");
            r.prompt(2);
            r.type("fmt.Println(double(21),\n");
            r.waitFor(Repl.CONTINUATION, 3);
            r.type("\"done\")\n");
            String s = r.prompt(3);
            assertTrue(after(s, 2).contains("42 done"), s);
        }
    }

    @Test
    void wrongInputReportsPositionsRelativeToTheInputAndKeepsTheSession() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("y := 1\n");
            r.prompt(2);
            r.type("z := y + nope\n");
            r.prompt(3);
            r.type("y\n");
            String s = r.prompt(4);
            assertTrue(after(s, 2).contains("#2:1:10: undefined: nope"), s);
            assertTrue(after(s, 3).contains("1 (int)"), s);
        }
    }

    @Test
    void tabCompletesPackageMembers() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("fmt.Printl\t(\"completed\")\n");
            String s = r.prompt(2);
            assertTrue(after(s, 1).contains("fmt.Println(\"completed\")"), s);
            assertTrue(s.contains("completed\n"), s);
        }
    }

    @Test
    void goroutinesPrintBetweenInputsAndLiveAcrossThem() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("ch := make(chan string)\n");
            r.prompt(2);
            r.type("go func() { for m := range ch { fmt.Println(\"worker got\", m) } }()\n");
            r.prompt(3);
            r.type("ch <- \"a\"\n");
            r.prompt(4);
            r.type("ch <- \"b\"\n");
            r.prompt(5);
            r.type("/gor\n");
            String s = r.prompt(6);
            assertTrue(after(s, 3).contains("worker got a"), s);
            assertTrue(after(s, 4).contains("worker got b"), s);
            String g = after(s, 5);
            assertTrue(g.contains("goroutine 1 [waiting for input] (main)"), g);
            assertTrue(g.contains("goroutine 2 [chan receive]"), g);
            assertTrue(g.contains("created by main.main in goroutine 1 at #2:1"), g);
        }
    }

    @Test
    void aDeadlockIsReportedAndTheSessionGoesOn() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("ch := make(chan int)\n");
            r.prompt(2);
            r.type("<-ch\n");
            r.prompt(3);
            r.type("go func() { ch <- 7 }()\n");
            r.prompt(4);
            r.type("<-ch\n");
            String s = r.prompt(5);
            String dead = after(s, 2);
            assertTrue(dead.contains("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t#2:1\n"), dead);
            assertTrue(after(s, 4).contains("7 (int)"), s);
        }
    }

    @Test
    void aPanicIsReportedWithItsInputLineAndTheSessionGoesOn() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("n := 3\n");
            r.prompt(2);
            r.type("a := []int{1, 2}\n");
            r.prompt(3);
            r.type("fmt.Println(\"before\")\n");
            r.prompt(4);
            r.type("if n > 2 {\n");
            r.waitFor(Repl.CONTINUATION);
            r.type("fmt.Println(a[n])\n");
            r.waitFor(Repl.CONTINUATION, 2);
            r.type("}\n");
            r.prompt(5);
            r.type("n\n");
            String s = r.prompt(6);
            String p = after(s, 4);
            assertTrue(p.contains("panic: runtime error: index out of range [3] with length 2\n\ngoroutine 1 [running]:\nmain.main()\n\t#4:2\n"), p);
            assertTrue(after(s, 5).contains("3 (int)"), s);
        }
    }

    @Test
    void ctrlCStopsARunningLoopAndKeepsTheSession() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("count := 0\n");
            r.prompt(2);
            r.type("fmt.Println(\"spinning\"); for { count++ }\n");
            r.waitFor("spinning\n");
            Thread.sleep(200);
            r.type("\u0003");
            r.waitFor("lanes: interrupted");
            r.prompt(3);
            r.type("count > 0\n");
            String s = r.prompt(4);
            assertTrue(after(s, 3).contains("true (bool)"), s);
        }
    }

    @Test
    void ctrlCWhileTypingDropsTheLine() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("for {\n");
            r.waitFor(Repl.CONTINUATION);
            r.type("\u0003");
            r.prompt(2);
            r.type("1 + 1\n");
            String s = r.prompt(3);
            assertTrue(after(s, 2).contains("2 (int)"), s);
        }
    }

    @Test
    void saveWritesAProgramThatRuns() throws Exception {
        Path file = dir.resolve("saved.go");
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("type Counter struct { n int }\n");
            r.prompt(2);
            r.type("func (c *Counter) Inc() { c.n++ }\n");
            r.prompt(3);
            r.type("c := &Counter{}\n");
            r.prompt(4);
            r.type("done := make(chan bool)\n");
            r.prompt(5);
            r.type("go func() { c.Inc(); done <- true }()\n");
            r.prompt(6);
            r.type("<-done\n");
            r.prompt(7);
            r.type("c.n\n");
            r.prompt(8);
            r.type("unused := 5\n");
            r.prompt(9);
            r.type("func bump() { c.Inc() }\n");
            r.prompt(10);
            r.type("<-done\n");
            r.prompt(11);
            r.type("bump(); c.n\n");
            r.prompt(12);
            r.type("/save " + file + "\n");
            r.prompt(13);
            r.type("/list\n");
            String s = r.prompt(14);
            assertTrue(after(s, 7).contains("1 (int)"), s);
            assertTrue(after(s, 10).contains("deadlock!"), s);
            assertTrue(after(s, 11).contains("2 (int)"), s);
            assertTrue(after(s, 12).contains("wrote " + file), s);
            assertTrue(after(s, 13).contains("#10!  <-done"), s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lanes.runFile(file, List.of(), RunConfig.defaults(), out, err);
        assertEquals("", err.toString(StandardCharsets.UTF_8), Files.readString(file));
        assertEquals(0, code);
        assertEquals("true\n1\n2\n", out.toString(StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void commandsByUniquePrefixAndHelp() throws Exception {
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("/he\n");
            r.prompt(2);
            r.type("/s\n");
            r.prompt(3);
            r.type("/ex\n");
            assertEquals(0, r.awaitExit());
            String s = r.screen();
            String help = after(s, 1);
            for (Commands.Command c : Commands.ALL) assertTrue(help.contains(c.name()) && help.contains("e.g. " + c.example()), c.name());
            assertTrue(after(s, 2).contains("/s is ambiguous: /save /seed"), s);
        }
    }

    @Test
    void ctrlDExitsAndHistoryIsKept() throws Exception {
        Path history = dir.resolve("history");
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("answer := 42\n");
            r.prompt(2);
            r.type("\u0004");
            assertEquals(0, r.awaitExit());
        }
        assertTrue(Files.readString(history).contains("answer := 42"));
    }

    @Test
    void loadEntersDeclarationsAndMainBody() throws Exception {
        Path prog = dir.resolve("prog.go");
        Files.writeString(prog, """
                package main

                import (
                \t"fmt"
                )

                func square(x int) int { return x * x }

                func main() {
                \tresult := square(7)
                \tfmt.Println("loaded", result)
                }
                """);
        try (ReplHarness r = repl()) {
            r.prompt(1);
            r.type("/load " + prog + "\n");
            r.prompt(2);
            r.type("result + square(2)\n");
            String s = r.prompt(3);
            assertTrue(after(s, 1).contains("loaded 49"), s);
            assertTrue(after(s, 2).contains("53 (int)"), s);
        }
    }
}
