package lanes.parse;

import java.util.List;

import lanes.ast.Pos;
import lanes.diag.Diagnostic;
import lanes.grammar.GoLexer;
import org.antlr.v4.runtime.Token;

/**
 * The checks Go's scanner makes that the (deliberately lenient) lexer grammar does not:
 * invalid characters, unterminated strings, runes and comments, bad escapes and malformed
 * numbers. Messages and positions follow cmd/compile's scanner.
 */
final class LexicalCheck {
    /** A lexical error and the index of the token it belongs to. */
    record Problem(int tokenIndex, Pos pos, String message) {
        Diagnostic diagnostic(String file) {
            return new Diagnostic(file, pos, message);
        }
    }

    private final Token token;
    private final SourceText text;
    private final String s;
    private Problem problem;

    private LexicalCheck(Token token, SourceText text) {
        this.token = token;
        this.text = text;
        this.s = token.getText();
    }

    /** The first lexical error in token order, or null. */
    static Problem firstProblem(List<Token> tokens, SourceText text) {
        boolean ascii = text.isAscii();
        for (Token t : tokens) {
            int type = t.getType();
            if (type == GoLexer.IDENTIFIER) {
                if (ascii || isAscii(t.getText())) continue;
            } else if (type != GoLexer.INVALID_CHAR && type != GoLexer.BAD_COMMENT && !TokenWords.isLiteral(type)) {
                continue;
            }
            LexicalCheck c = new LexicalCheck(t, text);
            switch (type) {
                case GoLexer.IDENTIFIER -> c.identifier();
                case GoLexer.INVALID_CHAR -> c.invalidChar();
                case GoLexer.BAD_COMMENT -> c.errorAt(0, "comment not terminated");
                case GoLexer.STRING_LIT -> c.string();
                case GoLexer.RAW_STRING_LIT -> c.rawString();
                case GoLexer.RUNE_LIT -> c.rune();
                case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT -> c.number();
                default -> { }
            }
            if (c.problem != null) return c.problem;
        }
        return null;
    }

    /** Reports at the character {@code offset} code points into the token. */
    private void errorAt(int offset, String message) {
        if (problem == null) {
            problem = new Problem(token.getTokenIndex(),
                    new Pos(token.getLine(), token.getCharPositionInLine() + 1 + offset), message);
        }
    }

    /** Reports at the character with char index {@code i} in the token text. */
    private void errorAtIndex(int i, String message) {
        errorAt(s.codePointCount(0, Math.min(i, s.length())), message);
    }

    private void invalidChar() {
        int cp = s.codePointAt(0);
        if (cp == 0) errorAt(0, "invalid NUL character");
        else errorAt(0, "invalid character " + unicode(cp));
    }

    /** The lexer lets any non-ASCII character into an identifier; Go accepts only letters and digits. */
    private void identifier() {
        int offset = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x80 && !Character.isLetter(cp)) {
                if (cp == 0xFEFF) errorAt(offset, "invalid BOM in the middle of the file");
                else if (!Character.isDigit(cp)) errorAt(offset, "invalid character " + unicode(cp) + " in identifier");
                else if (i == 0) errorAt(offset, "identifier cannot begin with digit " + unicode(cp));
                if (problem != null) return;
            }
            i += Character.charCount(cp);
            offset++;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** True if the token runs to the true end of the source (not just to a line end). */
    private boolean runsToEof() {
        return text.endsAtEof(token);
    }

    private void string() {
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') return; // properly closed: the lexer ends the token here
            if (c == '\\') {
                i = escape(i + 1, '"');
                if (problem != null) return;
                continue;
            }
            i++;
        }
        if (runsToEof()) errorAt(0, "string not terminated");
        else errorAtIndex(s.length(), "newline in string");
    }

    private void rawString() {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '`') errorAt(0, "string not terminated");
    }

    private void rune() {
        int n = 0;
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (n == 0) errorAtIndex(i, "empty rune literal or unescaped '");
                else if (n != 1) errorAt(0, "more than one character in rune literal");
                return;
            }
            if (c == '\\') {
                i = escape(i + 1, '\'');
                if (problem != null) return;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
            n++;
        }
        if (runsToEof()) errorAt(0, "rune literal not terminated");
        else errorAtIndex(s.length(), "newline in rune literal");
    }

    /** Checks the escape whose letter is at index i; returns the index after it. */
    private int escape(int i, char quote) {
        if (i >= s.length()) return i; // the caller complains about the line end
        char c = s.charAt(i);
        int n;
        int base;
        int max;
        if (c == quote || "abfnrtv\\".indexOf(c) >= 0) return i + 1;
        if (c >= '0' && c <= '7') {
            n = 3; base = 8; max = 255;
        } else if (c == 'x') {
            i++; n = 2; base = 16; max = 255;
        } else if (c == 'u') {
            i++; n = 4; base = 16; max = Character.MAX_CODE_POINT;
        } else if (c == 'U') {
            i++; n = 8; base = 16; max = Character.MAX_CODE_POINT;
        } else {
            errorAtIndex(i, "unknown escape");
            return i + 1;
        }
        long x = 0;
        for (; n > 0; n--) {
            if (i >= s.length()) return i;
            int ch = s.codePointAt(i);
            int d = base;
            if (isDecimal(ch)) d = ch - '0';
            else if (ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F') d = Character.toLowerCase(ch) - 'a' + 10;
            if (d >= base) {
                errorAtIndex(i, "invalid character " + quoteRune(ch) + " in " + (base == 8 ? "octal" : "hexadecimal") + " escape");
                return i;
            }
            x = x * base + d;
            i++;
        }
        if (x > max && base == 8) {
            errorAtIndex(i, "octal escape value " + x + " > 255");
        } else if (x > max || (x >= 0xD800 && x < 0xE000)) {
            errorAtIndex(i, "escape is invalid Unicode code point " + unicode((int) Math.min(x, Integer.MAX_VALUE)));
        }
        return i;
    }

    // ---- numbers, following cmd/compile/internal/syntax/scanner.go number() ----

    private int pos; // cursor into s

    private int ch() {
        return pos < s.length() ? s.charAt(pos) : -1;
    }

    private void number() {
        boolean ok = true;
        boolean isFloat = false;
        boolean isImag = false;
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean seenPoint = false;
        pos = 0;
        if (ch() == '.') {
            seenPoint = true;
            pos++;
        }
        if (!seenPoint) {
            if (ch() == '0') {
                pos++;
                switch (Character.toLowerCase(ch())) {
                    case 'x' -> { pos++; base = 16; prefix = 'x'; }
                    case 'o' -> { pos++; base = 8; prefix = 'o'; }
                    case 'b' -> { pos++; base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep = 1; }
                }
            }
            digsep |= digits(base, invalid);
            if (ch() == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    errorAtIndex(pos, "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                pos++;
                seenPoint = true;
            }
        }
        if (seenPoint) {
            isFloat = true;
            digsep |= digits(base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            errorAtIndex(pos, baseName(base) + " literal has no digits");
            ok = false;
        }
        int e = Character.toLowerCase(ch());
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    errorAtIndex(pos, "'" + (char) ch() + "' exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    errorAtIndex(pos, "'" + (char) ch() + "' exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            pos++;
            isFloat = true;
            if (ch() == '+' || ch() == '-') pos++;
            digsep = digits(10, null) | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                errorAtIndex(pos, "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && isFloat && ok) {
            errorAtIndex(pos, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (ch() == 'i') {
            isImag = true;
            pos++;
        }
        if (!isFloat && !isImag && invalid[0] >= 0 && ok) {
            errorAtIndex(invalid[0], "invalid digit '" + s.charAt(invalid[0]) + "' in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(s);
            if (i >= 0) errorAtIndex(i, "'_' must separate successive digits");
        }
    }

    private int digits(int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch()) || ch() == '_') {
                int ds = 1;
                if (ch() == '_') ds = 2;
                else if (ch() >= max && invalid != null && invalid[0] < 0) invalid[0] = pos;
                digsep |= ds;
                pos++;
            }
        } else {
            while (isHex(ch()) || ch() == '_') {
                digsep |= ch() == '_' ? 2 : 1;
                pos++;
            }
        }
        return digsep;
    }

    /** Index of the first '_' that does not separate digits, or -1 (scanner.go invalidSep). */
    private static int invalidSep(String x) {
        char x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = Character.toLowerCase(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }

    private static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}, without the quoted form for unprintable runes. */
    static String unicode(int cp) {
        String u = String.format("U+%04X", cp);
        return isPrint(cp) ? u + " '" + new String(Character.toChars(cp)) + "'" : u;
    }

    /** Go's {@code %q} of a rune. */
    static String quoteRune(int cp) {
        return switch (cp) {
            case 7 -> "'\\a'";
            case '\b' -> "'\\b'";
            case '\f' -> "'\\f'";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            case '\t' -> "'\\t'";
            case 11 -> "'\\v'";
            case '\\' -> "'\\\\'";
            case '\'' -> "'\\''";
            default -> {
                if (isPrint(cp)) yield "'" + new String(Character.toChars(cp)) + "'";
                if (cp < 0x80) yield String.format("'\\x%02x'", cp);
                if (cp < 0x10000) yield String.format("'\\u%04x'", cp);
                yield String.format("'\\U%08x'", cp);
            }
        };
    }

    private static boolean isPrint(int cp) {
        if (cp < 0x20 || cp == 0x7F || !Character.isValidCodePoint(cp)) return false;
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
                && (t != Character.SPACE_SEPARATOR || cp == ' ');
    }
}
