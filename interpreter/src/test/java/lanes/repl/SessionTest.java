package lanes.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import lanes.interp.RunConfig;

/** The session without a terminal: completeness by the parser, and what inputs mean. */
class SessionTest {
    @Test
    void theGoParserDecidesWhetherAnInputIsFinished() {
        assertFalse(Session.isComplete("func f() {"));
        assertFalse(Session.isComplete("for i := 0; i < 3; i++ {"));
        assertFalse(Session.isComplete("fmt.Println(1,"));
        assertFalse(Session.isComplete("s := `raw"));
        assertFalse(Session.isComplete("/* note"));
        assertFalse(Session.isComplete("type T struct {"));
        assertFalse(Session.isComplete("if x {\n} else {"));
        // braces in strings, runes and comments are not counted
        assertTrue(Session.isComplete("s := \"{{{\""));
        assertTrue(Session.isComplete("r := '{' // {"));
        assertTrue(Session.isComplete("func f() { }"));
        // a wrong input is complete: it gets its error at once
        assertTrue(Session.isComplete("x := )"));
        assertTrue(Session.isComplete("}"));
        assertTrue(Session.isComplete("fmt.Println(\"a\""));
        assertTrue(Session.isComplete("/help"));
        assertTrue(Session.isComplete(""));
    }

    @Test
    void inputsBuildOnEachOther() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session s = new Session(RunConfig.defaults(), out);
        try {
            assertTrue(s.eval("type Pt struct{ X, Y int }").ok());
            assertTrue(s.eval("func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }").ok());
            assertTrue(s.eval("a := Pt{1, 2}").ok());
            assertTrue(s.eval("a.Add(Pt{10, 20})").ok());
            assertTrue(s.eval("var total int\nfor i := range 5 { total += i }").ok());
            assertTrue(s.eval("total").ok());
            assertTrue(s.eval("const Big = 1 << 40\nBig").ok());
            assertFalse(s.eval("a.Z").ok());
            assertEquals("{11 22} (main.Pt)\n10 (int)\n1099511627776 (int)\n#8:1:3: a.Z undefined (type Pt has no field or method Z)\n",
                    out.toString(StandardCharsets.UTF_8));
        } finally {
            s.close();
        }
    }

    @Test
    void functionsAndMethodsCanBeRedefined() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session s = new Session(RunConfig.defaults(), out);
        try {
            assertTrue(s.eval("type Dog struct{}").ok());
            assertTrue(s.eval("func (Dog) Sound() string { return \"woof\" }").ok());
            assertTrue(s.eval("var pet interface{ Sound() string } = Dog{}").ok());
            assertTrue(s.eval("func (Dog) Sound() string { return \"WOOF\" }").ok());
            assertTrue(s.eval("pet.Sound()").ok());
            assertTrue(s.eval("func f() int { return 1 }").ok());
            assertTrue(s.eval("func f() string { return \"now a string\" }").ok());
            assertTrue(s.eval("f()").ok());
            assertFalse(s.eval("func (Dog) Bark() {}; func (Dog) Bark() {}").ok());
            assertEquals("\"WOOF\" (string)\n\"now a string\" (string)\n#9:1:34: method Dog.Bark already declared\n",
                    out.toString(StandardCharsets.UTF_8));
        } finally {
            s.close();
        }
    }

    @Test
    void callersCompiledEarlierReachARedefinedFunction() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session s = new Session(RunConfig.defaults(), out);
        try {
            assertTrue(s.eval("func f() int { return 1 }").ok());
            assertTrue(s.eval("func g() int { return f() * 10 }").ok());
            assertTrue(s.eval("h := f").ok());
            // a goroutine blocked inside the old f finishes the old body
            assertTrue(s.eval("ch := make(chan int)").ok());
            assertTrue(s.eval("func w() { <-ch; fmt.Println(\"old w ends\") }").ok());
            assertTrue(s.eval("go w()").ok());
            assertTrue(s.eval("func f() int { return 2 }").ok());
            assertTrue(s.eval("func w() { fmt.Println(\"new w\") }").ok());
            assertTrue(s.eval("g()").ok());                      // 20: g calls the new f
            assertTrue(s.eval("h()").ok());                      // 1: h took f's value before
            assertTrue(s.eval("ch <- 1; time.Sleep(time.Millisecond)").ok());
            assertTrue(s.eval("w()").ok());
            assertFalse(s.eval("func f() int { return missing }").ok());
            assertTrue(s.eval("g()").ok());                      // 20: a redefinition that fails changes nothing
            assertTrue(s.eval("func f() string { return \"s\" }").ok());
            assertTrue(s.eval("g()").ok());                      // 20: g was checked against f() int
            assertTrue(s.eval("func fact(n int) int { if n == 0 { return 1 }; return n * fact(n-1) }").ok());
            assertTrue(s.eval("func fact(n int) int { if n <= 1 { return 1 }; return n * fact(n-1) + 1 }").ok());
            assertTrue(s.eval("fact(3)").ok());                  // 3*(2*1+1)+1 = 10: the recursion is the new body too
            assertEquals("20 (int)\n1 (int)\nold w ends\nnew w\n#13:1:23: undefined: missing\n20 (int)\n20 (int)\n10 (int)\n",
                    out.toString(StandardCharsets.UTF_8));
        } finally {
            s.close();
        }
    }
}
