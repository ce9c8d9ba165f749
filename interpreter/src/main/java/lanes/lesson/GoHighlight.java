package lanes.lesson;

import java.util.Set;

/**
 * Colours Go source for a terminal with ANSI escapes: keywords, predeclared names, strings,
 * runes, numbers and comments. A lexical pass only, line by line (block comments and raw
 * strings spanning lines are carried over); it never changes the text, only wraps it.
 */
final class GoHighlight {
    private static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default",
            "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
            "package", "range", "return", "select", "struct", "switch", "type", "var");
    private static final Set<String> PREDECLARED = Set.of("bool", "byte", "error", "float32", "float64", "int",
            "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64",
            "uintptr", "any", "true", "false", "nil", "iota", "append", "cap", "close", "copy", "delete", "len",
            "make", "new", "panic", "print", "println", "recover", "min", "max", "clear");

    static final String RESET = "\u001b[0m";
    private static final String KEYWORD = "\u001b[1;35m";
    private static final String BUILTIN = "\u001b[36m";
    private static final String STRING = "\u001b[32m";
    private static final String NUMBER = "\u001b[33m";
    private static final String COMMENT = "\u001b[90m";

    private boolean inBlockComment;
    private boolean inRawString;

    /** The line with colour escapes added. */
    String line(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (inBlockComment) {
                int e = s.indexOf("*/", i);
                int end = e < 0 ? n : e + 2;
                out.append(COMMENT).append(s, i, end).append(RESET);
                inBlockComment = e < 0;
                i = end;
                continue;
            }
            if (inRawString) {
                int e = s.indexOf('`', i);
                int end = e < 0 ? n : e + 1;
                out.append(STRING).append(s, i, end).append(RESET);
                inRawString = e < 0;
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                out.append(COMMENT).append(s, i, n).append(RESET);
                break;
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                inBlockComment = true;
                out.append(COMMENT).append("/*").append(RESET);
                i += 2;
                continue;
            }
            if (c == '`') {
                inRawString = true;
                out.append(STRING).append('`').append(RESET);
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c) j += s.charAt(j) == '\\' ? 2 : 1;
                int end = Math.min(n, j + 1);
                out.append(STRING).append(s, i, end).append(RESET);
                i = end;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) j++;
                out.append(NUMBER).append(s, i, j).append(RESET);
                i = j;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                String w = s.substring(i, j);
                boolean field = i > 0 && s.charAt(i - 1) == '.';
                if (!field && KEYWORDS.contains(w)) out.append(KEYWORD).append(w).append(RESET);
                else if (!field && PREDECLARED.contains(w)) out.append(BUILTIN).append(w).append(RESET);
                else out.append(w);
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
