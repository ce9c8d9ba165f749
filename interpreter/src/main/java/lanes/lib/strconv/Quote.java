package lanes.lib.strconv;

import lanes.values.GoStrings;

/**
 * Go's strconv quoting: {@code Quote}, {@code QuoteToASCII}, {@code QuoteToGraphic},
 * {@code QuoteRune*}, {@code CanBackquote}, {@code Unquote} and {@code UnquoteChar}.
 * Every string in and out is a byte string (one char per UTF-8 byte). Invalid UTF-8 bytes
 * are quoted as {@code \xNN}, exactly as Go does.
 */
public final class Quote {
    private Quote() {}

    private static final String LOWER_HEX = "0123456789abcdef";
    private static final int RUNE_ERROR = 0xFFFD;
    private static final int MAX_RUNE = 0x10FFFF;

    public static String quote(String s) {
        return quoteWith(s, '"', false, false);
    }

    public static String quoteToASCII(String s) {
        return quoteWith(s, '"', true, false);
    }

    public static String quoteToGraphic(String s) {
        return quoteWith(s, '"', false, true);
    }

    public static String quoteRune(long r) {
        return quoteRuneWith(r, '\'', false, false);
    }

    public static String quoteRuneToASCII(long r) {
        return quoteRuneWith(r, '\'', true, false);
    }

    public static String quoteRuneToGraphic(long r) {
        return quoteRuneWith(r, '\'', false, true);
    }

    static boolean validRune(long r) {
        return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MAX_RUNE);
    }

    private static String quoteWith(String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder buf = new StringBuilder(s.length() + 2);
        buf.append(quote);
        int i = 0;
        while (i < s.length()) {
            int c = s.charAt(i);
            int r = c;
            int width = 1;
            if (c >= 0x80) {
                long rw = GoStrings.decodeRune(s, i);
                r = (int) (rw >>> 32);
                width = (int) rw;
            }
            if (width == 1 && r == RUNE_ERROR) {
                buf.append("\\x").append(LOWER_HEX.charAt(c >> 4)).append(LOWER_HEX.charAt(c & 0xF));
            } else {
                appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
            }
            i += width;
        }
        return buf.append(quote).toString();
    }

    private static String quoteRuneWith(long r, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder buf = new StringBuilder(8);
        buf.append(quote);
        int rr = validRune(r) ? (int) r : RUNE_ERROR;
        appendEscapedRune(buf, rr, quote, asciiOnly, graphicOnly);
        return buf.append(quote).toString();
    }

    private static void appendEscapedRune(StringBuilder buf, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        if (r == quote || r == '\\') {
            buf.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && IsPrint.isPrint(r)) {
                buf.append((char) r);
                return;
            }
        } else if (IsPrint.isPrint(r) || graphicOnly && IsPrint.isInGraphicList(r)) {
            GoStrings.appendRune(buf, r);
            return;
        }
        switch (r) {
            case 7 -> buf.append("\\a");
            case '\b' -> buf.append("\\b");
            case '\f' -> buf.append("\\f");
            case '\n' -> buf.append("\\n");
            case '\r' -> buf.append("\\r");
            case '\t' -> buf.append("\\t");
            case 11 -> buf.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    buf.append("\\x").append(LOWER_HEX.charAt((r >> 4) & 0xF)).append(LOWER_HEX.charAt(r & 0xF));
                } else {
                    if (!validRune(r)) r = RUNE_ERROR;
                    if (r < 0x10000) {
                        buf.append("\\u");
                        for (int s = 12; s >= 0; s -= 4) buf.append(LOWER_HEX.charAt((r >> s) & 0xF));
                    } else {
                        buf.append("\\U");
                        for (int s = 28; s >= 0; s -= 4) buf.append(LOWER_HEX.charAt((r >> s) & 0xF));
                    }
                }
            }
        }
    }

    /** Whether s can be written as a Go raw string literal without change. */
    public static boolean canBackquote(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.charAt(i);
            if (c >= 0x80) {
                long rw = GoStrings.decodeRune(s, i);
                int r = (int) (rw >>> 32);
                int w = (int) rw;
                i += w;
                if (w > 1) {
                    if (r == 0xFEFF) return false;
                    continue;
                }
                return false; // invalid byte: RuneError of width 1
            }
            i++;
            if ((c < ' ' && c != '\t') || c == '`' || c == 0x7F) return false;
        }
        return true;
    }

    /**
     * Go's {@code Unquote}: the string that a Go string, rune or raw string literal denotes,
     * or null when {@code s} is not such a literal (Go's {@code ErrSyntax}).
     */
    public static String unquote(String in) {
        int n = in.length();
        if (n < 2) return null;
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) return null;
        end++; // position after the terminating quote, if no escapes moved it
        switch (quote) {
            case '`': {
                if (end != n) return null;
                String body = in.substring(1, end - 1);
                return body.indexOf('\r') < 0 ? body : body.replace("\r", "");
            }
            case '"':
            case '\'': {
                String body = in.substring(1, end - 1);
                if (end == n && body.indexOf('\\') < 0 && body.indexOf('\n') < 0) {
                    if (quote == '"') {
                        if (validUTF8(body)) return body;
                    } else if (!body.isEmpty()) {
                        long rw = GoStrings.decodeRune(body, 0);
                        int r = (int) (rw >>> 32);
                        int w = (int) rw;
                        if (w == body.length() && (r != RUNE_ERROR || w != 1)) return body;
                    }
                }
                StringBuilder buf = new StringBuilder(n);
                int i = 1;
                while (i < n && in.charAt(i) != quote) {
                    if (in.charAt(i) == '\n') return null;
                    long[] res = unquoteChar(in, i, quote);
                    if (res == null) return null;
                    long r = res[0];
                    boolean multibyte = res[1] != 0;
                    i = (int) res[2];
                    if (r < 0x80 || !multibyte) {
                        buf.append((char) r);
                    } else {
                        GoStrings.appendRune(buf, (int) r);
                    }
                    if (quote == '\'') break;
                }
                if (!(i < n && in.charAt(i) == quote)) return null;
                i++;
                if (i != n) return null;
                return buf.toString();
            }
            default:
                return null;
        }
    }

    /**
     * Go's {@code UnquoteChar} on {@code s} from index {@code i}: returns {value, multibyte ? 1 : 0,
     * index after the character}, or null on a syntax error.
     */
    public static long[] unquoteChar(String s, int i, char quote) {
        int n = s.length();
        if (i >= n) return null;
        int c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) return null;
        if (c >= 0x80) {
            long rw = GoStrings.decodeRune(s, i);
            return new long[] {rw >>> 32, 1, i + (int) rw};
        }
        if (c != '\\') return new long[] {c, 0, i + 1};
        if (i + 1 >= n) return null;
        int e = s.charAt(i + 1);
        int p = i + 2;
        long value;
        boolean multibyte = false;
        switch (e) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case 'x', 'u', 'U' -> {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (n - p < digits) return null;
                long v = 0;
                for (int j = 0; j < digits; j++) {
                    int x = Character.digit(s.charAt(p + j), 16);
                    if (x < 0) return null;
                    v = v << 4 | x;
                }
                p += digits;
                if (e != 'x') {
                    if (!validRune(v)) return null;
                    multibyte = true;
                }
                value = v;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                long v = e - '0';
                if (n - p < 2) return null;
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(p + j) - '0';
                    if (x < 0 || x > 7) return null;
                    v = (v << 3) | x;
                }
                p += 2;
                if (v > 255) return null;
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (e != quote) return null;
                value = e;
            }
            default -> {
                return null;
            }
        }
        return new long[] {value, multibyte ? 1 : 0, p};
    }

    private static boolean validUTF8(String s) {
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            long rw = GoStrings.decodeRune(s, i);
            if ((int) rw == 1) return false;
            i += (int) rw;
        }
        return true;
    }
}
