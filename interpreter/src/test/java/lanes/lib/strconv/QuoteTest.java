package lanes.lib.strconv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import lanes.values.GoStrings;

/**
 * Quote, QuoteToASCII, QuoteToGraphic, CanBackquote, QuoteRune* and Unquote on the inputs of
 * Go's own quote tests and more (invalid UTF-8, surrogates, unassigned and format runes).
 * All strings are byte strings; expected values were produced by Go 1.19 (generated table).
 */
class QuoteTest {
    private static String bs(String javaText) {
        return GoStrings.fromJava(javaText);
    }

    private static DynamicTest quote(String s, String quoted, String ascii, String graphic, boolean backquotable) {
        return DynamicTest.dynamicTest("Quote(" + s + ")", () -> {
            assertEquals(quoted, Quote.quote(s));
            assertEquals(ascii, Quote.quoteToASCII(s));
            assertEquals(graphic, Quote.quoteToGraphic(s));
            assertEquals(backquotable, Quote.canBackquote(s));
        });
    }

    private static DynamicTest rune(long r, String quoted, String ascii, String graphic) {
        return DynamicTest.dynamicTest("QuoteRune(" + r + ")", () -> {
            assertEquals(quoted, Quote.quoteRune(r));
            assertEquals(ascii, Quote.quoteRuneToASCII(r));
            assertEquals(graphic, Quote.quoteRuneToGraphic(r));
        });
    }

    private static DynamicTest unquote(String s, String want, boolean ok) {
        return DynamicTest.dynamicTest("Unquote(" + s + ")", () -> {
            if (ok) {
                assertEquals(want, Quote.unquote(s));
            } else {
                assertNull(Quote.unquote(s));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> quoteStrings() {
        return Stream.of(
                quote("\007\010\014\r\n\t\013", "\"\\a\\b\\f\\r\\n\\t\\v\"", "\"\\a\\b\\f\\r\\n\\t\\v\"", "\"\\a\\b\\f\\r\\n\\t\\v\"", false),
                quote("\\", "\"\\\\\"", "\"\\\\\"", "\"\\\\\"", true),
                quote("abc\u00ffdef", "\"abc\\xffdef\"", "\"abc\\xffdef\"", "\"abc\\xffdef\"", false),
                quote(bs("☺"), bs("\"☺\""), "\"\\u263a\"", bs("\"☺\""), true),
                quote(bs("\udbff\udfff"), "\"\\U0010ffff\"", "\"\\U0010ffff\"", "\"\\U0010ffff\"", true),
                quote("\004", "\"\\x04\"", "\"\\x04\"", "\"\\x04\"", false),
                quote(bs("!\u00a0!\u2000!\u3000!"), "\"!\\u00a0!\\u2000!\\u3000!\"", "\"!\\u00a0!\\u2000!\\u3000!\"", bs("\"!\u00a0!\u2000!\u3000!\""), true),
                quote("\177", "\"\\x7f\"", "\"\\x7f\"", "\"\\x7f\"", false),
                quote("`", "\"`\"", "\"`\"", "\"`\"", false),
                quote("' !\"#$%&'()*+,-./:;<=>?@[\\]^_{|}~", "\"' !\\\"#$%&'()*+,-./:;<=>?@[\\\\]^_{|}~\"", "\"' !\\\"#$%&'()*+,-./:;<=>?@[\\\\]^_{|}~\"", "\"' !\\\"#$%&'()*+,-./:;<=>?@[\\\\]^_{|}~\"", true),
                quote("0123456789", "\"0123456789\"", "\"0123456789\"", "\"0123456789\"", true),
                quote("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"", "\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"", "\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"", true),
                quote("abcdefghijklmnopqrstuvwxyz", "\"abcdefghijklmnopqrstuvwxyz\"", "\"abcdefghijklmnopqrstuvwxyz\"", "\"abcdefghijklmnopqrstuvwxyz\"", true),
                quote(bs("☺"), bs("\"☺\""), "\"\\u263a\"", bs("\"☺\""), true),
                quote("\u0080", "\"\\x80\"", "\"\\x80\"", "\"\\x80\"", false),
                quote("a\u00e0\u00a0z", "\"a\\xe0\\xa0z\"", "\"a\\xe0\\xa0z\"", "\"a\\xe0\\xa0z\"", false),
                quote(bs("\ufeffabc"), "\"\\ufeffabc\"", "\"\\ufeffabc\"", "\"\\ufeffabc\"", false),
                quote(bs("a\ufeffz"), "\"a\\ufeffz\"", "\"a\\ufeffz\"", "\"a\\ufeffz\"", false),
                quote(bs("\u00ad"), "\"\\u00ad\"", "\"\\u00ad\"", "\"\\u00ad\"", true),
                quote(bs("\u2028"), "\"\\u2028\"", "\"\\u2028\"", "\"\\u2028\"", true),
                quote(bs("\ufeff"), "\"\\ufeff\"", "\"\\ufeff\"", "\"\\ufeff\"", false),
                quote(bs("\udb40\udc01"), "\"\\U000e0001\"", "\"\\U000e0001\"", "\"\\U000e0001\"", true),
                quote(bs("\u0378"), "\"\\u0378\"", "\"\\u0378\"", "\"\\u0378\"", true),
                quote("a\u0080b", "\"a\\x80b\"", "\"a\\x80b\"", "\"a\\x80b\"", false),
                quote("\u00c0\u00af", "\"\\xc0\\xaf\"", "\"\\xc0\\xaf\"", "\"\\xc0\\xaf\"", false),
                quote("\u00ed\u00a0\u0080", "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", false),
                quote(bs("\u1680"), "\"\\u1680\"", "\"\\u1680\"", bs("\"\u1680\""), true),
                quote(bs("😀"), bs("\"😀\""), "\"\\U0001f600\"", bs("\"😀\""), true),
                quote(bs("\u0600"), "\"\\u0600\"", "\"\\u0600\"", "\"\\u0600\"", true)
        );
    }

    @TestFactory
    Stream<DynamicTest> quoteRunes() {
        return Stream.of(
                rune(0L, "'\\x00'", "'\\x00'", "'\\x00'"),
                rune(7L, "'\\a'", "'\\a'", "'\\a'"),
                rune(10L, "'\\n'", "'\\n'", "'\\n'"),
                rune(39L, "'\\''", "'\\''", "'\\''"),
                rune(34L, "'\"'", "'\"'", "'\"'"),
                rune(92L, "'\\\\'", "'\\\\'", "'\\\\'"),
                rune(127L, "'\\x7f'", "'\\x7f'", "'\\x7f'"),
                rune(128L, "'\\u0080'", "'\\u0080'", "'\\u0080'"),
                rune(160L, "'\\u00a0'", "'\\u00a0'", bs("'\u00a0'")),
                rune(173L, "'\\u00ad'", "'\\u00ad'", "'\\u00ad'"),
                rune(233L, bs("'é'"), "'\\u00e9'", bs("'é'")),
                rune(9786L, bs("'☺'"), "'\\u263a'", bs("'☺'")),
                rune(65279L, "'\\ufeff'", "'\\ufeff'", "'\\ufeff'"),
                rune(55296L, bs("'�'"), "'\\ufffd'", bs("'�'")),
                rune(1114111L, "'\\U0010ffff'", "'\\U0010ffff'", "'\\U0010ffff'"),
                rune(1114112L, bs("'�'"), "'\\ufffd'", bs("'�'")),
                rune(-1L, bs("'�'"), "'\\ufffd'", bs("'�'")),
                rune(128512L, bs("'😀'"), "'\\U0001f600'", bs("'😀'")),
                rune(917505L, "'\\U000e0001'", "'\\U000e0001'", "'\\U000e0001'"),
                rune(8232L, "'\\u2028'", "'\\u2028'", "'\\u2028'"),
                rune(5760L, "'\\u1680'", "'\\u1680'", bs("'\u1680'"))
        );
    }

    @TestFactory
    Stream<DynamicTest> unquoteStrings() {
        return Stream.of(
                unquote("", "", false),
                unquote("a", "", false),
                unquote("abc", "", false),
                unquote(bs("☺"), "", false),
                unquote("hello world", "", false),
                unquote("\u00ff", "", false),
                unquote("\u00ff", "", false),
                unquote(bs("ሴ"), "", false),
                unquote(bs("𐄑"), "", false),
                unquote(bs("𐄑11"), "", false),
                unquote("\007\010\014\n\r\t\013\\\"", "", false),
                unquote("'", "", false),
                unquote(bs("☹"), "", false),
                unquote("\007", "", false),
                unquote("\020", "", false),
                unquote("\t", "", false),
                unquote(" ", "", false),
                unquote("\"", "", false),
                unquote("", "", false),
                unquote("a", "", false),
                unquote("abc", "", false),
                unquote(bs("☺"), "", false),
                unquote("hello world", "", false),
                unquote("\\xFF", "", false),
                unquote("\\377", "", false),
                unquote("\\", "", false),
                unquote("\n", "", false),
                unquote("\t", "", false),
                unquote(" ", "", false),
                unquote("ab", "", false),
                unquote("\"", "", false),
                unquote("\"a", "", false),
                unquote("\"'", "", false),
                unquote("b\"", "", false),
                unquote("\"\\\"", "", false),
                unquote("\"\\9\"", "", false),
                unquote("\"\\19\"", "", false),
                unquote("\"\\129\"", "", false),
                unquote("'\\'", "", false),
                unquote("'\\9'", "", false),
                unquote("'\\19'", "", false),
                unquote("'\\129'", "", false),
                unquote("'ab'", "", false),
                unquote("\"\\x1!\"", "", false),
                unquote("\"\\U12345678\"", "", false),
                unquote("\"\\z\"", "", false),
                unquote("`", "", false),
                unquote("`xxx", "", false),
                unquote("``x\r", "", false),
                unquote("`\"", "", false),
                unquote("\"\\'\"", "", false),
                unquote("'\\\"'", "", false),
                unquote("\"\n\"", "", false),
                unquote("\"\\n\n\"", "", false),
                unquote("'\n'", "", false),
                unquote("\"\\udead\"", "", false),
                unquote("\"\\ud83d\\ude4f\"", "", false),
                unquote("`a\rb`", "ab", true),
                unquote("\"\\377\"", "\u00ff", true),
                unquote("\"\\400\"", "", false),
                unquote("\"\\ud800\"", "", false),
                unquote("'\\ud800'", "", false),
                unquote("'ab'", "", false),
                unquote("''", "", true),
                unquote("\"\u00ff\"", bs("�"), true),
                unquote("'\u00ff'", bs("�"), true),
                unquote("\"a\\\"b\"", "a\"b", true),
                unquote("'\\x80'", "\u0080", true),
                unquote("'\\u00e9'", bs("é"), true)
        );
    }
}
