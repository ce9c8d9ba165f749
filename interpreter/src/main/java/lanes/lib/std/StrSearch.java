package lanes.lib.std;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import lanes.values.GoStrings;
import lanes.values.SliceV;

/**
 * Package strings, the searching half: Index and its relatives, Count, Split, Fields and Cut,
 * ported from Go 1.19 on byte strings. Where Go's result depends on more than the answer (the
 * capacity of Split's result, which rune a callback sees first) the port keeps Go's order of work.
 */
final class StrSearch {
    private StrSearch() {}

    static int index(String s, String sub) {
        return s.indexOf(sub);
    }

    static int lastIndex(String s, String sub) {
        return s.lastIndexOf(sub);
    }

    static int indexByte(String s, long c) {
        return s.indexOf((char) (c & 0xFF));
    }

    static int lastIndexByte(String s, long c) {
        return s.lastIndexOf((char) (c & 0xFF));
    }

    static int indexRune(String s, long r) {
        if (0 <= r && r < Utf8.RUNE_SELF) return indexByte(s, r);
        if (r == Utf8.RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                long rw = Utf8.decode(s, i);
                if (Utf8.rune(rw) == Utf8.RUNE_ERROR) return i;
                i += Utf8.width(rw);
            }
            return -1;
        }
        if (!Utf8.validRune(r)) return -1;
        return s.indexOf(GoStrings.encodeRune(r));
    }

    static int indexAny(String s, String chars) {
        if (chars.isEmpty()) return -1;
        if (chars.length() == 1) {
            long r = chars.charAt(0);
            if (r >= Utf8.RUNE_SELF) r = Utf8.RUNE_ERROR;
            return indexRune(s, r);
        }
        for (int i = 0; i < s.length(); ) {
            long rw = Utf8.decode(s, i);
            if (indexRune(chars, Utf8.rune(rw)) >= 0) return i;
            i += Utf8.width(rw);
        }
        return -1;
    }

    static int lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) return -1;
        if (s.length() == 1) {
            long rc = s.charAt(0);
            if (rc >= Utf8.RUNE_SELF) rc = Utf8.RUNE_ERROR;
            return indexRune(chars, rc) >= 0 ? 0 : -1;
        }
        long single = -1;
        if (chars.length() == 1) {
            single = chars.charAt(0);
            if (single >= Utf8.RUNE_SELF) single = Utf8.RUNE_ERROR;
        }
        for (int i = s.length(); i > 0; ) {
            long rw = Utf8.decodeLast(s, i);
            i -= Utf8.width(rw);
            int r = Utf8.rune(rw);
            if (single >= 0 ? r == single : indexRune(chars, r) >= 0) return i;
        }
        return -1;
    }

    /** indexFunc: the first rune whose f(rune) equals truth. */
    static int indexFunc(String s, LongPredicate f, boolean truth) {
        for (int i = 0; i < s.length(); ) {
            long rw = Utf8.decode(s, i);
            if (f.test(Utf8.rune(rw)) == truth) return i;
            i += Utf8.width(rw);
        }
        return -1;
    }

    static int lastIndexFunc(String s, LongPredicate f, boolean truth) {
        for (int i = s.length(); i > 0; ) {
            long rw = Utf8.decodeLast(s, i);
            i -= Utf8.width(rw);
            if (f.test(Utf8.rune(rw)) == truth) return i;
        }
        return -1;
    }

    static long count(String s, String sub) {
        if (sub.isEmpty()) return GoStrings.runeCount(s) + 1L;
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
        return n;
    }

    static SliceV strings(Object[] a, int len) {
        return new SliceV(a, 0, len, a.length);
    }

    /** explode: s split into its UTF-8 sequences, the last piece holding the rest when n is short. */
    private static SliceV explode(String s, long n) {
        int l = GoStrings.runeCount(s);
        if (n < 0 || n > l) n = l;
        Object[] a = new Object[(int) n];
        int pos = 0;
        for (int i = 0; i < n - 1; i++) {
            int size = Utf8.width(Utf8.decode(s, pos));
            a[i] = s.substring(pos, pos + size);
            pos += size;
        }
        if (n > 0) a[(int) n - 1] = s.substring(pos);
        return strings(a, a.length);
    }

    /** genSplit: splits after each sep, keeping sepSave bytes of it; at most n pieces when n >= 0. */
    static SliceV genSplit(String s, String sep, int sepSave, long n) {
        if (n == 0) return null;
        if (sep.isEmpty()) return explode(s, n);
        if (n < 0) n = count(s, sep) + 1;
        if (n > s.length() + 1L) n = s.length() + 1L;
        Object[] a = new Object[(int) n];
        n--;
        int i = 0;
        int pos = 0;
        while (i < n) {
            int m = s.indexOf(sep, pos);
            if (m < 0) break;
            a[i] = s.substring(pos, m + sepSave);
            pos = m + sep.length();
            i++;
        }
        a[i] = s.substring(pos);
        return strings(a, i + 1);
    }

    private static boolean asciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 11 || c == '\f' || c == '\r';
    }

    static SliceV fields(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= Utf8.RUNE_SELF) return fieldsFunc(s, Uni::isSpace);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && asciiSpace(s.charAt(i))) i++;
            int start = i;
            while (i < s.length() && !asciiSpace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        Object[] a = out.toArray();
        return strings(a, a.length);
    }

    static SliceV fieldsFunc(String s, LongPredicate f) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long rw = Utf8.decode(s, i);
            if (f.test(Utf8.rune(rw))) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Utf8.width(rw);
        }
        if (start >= 0) out.add(s.substring(start));
        Object[] a = out.toArray();
        return strings(a, a.length);
    }

    /** Cut: {before, after, found}. */
    static Object[] cut(String s, String sep) {
        int i = s.indexOf(sep);
        if (i >= 0) return new Object[] {s.substring(0, i), s.substring(i + sep.length()), true};
        return new Object[] {s, "", false};
    }

    static long compare(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }
}
