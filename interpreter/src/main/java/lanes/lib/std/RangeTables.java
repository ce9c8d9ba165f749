package lanes.lib.std;

import java.util.function.LongPredicate;

import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.values.SliceV;
import lanes.values.StructV;

/**
 * unicode's {@code *RangeTable} values ({@code unicode.Letter}, {@code unicode.Han}, ...) and
 * the functions that take them ({@code Is}, {@code In}, {@code IsOneOf}). A table is a struct
 * whose hidden field holds the membership test; categories answer as {@link Uni} does, scripts
 * come from the JDK, gated like every other answer by what Go knows as printable.
 */
final class RangeTables {
    private RangeTables() {}

    static final Named RANGE_TABLE = NativeTypes.struct("unicode", "RangeTable", "test", Basic.UNSAFE_POINTER);
    static final PointerType TABLE_PTR = new PointerType(RANGE_TABLE);

    static void add(Pkg p) {
        p.type("RangeTable", RANGE_TABLE);
        table(p, Uni::isLetter, "Letter", "L");
        table(p, Uni::isUpper, "Upper", "Lu");
        table(p, Uni::isLower, "Lower", "Ll");
        table(p, Uni::isTitle, "Title", "Lt");
        table(p, Uni::isNumber, "Number", "N");
        table(p, Uni::isDigit, "Digit", "Nd");
        table(p, Uni::isPunct, "Punct", "P");
        table(p, Uni::isSymbol, "Symbol", "S");
        table(p, Uni::isMark, "Mark", "M");
        table(p, r -> Uni.isPrint(r) && isCategory(r, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                Character.PARAGRAPH_SEPARATOR), "Space", "Z");
        table(p, Uni::isSpace, "White_Space");
        table(p, Uni::isControl, "Cc");
        for (Character.UnicodeScript s : new Character.UnicodeScript[] {Character.UnicodeScript.LATIN,
                Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.HAN,
                Character.UnicodeScript.HANGUL, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
                Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.THAI,
                Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN}) {
            String n = s.name().charAt(0) + s.name().substring(1).toLowerCase();
            table(p, r -> Uni.isGraphic(r) && Character.UnicodeScript.of((int) r) == s, n);
        }
        p.fn("Is", Sig.fn(Sig.of(TABLE_PTR, Basic.INT32), Basic.BOOL),
                new Native("unicode.Is", a -> test(a[0], (Long) a[1])));
        SliceType tables = new SliceType(TABLE_PTR);
        p.fn("In", Sig.variadic(Sig.of(Basic.INT32, TABLE_PTR), Basic.BOOL),
                new Native("unicode.In", a -> any((Long) a[0], (SliceV) a[1])));
        p.fn("IsOneOf", Sig.fn(Sig.of(tables, Basic.INT32), Basic.BOOL),
                new Native("unicode.IsOneOf", a -> any((Long) a[1], (SliceV) a[0])));
    }

    private static boolean isCategory(long r, int... cats) {
        int t = Character.getType((int) r);
        for (int c : cats) if (t == c) return true;
        return false;
    }

    private static void table(Pkg p, LongPredicate test, String... names) {
        StructV v = new StructV(new Object[] {test});
        for (String n : names) p.var(n, TABLE_PTR, v);
    }

    private static boolean test(Object table, long r) {
        if (table == null) throw lanes.values.Values.runtimePanic("invalid memory address or nil pointer dereference");
        return r >= 0 && r <= Utf8.MAX_RUNE && ((LongPredicate) ((StructV) table).fields[0]).test(r);
    }

    private static boolean any(long r, SliceV ts) {
        if (ts == null) return false;
        for (int i = 0; i < ts.len; i++) {
            if (test(((Object[]) ts.array)[ts.off + i], r)) return true;
        }
        return false;
    }
}
