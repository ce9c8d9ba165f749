package lanes.values;

import java.nio.charset.StandardCharsets;

/**
 * Go strings are byte sequences. Lanes keeps them as Java strings whose every char is one
 * byte (0–255) of the UTF-8 encoding ("byte strings"): {@code length()} is Go's {@code len},
 * {@code charAt} is indexing, {@code substring} is slicing and {@code compareTo} is Go's
 * byte-wise ordering. Java's compact strings store such strings one byte per char.
 * Only at the edges (source literals, output, Unicode-aware library functions) are they
 * converted.
 */
public final class GoStrings {
    private GoStrings() {}

    /** UTF-8 encodes a Java (UTF-16) string into a byte string. */
    public static String fromJava(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s;
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Decodes a byte string as UTF-8 into a Java string (invalid bytes become U+FFFD). */
    public static String toJava(String bytes) {
        boolean ascii = true;
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return bytes;
        StringBuilder sb = new StringBuilder(bytes.length());
        int i = 0;
        while (i < bytes.length()) {
            long rw = decodeRune(bytes, i);
            sb.appendCodePoint((int) (rw >>> 32));
            i += (int) rw;
        }
        return sb.toString();
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String ofBytes(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes the rune starting at byte {@code i}: the result packs the rune in the high 32 bits
     * and its width in bytes in the low 32 bits. Invalid encodings decode as U+FFFD, width 1,
     * exactly as Go's {@code utf8.DecodeRuneInString}.
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) return ((long) b0 << 32) | 1;
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1; r = b0 & 0x1F; min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2; r = b0 & 0x0F; min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3; r = b0 & 0x07; min = 0x10000;
        } else {
            return (0xFFFDL << 32) | 1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) return (0xFFFDL << 32) | 1;
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) return (0xFFFDL << 32) | 1;
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return (0xFFFDL << 32) | 1;
        return ((long) r << 32) | (need + 1);
    }

    /** Encodes one rune as a byte string, as Go's {@code string(rune)} (invalid runes give U+FFFD). */
    public static String encodeRune(long r) {
        if (r >= 0 && r < 0x80) return String.valueOf((char) r);
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, (int) r);
        return sb.toString();
    }

    public static void appendRune(StringBuilder sb, int r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        if (r < 0x80) {
            sb.append((char) r);
        } else if (r < 0x800) {
            sb.append((char) (0xC0 | (r >> 6))).append((char) (0x80 | (r & 0x3F)));
        } else if (r < 0x10000) {
            sb.append((char) (0xE0 | (r >> 12))).append((char) (0x80 | ((r >> 6) & 0x3F)))
                    .append((char) (0x80 | (r & 0x3F)));
        } else {
            sb.append((char) (0xF0 | (r >> 18))).append((char) (0x80 | ((r >> 12) & 0x3F)))
                    .append((char) (0x80 | ((r >> 6) & 0x3F))).append((char) (0x80 | (r & 0x3F)));
        }
    }

    public static int runeCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int b = s.charAt(i);
            i += b < 0x80 ? 1 : (int) decodeRune(s, i);
            count++;
        }
        return count;
    }
}
