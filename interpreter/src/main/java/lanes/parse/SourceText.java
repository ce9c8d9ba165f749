package lanes.parse;

import lanes.ast.Pos;
import org.antlr.v4.runtime.Token;

/**
 * The source as the lexer sees it, and positions in Go's terms.
 *
 * <p>A byte order mark at the start is dropped, and a newline is appended when the text
 * does not end with one: ANTLR's lexer stops matching rules once a token ends at the end
 * of input, so without it a file ending in "}" would get no final EOS. Tokens that lie
 * in the appended newline, and the EOF token, are reported at the true end of the text
 * (where Go reports "unexpected EOF").
 */
final class SourceText {
    private final String text;
    private final boolean appended;
    private final int length; // in code points, as ANTLR's char stream indexes
    private final Pos eof;
    private final boolean ascii;

    SourceText(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        this.text = s;
        this.appended = !s.endsWith("\n");
        this.length = s.codePointCount(0, s.length());
        int line = 1;
        int lineStart = 0;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c >= 0x80) {
                ascii = false;
            }
        }
        this.ascii = ascii;
        this.eof = new Pos(line, s.codePointCount(lineStart, s.length()) + 1);
    }

    /** True if the source has no characters beyond ASCII (so no identifier needs Unicode checks). */
    boolean isAscii() {
        return ascii;
    }

    String lexerInput() {
        return appended ? text + "\n" : text;
    }

    /** True for the EOF token and for an EOS produced by the end of the text. */
    boolean atEof(Token t) {
        return t.getType() == Token.EOF || t.getStartIndex() >= length;
    }

    /** True if nothing of the original text follows the token. */
    boolean endsAtEof(Token t) {
        return t.getStopIndex() + 1 >= length;
    }

    Pos pos(Token t) {
        return atEof(t) ? eof : new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }
}
