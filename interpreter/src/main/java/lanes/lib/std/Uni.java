package lanes.lib.std;

import lanes.lib.strconv.IsPrint;

/**
 * Go's {@code unicode} classes and case mappings. Categories and simple case mappings come from
 * the JDK, whose Unicode is newer than Go 1.19's 13.0; every answer is therefore gated by Go's
 * own IsPrint table (generated from Go, see {@link IsPrint}): a code point Go does not know as
 * printable has no letter/number/punctuation/symbol/mark class, and a case mapping whose result
 * Go does not know is not applied. Latin-1 follows Go's hand-made property table, and spaces
 * follow Go's White_Space list, not the JDK's notion of whitespace.
 */
final class Uni {
    private Uni() {}

    static boolean isPrint(long r) {
        return r >= 0 && r <= Utf8.MAX_RUNE && IsPrint.isPrint((int) r);
    }

    static boolean isGraphic(long r) {
        return r >= 0 && r <= Utf8.MAX_RUNE && IsPrint.isGraphic((int) r);
    }

    /** The JDK's general category of r, or UNASSIGNED where Go 1.19 knows no printable rune. */
    private static int category(long r) {
        return isPrint(r) ? Character.getType((int) r) : Character.UNASSIGNED;
    }

    static boolean isLetter(long r) {
        return switch (category(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    static boolean isDigit(long r) {
        if (r <= 0xFF) return '0' <= r && r <= '9';
        return category(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isNumber(long r) {
        return switch (category(r)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static boolean isUpper(long r) {
        return category(r) == Character.UPPERCASE_LETTER;
    }

    static boolean isLower(long r) {
        return category(r) == Character.LOWERCASE_LETTER;
    }

    static boolean isTitle(long r) {
        return category(r) == Character.TITLECASE_LETTER;
    }

    static boolean isPunct(long r) {
        return switch (category(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isSymbol(long r) {
        return switch (category(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isMark(long r) {
        return switch (category(r)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** Go's IsControl: only the C0 and C1 control codes (Latin-1). */
    static boolean isControl(long r) {
        return (0 <= r && r < 0x20) || (0x7F <= r && r <= 0x9F);
    }

    /** Go's IsSpace: Unicode's White_Space property. */
    static boolean isSpace(long r) {
        if (r <= 0xFF) {
            return r == ' ' || ('\t' <= r && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return r == 0x1680 || (0x2000 <= r && r <= 0x200A) || r == 0x2028 || r == 0x2029
                || r == 0x202F || r == 0x205F || r == 0x3000;
    }

    static long toUpper(long r) {
        if (r < 0x80) return 'a' <= r && r <= 'z' ? r - ('a' - 'A') : r;
        return mapped(r, Character.toUpperCase((int) r));
    }

    static long toLower(long r) {
        if (r < 0x80) return 'A' <= r && r <= 'Z' ? r + ('a' - 'A') : r;
        return mapped(r, Character.toLowerCase((int) r));
    }

    static long toTitle(long r) {
        if (r < 0x80) return 'a' <= r && r <= 'z' ? r - ('a' - 'A') : r;
        return mapped(r, Character.toTitleCase((int) r));
    }

    private static long mapped(long r, int to) {
        if (r > Utf8.MAX_RUNE || to == r) return r;
        return isPrint(r) && isPrint(to) ? to : r;
    }

    /** Go's caseOrbit: the folding orbits that are not just {upper, lower}, as (from, to) pairs. */
    private static final int[] CASE_ORBIT = {
        0x004B, 0x006B, 0x0053, 0x0073, 0x006B, 0x212A, 0x0073, 0x017F, 0x00B5, 0x039C, 0x00C5, 0x00E5,
        0x00DF, 0x1E9E, 0x00E5, 0x212B, 0x0130, 0x0130, 0x0131, 0x0131, 0x017F, 0x0053, 0x01C4, 0x01C5,
        0x01C5, 0x01C6, 0x01C6, 0x01C4, 0x01C7, 0x01C8, 0x01C8, 0x01C9, 0x01C9, 0x01C7, 0x01CA, 0x01CB,
        0x01CB, 0x01CC, 0x01CC, 0x01CA, 0x01F1, 0x01F2, 0x01F2, 0x01F3, 0x01F3, 0x01F1, 0x0345, 0x0399,
        0x0392, 0x03B2, 0x0395, 0x03B5, 0x0398, 0x03B8, 0x0399, 0x03B9, 0x039A, 0x03BA, 0x039C, 0x03BC,
        0x03A0, 0x03C0, 0x03A1, 0x03C1, 0x03A3, 0x03C2, 0x03A6, 0x03C6, 0x03A9, 0x03C9, 0x03B2, 0x03D0,
        0x03B5, 0x03F5, 0x03B8, 0x03D1, 0x03B9, 0x1FBE, 0x03BA, 0x03F0, 0x03BC, 0x00B5, 0x03C0, 0x03D6,
        0x03C1, 0x03F1, 0x03C2, 0x03C3, 0x03C3, 0x03A3, 0x03C6, 0x03D5, 0x03C9, 0x2126, 0x03D0, 0x0392,
        0x03D1, 0x03F4, 0x03D5, 0x03A6, 0x03D6, 0x03A0, 0x03F0, 0x039A, 0x03F1, 0x03A1, 0x03F4, 0x0398,
        0x03F5, 0x0395, 0x0412, 0x0432, 0x0414, 0x0434, 0x041E, 0x043E, 0x0421, 0x0441, 0x0422, 0x0442,
        0x042A, 0x044A, 0x0432, 0x1C80, 0x0434, 0x1C81, 0x043E, 0x1C82, 0x0441, 0x1C83, 0x0442, 0x1C84,
        0x044A, 0x1C86, 0x0462, 0x0463, 0x0463, 0x1C87, 0x1C80, 0x0412, 0x1C81, 0x0414, 0x1C82, 0x041E,
        0x1C83, 0x0421, 0x1C84, 0x1C85, 0x1C85, 0x0422, 0x1C86, 0x042A, 0x1C87, 0x0462, 0x1C88, 0xA64A,
        0x1E60, 0x1E61, 0x1E61, 0x1E9B, 0x1E9B, 0x1E60, 0x1E9E, 0x00DF, 0x1FBE, 0x0345, 0x2126, 0x03A9,
        0x212A, 0x004B, 0x212B, 0x00C5, 0xA64A, 0xA64B, 0xA64B, 0x1C88,
    };

    /**
     * Go's SimpleFold: the smallest rune above r that is equivalent to it under simple case
     * folding, wrapping around to the smallest one below.
     */
    static long simpleFold(long r) {
        if (r < 0 || r > Utf8.MAX_RUNE) return r;
        if (r < 0x80) {
            if (r == 'k') return 0x212A;
            if (r == 's') return 0x017F;
            if ('A' <= r && r <= 'Z') return r + ('a' - 'A');
            if ('a' <= r && r <= 'z') return r - ('a' - 'A');
            return r;
        }
        int lo = 0;
        int hi = CASE_ORBIT.length / 2;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (CASE_ORBIT[2 * m] < r) lo = m + 1;
            else hi = m;
        }
        if (lo < CASE_ORBIT.length / 2 && CASE_ORBIT[2 * lo] == r) return CASE_ORBIT[2 * lo + 1];
        long l = toLower(r);
        if (l != r) return l;
        return toUpper(r);
    }
}
