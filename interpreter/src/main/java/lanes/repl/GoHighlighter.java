package lanes.repl;

import java.util.Set;
import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Go while it is typed: keywords, predeclared names, strings and runes, numbers,
 * comments, and REPL commands. A plain left-to-right scan over the buffer (an unfinished
 * string or comment simply runs to the end), so it is cheap on every keystroke.
 */
final class GoHighlighter implements Highlighter {
    private static final Set<String> KEYWORDS = Set.copyOf(GoCompleter.KEYWORDS);
    private static final Set<String> PREDECLARED = Set.of("bool", "byte", "error", "float32", "float64", "int", "int8",
            "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any",
            "true", "false", "nil", "iota", "append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min",
            "new", "panic", "print", "println", "recover");

    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String s) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (Session.isCommand(s)) {
            return sb.styled(COMMAND, s).toAttributedString();
        }
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int j = i + 1;
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                j = s.indexOf('\n', i);
                if (j < 0) j = n;
                style = COMMENT;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                j = s.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                style = COMMENT;
            } else if (c == '"' || c == '\'') {
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' && j + 1 < n ? 2 : 1;
                j = Math.min(n, j + 1);
                style = STRING;
            } else if (c == '`') {
                j = s.indexOf('`', i + 1);
                j = j < 0 ? n : j + 1;
                style = STRING;
            } else if (Character.isDigit(c)) {
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_')) j++;
                style = NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                String w = s.substring(i, j);
                if (KEYWORDS.contains(w)) style = KEYWORD;
                else if (PREDECLARED.contains(w)) style = BUILTIN;
            }
            sb.styled(style, s.substring(i, j));
            i = j;
        }
        return sb.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // no error marking
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // no error marking
    }
}
