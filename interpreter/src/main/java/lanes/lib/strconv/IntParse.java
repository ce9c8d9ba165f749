package lanes.lib.strconv;

import lanes.types.Basic;
import lanes.values.GoPanic;
import lanes.values.Iface;

/**
 * Go's integer and boolean conversions: {@code ParseInt}, {@code ParseUint}, {@code Atoi},
 * {@code ParseBool}, {@code FormatInt}, {@code FormatUint}, {@code Itoa}. Failures throw
 * {@link NumError} carrying the value Go returns with the error (the clamped bound on a range
 * error, 0 on a syntax error). uint64 results are the signed long with the same bits.
 */
public final class IntParse {
    private IntParse() {}

    private static final long MAX_UINT64 = -1L;

    public static long parseUint(String s, int base, int bitSize) {
        final String fn = "ParseUint";
        if (s.isEmpty()) throw new NumError(fn, s, NumError.SYNTAX, 0L);
        boolean base0 = base == 0;
        String s0 = s;
        if (2 <= base && base <= 36) {
            // ok
        } else if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                if (s.length() >= 3 && lower(s.charAt(1)) == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else {
            throw new NumError(fn, s0, "invalid base " + base, 0L);
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            throw new NumError(fn, s0, "invalid bit size " + bitSize, 0L);
        }
        // Cutoff is the smallest number such that cutoff*base > maxUint64.
        long cutoff = Long.divideUnsigned(MAX_UINT64, base) + 1;
        long maxVal = bitSize == 64 ? MAX_UINT64 : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if ('0' <= c && c <= '9') {
                d = c - '0';
            } else if ('a' <= lower(c) && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                throw new NumError(fn, s0, NumError.SYNTAX, 0L);
            }
            if (d >= base) throw new NumError(fn, s0, NumError.SYNTAX, 0L);
            if (Long.compareUnsigned(n, cutoff) >= 0) throw new NumError(fn, s0, NumError.RANGE, maxVal);
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                throw new NumError(fn, s0, NumError.RANGE, maxVal);
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s0)) throw new NumError(fn, s0, NumError.SYNTAX, 0L);
        return n;
    }

    public static long parseInt(String s, int base, int bitSize) {
        final String fn = "ParseInt";
        if (s.isEmpty()) throw new NumError(fn, s, NumError.SYNTAX, 0L);
        String s0 = s;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        long un;
        try {
            un = parseUint(s, base, bitSize);
        } catch (NumError e) {
            if (!e.isRange()) throw e.relabel(fn, s0, 0L);
            un = (Long) e.value;
        }
        if (bitSize == 0) bitSize = 64;
        long cutoff = 1L << (bitSize - 1);
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) throw new NumError(fn, s0, NumError.RANGE, cutoff - 1);
        if (neg && Long.compareUnsigned(un, cutoff) > 0) throw new NumError(fn, s0, NumError.RANGE, -cutoff);
        return neg ? -un : un;
    }

    /** Go's {@code Atoi}: {@code ParseInt(s, 10, 0)} reported as Atoi. */
    public static long atoi(String s) {
        final String fn = "Atoi";
        int n = s.length();
        if (0 < n && n < 19) {
            String s0 = s;
            int i = 0;
            if (s.charAt(0) == '-' || s.charAt(0) == '+') {
                i = 1;
                if (n < 2) throw new NumError(fn, s0, NumError.SYNTAX, 0L);
            }
            long v = 0;
            for (; i < n; i++) {
                int ch = s.charAt(i) - '0';
                if (ch < 0 || ch > 9) throw new NumError(fn, s0, NumError.SYNTAX, 0L);
                v = v * 10 + ch;
            }
            return s0.charAt(0) == '-' ? -v : v;
        }
        try {
            return parseInt(s, 10, 0);
        } catch (NumError e) {
            throw e.relabel(fn, e.num, e.value);
        }
    }

    public static boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> throw new NumError("ParseBool", s, NumError.SYNTAX, Boolean.FALSE);
        };
    }

    /** Go's {@code ParseFloat}; see {@link FloatParse#parseFloat}. */
    public static double parseFloat(String s, int bitSize) {
        return FloatParse.parseFloat(s, bitSize);
    }

    public static String formatInt(long v, int base) {
        checkBase(base);
        return Long.toString(v, base);
    }

    public static String formatUint(long v, int base) {
        checkBase(base);
        return Long.toUnsignedString(v, base);
    }

    public static String itoa(long v) {
        return Long.toString(v);
    }

    private static void checkBase(int base) {
        if (base < 2 || base > 36) {
            throw new GoPanic(new Iface(Basic.STRING, "strconv: illegal AppendInt/FormatInt base"), false);
        }
    }

    static char lower(char c) {
        return (char) (c | ('x' - 'X'));
    }

    /**
     * Whether the underscores in s sit only between digits, or between a base prefix and a digit,
     * as Go number literals allow.
     */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) s = s.substring(1);
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0'
                && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
            i = 2;
            saw = '0';
            hex = lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ('0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }
}
