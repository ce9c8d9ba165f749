package lanes.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import lanes.grammar.GoLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The lexer's automatic semicolons, shown as ⏎ (newline), ; (explicit) and EOF. */
class SemicolonInsertionTest {
    private static String lex(String source) {
        SourceText text = new SourceText(source);
        GoLexer lexer = new GoLexer(CharStreams.fromString(text.lexerInput()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        List<String> out = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == Token.EOF || t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getType() == GoLexer.EOS) {
                String word = TokenWords.describe(t, text);
                out.add(word.equals("newline") ? "⏎" : word.equals("semicolon") ? ";" : word);
            } else {
                out.add(t.getText());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void afterIdentifiersAndLiterals() {
        assertEquals("x := 1 ⏎ y ++ ⏎", lex("x := 1\ny++\n"));
        assertEquals("s := \"a\" ⏎ r := 'b' ⏎ f := 1.5 ⏎ i := 2i ⏎", lex("s := \"a\"\nr := 'b'\nf := 1.5\ni := 2i\n"));
    }

    @Test
    void afterTheFourKeywords() {
        assertEquals("return ⏎ break ⏎ continue ⏎ fallthrough ⏎", lex("return\nbreak\ncontinue\nfallthrough\n"));
    }

    @Test
    void notAfterOtherKeywords() {
        assertEquals("func main ( ) ⏎ { } ⏎", lex("func\nmain()\n{\n}\n"));
        assertEquals("var x int ⏎", lex("var\nx int\n"));
    }

    @Test
    void afterClosingBracketsAndIncDec() {
        assertEquals("f ( ) ⏎ a [ 0 ] ⏎ } ⏎ x -- ⏎", lex("f()\na[0]\n}\nx--\n"));
    }

    @Test
    void notAfterOperatorsOrOpeners() {
        assertEquals("x := 1 + 2 ⏎", lex("x := 1 +\n2\n"));
        assertEquals("f ( a , b ) ⏎", lex("f(\na,\nb)\n"));
        assertEquals("x := [ ] int { 1 , 2 , } ⏎", lex("x := []int{\n1,\n2,\n}\n"));
    }

    @Test
    void commentsAtLineEnds() {
        assertEquals("x ⏎ y ⏎", lex("x // comment\ny\n"));
        assertEquals("x y ⏎", lex("x /* one line */ y\n"));
        assertEquals("x ⏎ y ⏎", lex("x /* two\nlines */ y\n"));
        assertEquals("x + y ⏎", lex("x + /* two\nlines */ y\n"));
    }

    @Test
    void explicitSemicolonsAndBlankLines() {
        assertEquals("a ; b ⏎", lex("a; b\n"));
        assertEquals("a ⏎ b ⏎", lex("a\n\n\nb\n"));
        assertEquals("a ⏎ b ⏎", lex("a   \t\r\nb\r\n"));
    }

    @Test
    void endOfInput() {
        assertEquals("package main EOF", lex("package main"));
        assertEquals("} EOF", lex("} // last"));
        assertEquals("x +", lex("x +"));
    }

    @Test
    void rawStringsSpanLines() {
        assertEquals("s := `a\nb` ⏎", lex("s := `a\nb`\n"));
    }

    @Test
    void elseOnTheNextLineGetsASemicolonBeforeIt() {
        assertEquals("} ⏎ else {", lex("}\nelse {\n"));
    }
}
