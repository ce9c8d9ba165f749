package lanes.lib.fmt;

import lanes.lib.strconv.FloatFormat;
import lanes.lib.strconv.IsPrint;
import lanes.lib.strconv.Quote;
import lanes.values.GoStrings;

/**
 * The flags of one verb and the primitive formatters that honour them: padding, integers in
 * any base, strings, quoted strings, hex dumps, runes and floats. A port of Go's
 * {@code fmt/format.go}. Output goes to {@code buf} as a byte string; widths count runes.
 * Flags are reset by {@link #clearFlags} before every verb.
 */
final class Fmt {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final StringBuilder buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: print struct field names. */
    boolean plusV;
    /** %#v: Go syntax. */
    boolean sharpV;
    int wid;
    int prec;

    Fmt(StringBuilder buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    /** The flags of a verb, saved while something else is printed with clean flags. */
    record Flags(boolean widPresent, boolean precPresent, boolean minus, boolean plus, boolean sharp,
            boolean space, boolean zero, boolean plusV, boolean sharpV, int wid, int prec) {}

    Flags saveFlags() {
        return new Flags(widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV, wid, prec);
    }

    void restoreFlags(Flags f) {
        widPresent = f.widPresent();
        precPresent = f.precPresent();
        minus = f.minus();
        plus = f.plus();
        sharp = f.sharp();
        space = f.space();
        zero = f.zero();
        plusV = f.plusV();
        sharpV = f.sharpV();
        wid = f.wid();
        prec = f.prec();
    }

    void writePadding(int n) {
        char pad = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) buf.append(pad);
    }

    /** Appends s (a byte string) padded to the width on the left or right. */
    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - GoStrings.runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** %U: {@code U+0078}, or with # {@code U+0078 'x'}. */
    void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) p = prec;
        String hex = Long.toHexString(u).toUpperCase();
        StringBuilder sb = new StringBuilder("U+");
        for (int i = hex.length(); i < p; i++) sb.append('0');
        sb.append(hex);
        if (sharp && u >= 0 && u <= 0x10FFFF && IsPrint.isPrint((int) u)) {
            sb.append(" '");
            GoStrings.appendRune(sb, (int) u);
            sb.append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(sb.toString());
        zero = oldZero;
    }

    /** An integer (u holds the bits; isSigned says whether they are an int64) in base 2, 8, 10 or 16. */
    void fmtInteger(long u, int base, boolean isSigned, char verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) u = -u;
        int p = 0;
        if (precPresent) {
            p = prec;
            // Precision of 0 and value of 0 means "print nothing" but padding.
            if (p == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            p = wid;
            if (negative || plus || space) p--; // leave room for sign
        }
        String num = Long.toUnsignedString(u, base);
        if (digits == UDIGITS) num = num.toUpperCase();
        StringBuilder sb = new StringBuilder(Math.max(p, num.length()) + 4);
        for (int i = num.length(); i < p; i++) sb.append('0');
        sb.append(num);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') sb.insert(0, '0');
                }
                case 16 -> sb.insert(0, digits.charAt(16)).insert(0, '0');
                default -> { }
            }
        }
        if (verb == 'O') sb.insert(0, "0o");
        if (negative) {
            sb.insert(0, '-');
        } else if (plus) {
            sb.insert(0, '+');
        } else if (space) {
            sb.insert(0, ' ');
        }
        // Left padding with zeros has already been handled like precision earlier
        // or the f.zero flag is ignored due to an explicit precision.
        boolean oldZero = zero;
        zero = false;
        pad(sb.toString());
        zero = oldZero;
    }

    /** s truncated to the precision, counted in runes. */
    String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) return s.substring(0, i);
                i += s.charAt(i) < 0x80 ? 1 : (int) GoStrings.decodeRune(s, i);
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /** %x/%X of a string's (or byte slice's) bytes, with ' ' and '#' spacing options. */
    void fmtSbx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) length = prec;
        // Compute width of the encoding taking into account the f.sharp and f.space flag.
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) width *= 2;
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) writePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) writePadding(wid - width);
        if (sharp) buf.append('0').append(digits.charAt(16));
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) buf.append('0').append(digits.charAt(16));
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) writePadding(wid - width);
    }

    /** %q of a string: double-quoted Go syntax, or backquoted with # when possible. */
    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Quote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(plus ? Quote.quoteToASCII(s) : Quote.quote(s));
    }

    /** %c: the rune (invalid ones print as U+FFFD). */
    void fmtC(long c) {
        StringBuilder sb = new StringBuilder(4);
        GoStrings.appendRune(sb, Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : (int) c);
        pad(sb.toString());
    }

    /** %q of a rune: single-quoted Go syntax. */
    void fmtQc(long c) {
        long r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : c;
        pad(plus ? Quote.quoteRuneToASCII(r) : Quote.quoteRune(r));
    }

    /** A float formatted by strconv with the given verb, then sign, '#' and padding rules applied. */
    void fmtFloat(double v, int size, char verb, int precision) {
        if (precPresent) precision = prec;
        String s = FloatFormat.format(v, verb, precision, size);
        StringBuilder num = new StringBuilder(s.length() + 8);
        // Ensure a sign is present: num.charAt(0) is always '+' or '-' from here on.
        if (s.charAt(0) != '-' && s.charAt(0) != '+') num.append('+');
        num.append(s);
        if (space && num.charAt(0) == '+' && !plus) num.setCharAt(0, ' ');
        // Special handling for infinities and NaN, which don't look like a number so shouldn't be padded with zeros.
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) num.deleteCharAt(0);
            pad(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num.toString());
            return;
        }
        // No sign to show and the number is positive; just print the unsigned number.
        pad(num.substring(1));
    }

    /** The '#' flag on floats: always a decimal point, and %g/%v keep trailing zeros. */
    private static void sharpFloat(StringBuilder num, char verb, int precision) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = precision;
            if (digits == -1) digits = 6;
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        loop:
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            switch (c) {
                case '.' -> hasDecimalPoint = true;
                case 'p', 'P' -> {
                    tail = num.substring(i);
                    num.setLength(i);
                    break loop;
                }
                case 'e', 'E' -> {
                    if (verb != 'x' && verb != 'X') {
                        tail = num.substring(i);
                        num.setLength(i);
                        break loop;
                    }
                    sawNonzeroDigit = true; // an 'e' is a hex digit here
                    digits--;
                }
                default -> {
                    if (c != '0') sawNonzeroDigit = true;
                    if (sawNonzeroDigit) digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            // Leading digit 0 should contribute once to digits.
            if (num.length() == 2 && num.charAt(1) == '0') digits--;
            num.append('.');
        }
        while (digits > 0) {
            num.append('0');
            digits--;
        }
        num.append(tail);
    }
}
