package lanes.lib.fmt;

import lanes.types.Kind;
import lanes.values.GoStrings;
import lanes.values.Iface;

/**
 * Interprets a Printf format string (Go's {@code doPrintf}): literal text, then for each verb
 * the flags {@code #0+- }, an optional {@code [n]} argument index, width and precision (digits
 * or {@code *}), and the verb itself. Errors never throw: they print inline as Go does
 * ({@code %!d(MISSING)}, {@code %!d(BADINDEX)}, {@code %!(BADWIDTH)}, {@code %!(BADPREC)},
 * {@code %!(NOVERB)}, {@code %!(EXTRA type=value)}).
 */
final class Printf {
    private final Printer p;
    private final Fmt fmt;
    private final String format;
    private final Object[] args;

    /** Some argument was chosen with [n]: unused arguments are then not reported as EXTRA. */
    private boolean reordered;
    /** The last [n] was valid. */
    private boolean goodArgNum;
    private int argNum;
    private int i;

    Printf(Printer p, String format, Object[] args) {
        this.p = p;
        this.fmt = p.fmt;
        this.format = format;
        this.args = args;
    }

    void run() {
        int end = format.length();
        boolean afterIndex = false; // previous item in format was an index like [3]
        formatLoop:
        for (i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') i++;
            if (i > lasti) p.buf.append(format, lasti, i);
            if (i >= end) break; // done processing format string
            i++; // skip %
            fmt.clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = !fmt.minus; // only allow zero padding to the left
                    case '+' -> fmt.plus = true;
                    case '-' -> {
                        fmt.minus = true;
                        fmt.zero = false; // do not pad with zeros to the right
                    }
                    case ' ' -> fmt.space = true;
                    default -> {
                        // Fast path for the common case of ascii lower case simple verbs without precision or width or argument indices.
                        if ('a' <= c && c <= 'z' && argNum < args.length) {
                            if (c == 'v') moveVFlags();
                            p.printArg(args[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            afterIndex = argNumber();

            // Do we have width?
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer w = intFromArg();
                fmt.widPresent = w != null;
                fmt.wid = w == null ? 0 : w;
                if (!fmt.widPresent) p.buf.append("%!(BADWIDTH)");
                // We have a negative width, so take its value and ensure that the minus flag is set.
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] num = parsenum(i, end);
                fmt.wid = num[0];
                fmt.widPresent = num[1] != 0;
                i = num[2];
                if (afterIndex && fmt.widPresent) goodArgNum = false; // "%[3]2d"
            }

            // Do we have precision?
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) goodArgNum = false; // "%[3].2d"
                afterIndex = argNumber();
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Integer pr = intFromArg();
                    fmt.precPresent = pr != null;
                    fmt.prec = pr == null ? 0 : pr;
                    // Negative precision arguments don't make sense
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) p.buf.append("%!(BADPREC)");
                    afterIndex = false;
                } else {
                    int[] num = parsenum(i, end);
                    fmt.prec = num[0];
                    fmt.precPresent = num[1] != 0;
                    i = num[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }

            if (!afterIndex) afterIndex = argNumber();

            if (i >= end) {
                p.buf.append("%!(NOVERB)");
                break;
            }

            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long rw = GoStrings.decodeRune(format, i);
                verb = (int) (rw >>> 32);
                size = (int) rw;
            }
            i += size;

            if (verb == '%') {
                p.buf.append('%'); // percent does not absorb operands and ignores f.wid and f.prec
            } else if (!goodArgNum) {
                badArgNum(verb);
            } else if (argNum >= args.length) {
                missingArg(verb);
            } else {
                if (verb == 'v') moveVFlags();
                p.printArg(args[argNum], verb);
                argNum++;
            }
        }

        // Check for extra arguments unless the call accessed the arguments out of order.
        if (!reordered && argNum < args.length) {
            fmt.clearFlags();
            p.buf.append("%!(EXTRA ");
            for (int k = argNum; k < args.length; k++) {
                if (k > argNum) p.buf.append(", ");
                Iface a = (Iface) args[k];
                if (a == null) {
                    p.buf.append("<nil>");
                } else {
                    p.buf.append(Printer.typeString(a.type)).append('=');
                    p.printArg(a, 'v');
                }
            }
            p.buf.append(')');
        }
    }

    /** %v: '#' means Go syntax and '+' means field names, not the flags' usual meanings. */
    private void moveVFlags() {
        fmt.sharpV = fmt.sharp;
        fmt.sharp = false;
        fmt.plusV = fmt.plus;
        fmt.plus = false;
    }

    private void badArgNum(int verb) {
        p.buf.append("%!");
        GoStrings.appendRune(p.buf, verb);
        p.buf.append("(BADINDEX)");
    }

    private void missingArg(int verb) {
        p.buf.append("%!");
        GoStrings.appendRune(p.buf, verb);
        p.buf.append("(MISSING)");
    }

    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** Go's parsenum: {value, isnum ? 1 : 0, new index}. */
    private int[] parsenum(int start, int end) {
        if (start >= end) return new int[] {0, 0, end};
        int num = 0;
        boolean isnum = false;
        int k = start;
        for (; k < end && '0' <= format.charAt(k) && format.charAt(k) <= '9'; k++) {
            if (tooLarge(num)) return new int[] {0, 0, end}; // overflow; crazy long number most likely
            num = num * 10 + (format.charAt(k) - '0');
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, k};
    }

    /** A width or precision taken from the next argument, which must be an int that is not too large; null otherwise. */
    private Integer intFromArg() {
        if (argNum >= args.length) return null;
        Iface a = (Iface) args[argNum];
        argNum++;
        if (a == null) return null;
        Kind k = a.type.underlying().kind();
        if (!k.isInteger()) return null;
        long n = (Long) a.value;
        if (k.isUnsigned() && n < 0) return null;
        if (tooLarge(n)) return null;
        return (int) n;
    }

    /**
     * Parses an optional [n] at i, moving argNum and i; returns whether one was found (Go's
     * argNumber, with its "found" result as afterIndex).
     */
    private boolean argNumber() {
        if (format.length() <= i || format.charAt(i) != '[') return false;
        reordered = true;
        // parseArgNumber: there must be a closing bracket, with a positive number inside.
        int n = format.length() - i;
        if (n < 3) {
            goodArgNum = false;
            i += 1;
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (format.charAt(i + k) == ']') {
                int[] num = parsenum(i + 1, i + k);
                if (num[1] == 0 || num[2] != i + k) {
                    goodArgNum = false;
                    i += k + 1;
                    return false;
                }
                int index = num[0] - 1; // arg numbers are one-indexed and skip paren
                i += k + 1;
                if (0 <= index && index < args.length) {
                    argNum = index;
                    return true;
                }
                goodArgNum = false;
                return true;
            }
        }
        goodArgNum = false;
        i += 1;
        return false;
    }
}
