package lanes.lib.std;

import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

import lanes.types.Basic;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.SliceV;

/**
 * Package strings, the editing half: Map and the case mappings, Title, the Trim family,
 * Replace, Repeat, Join, EqualFold and ToValidUTF8, ported from Go 1.19 on byte strings.
 * Invalid UTF-8 behaves as in Go: Map and the case mappings turn each bad byte into U+FFFD,
 * while Trim and Index treat it as a RuneError that keeps its one byte.
 */
final class StrEdit {
    private StrEdit() {}

    /** Go's Map: calls mapping once per rune, in order; a negative result drops the rune. */
    static String map(LongUnaryOperator mapping, String s) {
        StringBuilder b = null;
        int i = 0;
        while (i < s.length()) {
            long cw = Utf8.decode(s, i);
            int c = Utf8.rune(cw);
            int width = Utf8.width(cw);
            long r = mapping.applyAsLong(c);
            if (r == c && (c != Utf8.RUNE_ERROR || width != 1)) {
                i += width;
                continue;
            }
            b = new StringBuilder(s.length() + Utf8.UTF_MAX);
            b.append(s, 0, i);
            if (r >= 0) appendRune(b, r);
            i += width;
            break;
        }
        if (b == null) return s;
        while (i < s.length()) {
            long cw = Utf8.decode(s, i);
            long r = mapping.applyAsLong(Utf8.rune(cw));
            if (r >= 0) appendRune(b, r);
            i += Utf8.width(cw);
        }
        return b.toString();
    }

    private static void appendRune(StringBuilder b, long r) {
        GoStrings.appendRune(b, Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR);
    }

    private static boolean isASCII(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= Utf8.RUNE_SELF) return false;
        }
        return true;
    }

    static String toUpper(String s) {
        if (isASCII(s)) {
            char[] a = s.toCharArray();
            boolean changed = false;
            for (int i = 0; i < a.length; i++) {
                if ('a' <= a[i] && a[i] <= 'z') {
                    a[i] -= 'a' - 'A';
                    changed = true;
                }
            }
            return changed ? new String(a) : s;
        }
        return map(Uni::toUpper, s);
    }

    static String toLower(String s) {
        if (isASCII(s)) {
            char[] a = s.toCharArray();
            boolean changed = false;
            for (int i = 0; i < a.length; i++) {
                if ('A' <= a[i] && a[i] <= 'Z') {
                    a[i] += 'a' - 'A';
                    changed = true;
                }
            }
            return changed ? new String(a) : s;
        }
        return map(Uni::toLower, s);
    }

    static String toTitle(String s) {
        return map(Uni::toTitle, s);
    }

    /** Go's deprecated Title: upper-cases (title-cases) the first letter of each word. */
    static String title(String s) {
        long[] prev = {' '};
        return map(r -> {
            boolean sep = isSeparator(prev[0]);
            prev[0] = r;
            return sep ? Uni.toTitle(r) : r;
        }, s);
    }

    private static boolean isSeparator(long r) {
        if (r <= 0x7F) {
            return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_');
        }
        if (Uni.isLetter(r) || Uni.isDigit(r)) return false;
        return Uni.isSpace(r);
    }

    static String trimLeftFunc(String s, LongPredicate f) {
        int i = StrSearch.indexFunc(s, f, false);
        return i == -1 ? "" : s.substring(i);
    }

    static String trimRightFunc(String s, LongPredicate f) {
        int i = StrSearch.lastIndexFunc(s, f, false);
        if (i >= 0 && s.charAt(i) >= Utf8.RUNE_SELF) i += Utf8.width(Utf8.decode(s, i));
        else i++;
        return s.substring(0, i);
    }

    static String trimFunc(String s, LongPredicate f) {
        return trimRightFunc(trimLeftFunc(s, f), f);
    }

    static String trim(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) return s;
        return trimLeft(trimRight(s, cutset), cutset);
    }

    static String trimLeft(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) return s;
        int i = 0;
        while (i < s.length()) {
            long rw = Utf8.decode(s, i);
            if (StrSearch.indexRune(cutset, Utf8.rune(rw)) < 0) break;
            i += Utf8.width(rw);
        }
        return s.substring(i);
    }

    static String trimRight(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) return s;
        int end = s.length();
        while (end > 0) {
            long rw = Utf8.decodeLast(s, end);
            if (StrSearch.indexRune(cutset, Utf8.rune(rw)) < 0) break;
            end -= Utf8.width(rw);
        }
        return s.substring(0, end);
    }

    static String trimSpace(String s) {
        int start = 0;
        int stop = s.length();
        while (start < stop && isAsciiSpace(s.charAt(start))) start++;
        if (start < stop && s.charAt(start) >= Utf8.RUNE_SELF) return trimFunc(s.substring(start), Uni::isSpace);
        while (stop > start && isAsciiSpace(s.charAt(stop - 1))) stop--;
        if (stop > start && s.charAt(stop - 1) >= Utf8.RUNE_SELF) return trimRightFunc(s.substring(start, stop), Uni::isSpace);
        return s.substring(start, stop);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 11 || c == '\f' || c == '\r';
    }

    /** Replace: the first n (all if n < 0) non-overlapping old replaced; an empty old matches between runes. */
    static String replace(String s, String old, String nu, long n) {
        if (old.equals(nu) || n == 0) return s;
        long m = StrSearch.count(s, old);
        if (m == 0) return s;
        if (n < 0 || m < n) n = m;
        StringBuilder b = new StringBuilder(s.length());
        int start = 0;
        for (long i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) j += Utf8.width(Utf8.decode(s, start));
            } else {
                j = s.indexOf(old, start);
            }
            b.append(s, start, j).append(nu);
            start = j + old.length();
        }
        b.append(s, start, s.length());
        return b.toString();
    }

    static String repeat(String s, long count) {
        if (count == 0) return "";
        if (count < 0) throw plainPanic("strings: negative Repeat count");
        long n = s.length() * count;
        if (n / count != s.length()) throw plainPanic("strings: Repeat count causes overflow");
        if (n > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("runtime: out of memory");
        return s.repeat((int) count);
    }

    static String join(SliceV elems, String sep) {
        if (elems == null || elems.len == 0) return "";
        Object[] a = (Object[]) elems.array;
        if (elems.len == 1) return (String) a[elems.off];
        long n = (long) sep.length() * (elems.len - 1);
        for (int i = 0; i < elems.len; i++) n += ((String) a[elems.off + i]).length();
        if (n > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("runtime: out of memory");
        StringBuilder b = new StringBuilder((int) n);
        b.append((String) a[elems.off]);
        for (int i = 1; i < elems.len; i++) b.append(sep).append((String) a[elems.off + i]);
        return b.toString();
    }

    /** EqualFold: equal under simple Unicode case folding. */
    static boolean equalFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long sw = Utf8.decode(s, i);
            long tw = Utf8.decode(t, j);
            i += Utf8.width(sw);
            j += Utf8.width(tw);
            long sr = Utf8.rune(sw);
            long tr = Utf8.rune(tw);
            if (tr == sr) continue;
            if (tr < sr) {
                long x = tr;
                tr = sr;
                sr = x;
            }
            if (tr < Utf8.RUNE_SELF) {
                if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
                return false;
            }
            long r = Uni.simpleFold(sr);
            while (r != sr && r < tr) r = Uni.simpleFold(r);
            if (r == tr) continue;
            return false;
        }
        return i == s.length() && j == t.length();
    }

    /** ToValidUTF8: each run of invalid bytes replaced by one copy of replacement. */
    static String toValidUTF8(String s, String replacement) {
        if (Utf8.valid(s)) return s;
        StringBuilder b = new StringBuilder(s.length() + replacement.length());
        boolean invalid = false;
        for (int i = 0; i < s.length(); ) {
            long rw = Utf8.decode(s, i);
            int w = Utf8.width(rw);
            if (w == 1 && s.charAt(i) >= Utf8.RUNE_SELF) {
                if (!invalid) b.append(replacement);
                invalid = true;
            } else {
                invalid = false;
                b.append(s, i, i + w);
            }
            i += w;
        }
        return b.toString();
    }

    static GoPanic plainPanic(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg), false);
    }
}
