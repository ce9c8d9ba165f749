package lanes.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Values of Go literals, and conversions between Java text and Lanes' byte strings.
 *
 * <p>A Go string is represented as a "byte string": a Java {@code String} whose every char
 * is one byte (0–255) of the UTF-8 encoding. The functions here accept literal text as the
 * lexer produced it; they assume the text is well formed (the parse stage has already
 * reported malformed literals in Go's words).
 */
public final class Literals {
    private Literals() {}

    /** The value of an integer literal: decimal, 0x, 0o, 0b, legacy octal (017), underscores. */
    public static BigInteger parseInt(String text) {
        String t = text.replace("_", "");
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x') return new BigInteger(t.substring(2), 16);
            if (p == 'o') return new BigInteger(t.substring(2), 8);
            if (p == 'b') return new BigInteger(t.substring(2), 2);
            return new BigInteger(t.substring(1), 8);
        }
        return new BigInteger(t);
    }

    /** The exact value of a floating-point literal, decimal ({@code 1.5e3}) or hex ({@code 0x1p-2}). */
    public static BigDecimal parseFloat(String text) {
        String t = text.replace("_", "");
        if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            return parseHexFloat(t.substring(2));
        }
        return new BigDecimal(t);
    }

    /**
     * The imaginary part of an imaginary literal ({@code 2i}, {@code 1.5e3i}). A decimal
     * integer mantissa with leading zeros is decimal here, as in Go ({@code 0123i == 123i}).
     */
    public static BigDecimal parseImaginary(String text) {
        String t = text.substring(0, text.length() - 1).replace("_", "");
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x' && !isHexFloat(t)) return new BigDecimal(new BigInteger(t.substring(2), 16));
            if (p == 'o') return new BigDecimal(new BigInteger(t.substring(2), 8));
            if (p == 'b') return new BigDecimal(new BigInteger(t.substring(2), 2));
        }
        return parseFloat(t);
    }

    private static boolean isHexFloat(String t) {
        return t.indexOf('.') >= 0 || t.indexOf('p') >= 0 || t.indexOf('P') >= 0;
    }

    private static BigDecimal parseHexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int fracDigits = dot < 0 ? 0 : mant.length() - dot - 1;
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
        int e = exp - 4 * fracDigits;
        BigDecimal v = new BigDecimal(m);
        if (e >= 0) return v.multiply(new BigDecimal(BigInteger.TWO.pow(e)));
        // 2^-k == 5^k / 10^k exactly
        return v.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-e))).scaleByPowerOfTen(e);
    }

    /** The code point of a rune literal such as {@code 'a'}, {@code '\n'}, {@code '\u00e9'}, {@code '한'}. */
    public static int parseRune(String text) {
        String body = text.substring(1, text.length() - 1);
        if (body.charAt(0) != '\\') return body.codePointAt(0);
        int[] out = new int[2];
        escape(body, 1, out);
        return out[0];
    }

    /** The byte string value of an interpreted ("...") or raw (`...`) string literal. */
    public static String parseString(String text) {
        String body = text.substring(1, text.length() - 1);
        if (text.charAt(0) == '`') return toByteString(body.replace("\r", ""));
        StringBuilder sb = new StringBuilder(body.length());
        int[] out = new int[2];
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c == '\\') {
                boolean isByte = escape(body, i + 1, out);
                if (isByte) sb.append((char) out[0]);
                else appendUtf8(sb, out[0]);
                i = out[1];
            } else {
                int cp = body.codePointAt(i);
                appendUtf8(sb, cp);
                i += Character.charCount(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Decodes the escape whose letter is at {@code s[i]}: stores the value in {@code out[0]}
     * and the index after the escape in {@code out[1]}. Returns true when the value is a
     * single byte ({@code \x} and octal escapes) rather than a code point.
     */
    private static boolean escape(String s, int i, int[] out) {
        char c = s.charAt(i);
        switch (c) {
            case 'a' -> { out[0] = 7; out[1] = i + 1; return false; }
            case 'b' -> { out[0] = 8; out[1] = i + 1; return false; }
            case 'f' -> { out[0] = 12; out[1] = i + 1; return false; }
            case 'n' -> { out[0] = 10; out[1] = i + 1; return false; }
            case 'r' -> { out[0] = 13; out[1] = i + 1; return false; }
            case 't' -> { out[0] = 9; out[1] = i + 1; return false; }
            case 'v' -> { out[0] = 11; out[1] = i + 1; return false; }
            case 'x' -> { out[0] = Integer.parseInt(s.substring(i + 1, i + 3), 16); out[1] = i + 3; return true; }
            case 'u' -> { out[0] = Integer.parseInt(s.substring(i + 1, i + 5), 16); out[1] = i + 5; return false; }
            case 'U' -> { out[0] = Integer.parseInt(s.substring(i + 1, i + 9), 16); out[1] = i + 9; return false; }
            default -> {
                if (c >= '0' && c <= '7') {
                    out[0] = Integer.parseInt(s.substring(i, i + 3), 8);
                    out[1] = i + 3;
                    return true;
                }
                out[0] = c; // \\ \' \"
                out[1] = i + 1;
                return false;
            }
        }
    }

    /** UTF-8 encodes Java text into a byte string; unpaired surrogates become U+FFFD. */
    public static String toByteString(String javaUnicode) {
        StringBuilder sb = new StringBuilder(javaUnicode.length());
        for (int i = 0; i < javaUnicode.length(); ) {
            int cp = javaUnicode.codePointAt(i);
            appendUtf8(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Decodes a byte string as UTF-8 the way Go does: each invalid byte becomes U+FFFD. */
    public static String fromByteString(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); ) {
            long r = decodeRune(bytes, i);
            sb.appendCodePoint((int) (r >>> 32));
            i += (int) r;
        }
        return sb.toString();
    }

    /**
     * Go's {@code utf8.DecodeRune} on a byte string from index {@code i}: returns the rune in
     * the high 32 bits and its size in bytes in the low 32 bits; an invalid or truncated
     * sequence decodes as (U+FFFD, 1).
     */
    public static long decodeRune(String b, int i) {
        int n = b.length() - i;
        int c0 = b.charAt(i) & 0xFF;
        if (c0 < 0x80) return pack(c0, 1);
        int size;
        int min;
        int cp;
        if (c0 >= 0xC2 && c0 <= 0xDF) { size = 2; min = 0x80; cp = c0 & 0x1F; }
        else if (c0 >= 0xE0 && c0 <= 0xEF) { size = 3; min = 0x800; cp = c0 & 0x0F; }
        else if (c0 >= 0xF0 && c0 <= 0xF4) { size = 4; min = 0x10000; cp = c0 & 0x07; }
        else return pack(0xFFFD, 1);
        if (n < size) return pack(0xFFFD, 1);
        for (int k = 1; k < size; k++) {
            int c = b.charAt(i + k) & 0xFF;
            if ((c & 0xC0) != 0x80) return pack(0xFFFD, 1);
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return pack(0xFFFD, 1);
        return pack(cp, size);
    }

    private static long pack(int rune, int size) {
        return ((long) rune << 32) | size;
    }

    /** Appends the UTF-8 bytes of a code point, one char per byte; invalid code points give U+FFFD. */
    static void appendUtf8(StringBuilder sb, int cp) {
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        if (cp < 0x80) {
            sb.append((char) cp);
        } else if (cp < 0x800) {
            sb.append((char) (0xC0 | (cp >> 6)));
            sb.append((char) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            sb.append((char) (0xE0 | (cp >> 12)));
            sb.append((char) (0x80 | ((cp >> 6) & 0x3F)));
            sb.append((char) (0x80 | (cp & 0x3F)));
        } else {
            sb.append((char) (0xF0 | (cp >> 18)));
            sb.append((char) (0x80 | ((cp >> 12) & 0x3F)));
            sb.append((char) (0x80 | ((cp >> 6) & 0x3F)));
            sb.append((char) (0x80 | (cp & 0x3F)));
        }
    }
}
