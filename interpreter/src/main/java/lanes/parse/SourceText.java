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

    SourceText(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        this.text = s;
        this.appended = !s.endsWith("\n");
        this.length = s.codePointCount(0, s.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        this.eof = new Pos(line, s.codePointCount(lineStart, s.length()) + 1);
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

    /** The position just after the last character of a token on its last line. */
    Pos end(Token t) {
        String s = t.getText();
        int nl = s.lastIndexOf('\n');
        if (nl < 0) return new Pos(t.getLine(), t.getCharPositionInLine() + 1 + s.codePointCount(0, s.length()));
        int lines = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') lines++;
        return new Pos(t.getLine() + lines, s.codePointCount(nl + 1, s.length()) + 1);
    }

    Pos eofPos() {
        return eof;
    }
}
