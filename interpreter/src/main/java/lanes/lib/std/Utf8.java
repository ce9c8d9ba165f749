package lanes.lib.std;

import lanes.values.GoStrings;

/**
 * Go's {@code unicode/utf8} algorithms on byte strings (one char per byte). A decoded rune
 * comes back packed as a long: the rune in the high 32 bits, its width in bytes in the low 32
 * bits, as {@link GoStrings#decodeRune} does. Invalid encodings decode as U+FFFD of width 1,
 * which is how Go tells an invalid byte from a real U+FFFD (width 3).
 */
final class Utf8 {
    private Utf8() {}

    static final int RUNE_ERROR = 0xFFFD;
    static final int RUNE_SELF = 0x80;
    static final int MAX_RUNE = 0x10FFFF;
    static final int UTF_MAX = 4;

    static int rune(long packed) {
        return (int) (packed >>> 32);
    }

    static int width(long packed) {
        return (int) packed;
    }

    private static long pack(int r, int w) {
        return ((long) r << 32) | w;
    }

    /** DecodeRuneInString(s[i:]); an empty remainder gives (RuneError, 0). */
    static long decode(String s, int i) {
        return decode(s, i, s.length());
    }

    /** DecodeRuneInString(s[i:end]): the encoding must end by {@code end}. */
    static long decode(String s, int i, int end) {
        if (i >= end) return pack(RUNE_ERROR, 0);
        int c = s.charAt(i);
        if (c < RUNE_SELF) return pack(c, 1);
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        int r;
        if (0xC2 <= c && c <= 0xDF) {
            need = 1;
            r = c & 0x1F;
        } else if (0xE0 <= c && c <= 0xEF) {
            need = 2;
            r = c & 0x0F;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (0xF0 <= c && c <= 0xF4) {
            need = 3;
            r = c & 0x07;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (end - i <= need) return pack(RUNE_ERROR, 1);
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k);
            // Only the second byte has a lead-dependent range; the rest are plain continuations.
            if (b < (k == 1 ? lo : 0x80) || (k == 1 ? hi : 0xBF) < b) return pack(RUNE_ERROR, 1);
            r = (r << 6) | (b & 0x3F);
        }
        return pack(r, need + 1);
    }

    /** DecodeLastRuneInString(s[:end]); an empty prefix gives (RuneError, 0). */
    static long decodeLast(String s, int end) {
        if (end == 0) return pack(RUNE_ERROR, 0);
        int start = end - 1;
        int r = s.charAt(start);
        if (r < RUNE_SELF) return pack(r, 1);
        int lim = Math.max(end - UTF_MAX, 0);
        for (start--; start >= lim; start--) {
            if (runeStart(s.charAt(start))) break;
        }
        if (start < 0) start = 0;
        long rw = decode(s, start, end);
        if (start + width(rw) != end) return pack(RUNE_ERROR, 1);
        return rw;
    }

    static boolean runeStart(int b) {
        return (b & 0xC0) != 0x80;
    }

    static boolean validRune(long r) {
        return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MAX_RUNE);
    }

    /** RuneLen: the bytes needed to encode r, or -1 if r is not a valid rune. */
    static int runeLen(long r) {
        if (r < 0) return -1;
        if (r < 0x80) return 1;
        if (r < 0x800) return 2;
        if (0xD800 <= r && r <= 0xDFFF) return -1;
        if (r < 0x10000) return 3;
        if (r <= MAX_RUNE) return 4;
        return -1;
    }

    static boolean valid(String s) {
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < RUNE_SELF) {
                i++;
                continue;
            }
            long rw = decode(s, i);
            if (width(rw) == 1) return false;
            i += width(rw);
        }
        return true;
    }

    /** Whether s[i:] begins with a full (possibly invalid) encoding: Go's FullRuneInString. */
    static boolean fullRune(String s, int i) {
        int n = s.length() - i;
        if (n == 0) return false;
        int c = s.charAt(i);
        if (c < 0x80) return true;
        int need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
        if (n >= need) return true;
        // Fewer bytes than the lead byte asks for: complete only if the bytes present are already invalid.
        int lo = 0x80;
        int hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        if (n > 1) {
            int c1 = s.charAt(i + 1);
            if (c1 < lo || hi < c1) return true;
            if (n > 2 && (s.charAt(i + 2) < 0x80 || 0xBF < s.charAt(i + 2))) return true;
        }
        return false;
    }
}
