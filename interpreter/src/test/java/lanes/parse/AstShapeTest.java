package lanes.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.StringJoiner;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;
import lanes.diag.CompileError;
import org.junit.jupiter.api.Test;

/** The AST the parser builds, as S-expressions ({@link Sexp}), plus the positions it records. */
class AstShapeTest {
    private static SourceFile file(String source) {
        try {
            return GoParse.parse("t.go", source);
        } catch (CompileError e) {
            throw new AssertionError(e.diagnostics().get(0).toString());
        }
    }

    private static List<Stmt> stmts(String body) {
        SourceFile f = file("package main\n\nfunc main() {\n" + body + "\n}\n");
        return ((Decl.Func) f.decls().get(f.decls().size() - 1)).body().stmts();
    }

    private static String body(String body) {
        StringJoiner j = new StringJoiner(" ");
        for (Stmt s : stmts(body)) j.add(Sexp.of(s));
        return j.toString();
    }

    private static String expr(String e) {
        return Sexp.of(((Stmt.Assign) stmts("_ = " + e).get(0)).rhs().get(0));
    }

    private static String decls(String source) {
        StringJoiner j = new StringJoiner(" ");
        for (Decl d : file("package p\n" + source + "\n").decls()) j.add(Sexp.of(d));
        return j.toString();
    }

    @Test
    void binaryPrecedenceAndAssociativity() {
        assertEquals("(- (+ a (* b c)) d)", expr("a + b*c - d"));
        assertEquals("(|| a (&& b (== c d)))", expr("a || b && c == d"));
        assertEquals("(== (< a b) c)", expr("a < b == c"));
        assertEquals("(* (- a) b)", expr("-a * b"));
        assertEquals("(+ (<< x 1) 2)", expr("x << 1 + 2"));
        assertEquals("(| (&^ a b) c)", expr("a &^ b | c"));
        assertEquals("(+ (* p) (<- ch))", expr("*p + <-ch"));
        assertEquals("(&& (! ok) (^ x))", expr("!ok && ^x"));
        assertEquals("(- (- a b) c)", expr("a - b - c"));
    }

    @Test
    void parenthesesAreKept() {
        assertEquals("(* (paren (+ a b)) c)", expr("(a + b) * c"));
    }

    @Test
    void primaryExpressions() {
        assertEquals("(call f [a b] ...)", expr("f(a, b...)"));
        assertEquals("(index (call (. (. x y) z) [1]) 2)", expr("x.y.z(1)[2]"));
        assertEquals("(slice s 1 _)", expr("s[1:]"));
        assertEquals("(slice s _ 2 3)", expr("s[:2:3]"));
        assertEquals("(slice s _ _)", expr("s[:]"));
        assertEquals("(assert v int)", expr("v.(int)"));
        assertEquals("(assert v (* (. pkg T)))", expr("v.(*pkg.T)"));
        assertEquals("(call f)", expr("f()"));
        assertEquals("'a'", expr("'a'"));
        assertEquals("`raw`", expr("`raw`"));
    }

    @Test
    void compositeLiterals() {
        assertEquals("(lit ([_] int) [1 2])", expr("[]int{1, 2,}"));
        assertEquals("(lit (map string Pt) [\"a\":(lit _ [X:1])])", expr("map[string]Pt{\"a\": {X: 1}}"));
        assertEquals("(lit Pt [X:1 Y:2])", expr("Pt{X: 1, Y: 2}"));
        assertEquals("(lit (. pkg T) [])", expr("pkg.T{}"));
        assertEquals("(lit ([...] int) [1])", expr("[...]int{1}"));
        assertEquals("(lit ([3] ([_] int)) [(lit _ [1]) (lit _ [])])", expr("[3][]int{{1}, {}}"));
        assertEquals("(& (lit Pt []))", expr("&Pt{}"));
        assertEquals("(lit (struct []) [])", expr("struct{}{}"));
        assertEquals("(index (lit ([_] int) [1]) 0)", expr("[]int{1}[0]"));
    }

    @Test
    void typesAsExpressions() {
        assertEquals("(call ([_] byte) [s])", expr("[]byte(s)"));
        assertEquals("(call (interface [] []) [x])", expr("interface{}(x)"));
        assertEquals("(call (paren (* T)) [p])", expr("(*T)(p)"));
        assertEquals("(call make [(chan BOTH int) 3])", expr("make(chan int, 3)"));
        assertEquals("(call make [(chan RECV int)])", expr("make(<-chan int)"));
        assertEquals("(call make [(chan SEND (chan BOTH int))])", expr("make(chan<- chan int)"));
        assertEquals("(call make [(map string ([_] int))])", expr("make(map[string][]int)"));
        assertEquals("(call new [(struct [(field [x] int)])])", expr("new(struct{ x int })"));
        assertEquals("(call (functype [] [(field [] int)]) [f])", expr("func() int(f)"));
        assertEquals("(<- (paren (chan BOTH int)))", expr("<-(chan int)"));
        assertEquals("(. (interface [(field [M] (functype [] []))] []) M)", expr("interface{ M() }.M"));
        assertEquals("(call (functype [(field [x] int)] [(field [] int)]) [f])", expr("func(x int) int(f)"));
    }

    @Test
    void channelTypesAssociateLeft() {
        assertEquals("(var [c] (chan RECV (chan SEND int)) [])", decls("var c <-chan chan<- int"));
        assertEquals("(var [c] (chan SEND (chan RECV int)) [])", decls("var c chan<- <-chan int"));
        assertEquals("(var [c] (chan SEND (chan BOTH int)) [])", decls("var c chan<- chan int"));
    }

    @Test
    void functionLiterals() {
        assertEquals("(funclit (functype [(field [x] int)] [(field [] int)]) {(return [x])})",
                expr("func(x int) int { return x }"));
    }

    @Test
    void simpleStatements() {
        assertEquals("(:= [x y] [1 2]) (+= [(index a i)] [2]) (++ x) (-- y) (send ch v) (<- ch) (= [_] [x])",
                body("x, y := 1, 2\na[i] += 2\nx++\ny--\nch <- v\n<-ch\n_ = x"));
        assertEquals("(= [a b] [b a])", body("a, b = b, a"));
    }

    @Test
    void ifStatements() {
        assertEquals("(if (:= [v ok] [(index m k)]) ok {})", body("if v, ok := m[k]; ok {\n}"));
        assertEquals("(if _ a {(return)} (if _ b {} {(return)}))",
                body("if a {\nreturn\n} else if b {\n} else {\nreturn\n}"));
        assertEquals("(if _ (== x (paren (lit T []))) {})", body("if x == (T{}) {\n}"));
        assertEquals("(if _ (== x (call f [(lit T [])])) {})", body("if x == f(T{}) {\n}"));
    }

    @Test
    void switchStatements() {
        assertEquals("(switch (:= [x] [(call f)]) x (case [1 2] {(fallthrough)}) (default {}))",
                body("switch x := f(); x {\ncase 1, 2:\nfallthrough\ndefault:\n}"));
        assertEquals("(switch _ _ (case [(> x 1)] {(call g)}))", body("switch {\ncase x > 1:\ng()\n}"));
        assertEquals("(typeswitch _ t v (case [nil int] {}) (case [([_] byte) (map string int) (* T)] {}))",
                body("switch t := v.(type) {\ncase nil, int:\ncase []byte, map[string]int, *T:\n}"));
        assertEquals("(typeswitch (:= [v] [(call f)]) _ (. v x) (case [(functype [] [])] {}))",
                body("switch v := f(); v.x.(type) {\ncase func():\n}"));
    }

    @Test
    void selectStatements() {
        assertEquals("(select (case (:= [v ok] [(<- ch)]) {}) (case (= [x] [(<- ch)]) {}) "
                        + "(case (send out 1) {(break)}) (case (<- done) {}) (default {}))",
                body("select {\ncase v, ok := <-ch:\ncase x = <-ch:\ncase out <- 1:\nbreak\ncase <-done:\ndefault:\n}"));
        assertEquals("(select)", body("select {}"));
    }

    @Test
    void forStatements() {
        assertEquals("(for _ _ _ {})", body("for {\n}"));
        assertEquals("(for _ (< i n) _ {})", body("for i < n {\n}"));
        assertEquals("(for (:= [i] [0]) (< i n) (++ i) {})", body("for i := 0; i < n; i++ {\n}"));
        assertEquals("(for _ _ _ {})", body("for ;; {\n}"));
        assertEquals("(range i _ := s {})", body("for i := range s {\n}"));
        assertEquals("(range k v := m {})", body("for k, v := range m {\n}"));
        assertEquals("(range _ v = s {})", body("for _, v = range s {\n}"));
        assertEquals("(range _ _ = ch {})", body("for range ch {\n}"));
        assertEquals("(range _ _ = 10 {})", body("for range 10 {\n}"));
        assertEquals("(range _ v := (lit ([_] int) [1 2]) {})", body("for _, v := range []int{1, 2} {\n}"));
    }

    @Test
    void otherStatements() {
        assertEquals("(go (call (funclit (functype [] []) {}))) (defer (call (. mu Unlock)))",
                body("go func() {}()\ndefer mu.Unlock()"));
        assertEquals("(label L (for _ _ _ {(break L) (continue L)})) (goto L) (label M (empty))",
                body("L:\nfor {\nbreak L\ncontinue L\n}\ngoto L\nM:"));
        assertEquals("{(:= [x] [1])} (decl (var [a] int []) (var [b] _ [2])) (decl (const [c] _ [1] iota=0))",
                body("{\nx := 1\n}\nvar (\na int\nb = 2\n)\nconst c = 1"));
        assertEquals("(return [1 2])", body("return 1, 2"));
    }

    @Test
    void constGroupsRepeatTheirTypeAndValues() {
        assertEquals("(const [A] _ [iota] iota=0) (const [B] _ [iota] iota=1) (const [C D] int [1 2] iota=2) "
                        + "(const [E F] int [1 2] iota=3) (const [G] int [] iota=4)",
                decls("const (\nA = iota\nB\nC, D int = 1, 2\nE, F\nG int\n)"));
    }

    @Test
    void varGroupsAreFlattened() {
        assertEquals("(var [a b] int []) (var [c] _ [1]) (var [d] _ [(call f)])",
                decls("var (\na, b int\nc = 1\n)\nvar d = f()"));
    }

    @Test
    void typeDeclarations() {
        assertEquals("(type A = int) (type B (struct [(field [X Y] int `json:\"x\"`) (field [] (* Base))"
                        + " (field [] (. io Reader))])) (type C (interface [(field [M] (functype [(field [] int)] "
                        + "[(field [] error)]))] [fmt.Stringer]))",
                decls("type (\nA = int\nB struct {\nX, Y int `json:\"x\"`\n*Base\nio.Reader\n}\n)\n"
                        + "type C interface {\nM(int) error\nfmt.Stringer\n}").replace("(. fmt Stringer)", "fmt.Stringer"));
    }

    @Test
    void functionsAndMethods() {
        assertEquals("(func (field [p] (* Pt)) M (functype [(field [a b] int) (field [c] (... string))] "
                        + "[(field [n] int) (field [err] error)]) {(return)})",
                decls("func (p *Pt) M(a, b int, c ...string) (n int, err error) { return }"));
        assertEquals("(func (field [] T) N (functype [(field [] int) (field [] string)] [(field [] bool)]) {})",
                decls("func (T) N(int, string) bool {}"));
        assertEquals("(func f (functype [] []))", decls("func f()"));
    }

    @Test
    void imports() {
        SourceFile f = file("package main\n\nimport (\n\t\"fmt\"\n\t. \"math\"\n\t_ \"os\"\n\tstr \"strings\"\n)\n"
                + "import `sync`\n");
        StringJoiner j = new StringJoiner(" ");
        for (Decl.Import i : f.imports()) j.add(Sexp.of(i));
        assertEquals("(import fmt) (import . math) (import _ os) (import str strings) (import sync)", j.toString());
        assertEquals("main", f.packageName());
        assertEquals(List.of(), f.decls());
    }

    @Test
    void positions() {
        SourceFile f = file("package main\n\nfunc main() {\n\tx := f(a, b)[i] + 1\n\tch <- x\n\tx++\n}\n");
        assertEquals(new Pos(1, 1), f.pos());
        Decl.Func main = (Decl.Func) f.decls().get(0);
        assertEquals(new Pos(3, 1), main.pos());
        assertEquals(new Pos(3, 6), main.name().pos());
        assertEquals(new Pos(3, 13), main.body().pos());
        assertEquals(new Pos(7, 1), main.body().rbrace());

        Stmt.Assign a = (Stmt.Assign) main.body().stmts().get(0);
        assertEquals(new Pos(4, 2), a.pos());
        assertEquals(new Pos(4, 4), a.opPos());
        Expr.Binary sum = (Expr.Binary) a.rhs().get(0);
        assertEquals(new Pos(4, 7), sum.pos());
        assertEquals(new Pos(4, 18), sum.opPos());
        Expr.Index index = (Expr.Index) sum.x();
        assertEquals(new Pos(4, 14), index.lbrack());
        Expr.Call call = (Expr.Call) index.x();
        assertEquals(new Pos(4, 7), call.pos());
        assertEquals(new Pos(4, 8), call.lparen());
        assertEquals(new Pos(4, 13), call.rparen());

        Stmt.Send send = (Stmt.Send) main.body().stmts().get(1);
        assertEquals(new Pos(5, 2), send.pos());
        assertEquals(new Pos(5, 5), send.arrow());
        Stmt.IncDec inc = (Stmt.IncDec) main.body().stmts().get(2);
        assertEquals(new Pos(6, 3), inc.opPos());
    }

    @Test
    void moreRecordedPositions() {
        List<Stmt> s = stmts("switch x {\n}\nv := T{1}\n_ = v.(int)");
        assertEquals(new Pos(5, 1), ((Stmt.Switch) s.get(0)).rbrace());
        Expr.CompositeLit lit = (Expr.CompositeLit) ((Stmt.Assign) s.get(1)).rhs().get(0);
        assertEquals(new Pos(6, 6), lit.pos());
        assertEquals(new Pos(6, 7), lit.lbrace());
        assertEquals(new Pos(6, 9), lit.rbrace());
        Expr.TypeAssert ta = (Expr.TypeAssert) ((Stmt.Assign) s.get(2)).rhs().get(0);
        assertEquals(new Pos(7, 7), ta.lparen());
        assertNull(((Stmt.Switch) s.get(0)).init());
    }

    @Test
    void unicodeColumnsCountCharacters() {
        List<Stmt> s = stmts("s := \"한글\"; t := 1");
        assertEquals(new Pos(4, 12), s.get(1).pos());
    }
}
