package lanes.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static void assertInt(long expected, String text) {
        assertEquals(BigInteger.valueOf(expected), Literals.parseInt(text), text);
    }

    private static void assertFloat(String expected, String text) {
        assertEquals(0, new BigDecimal(expected).compareTo(Literals.parseFloat(text)), text);
    }

    @Test
    void integers() {
        assertInt(42, "42");
        assertInt(42, "0x2A");
        assertInt(42, "0X2a");
        assertInt(42, "0o52");
        assertInt(42, "0O52");
        assertInt(42, "052");
        assertInt(42, "0b101010");
        assertInt(1_000_000, "1_000_000");
        assertInt(255, "0x_FF");
        assertInt(0, "0");
        assertEquals(new BigInteger("18446744073709551616"), Literals.parseInt("0x1_0000_0000_0000_0000"));
    }

    @Test
    void floats() {
        assertFloat("1.5", "1.5");
        assertFloat("0.5", ".5");
        assertFloat("1", "1.");
        assertFloat("1000", "1e3");
        assertFloat("0.0015", "1.5e-3");
        assertFloat("0.25", "0x1p-2");
        assertFloat("3", "0x1.8p1");
        assertFloat("10.25", "1_0.2_5");
        assertFloat("602214076000000000000000", "6.02214076e23");
        assertFloat("0.1", "0.1"); // exact decimal, not the nearest double
        assertEquals("0.1", Literals.parseFloat("0.1").toString());
    }

    @Test
    void imaginaries() {
        assertEquals(0, new BigDecimal(2).compareTo(Literals.parseImaginary("2i")));
        assertEquals(0, new BigDecimal(123).compareTo(Literals.parseImaginary("0123i")));
        assertEquals(0, new BigDecimal(150).compareTo(Literals.parseImaginary("1.5e2i")));
        assertEquals(0, new BigDecimal(255).compareTo(Literals.parseImaginary("0xFFi")));
    }

    @Test
    void runes() {
        assertEquals('a', Literals.parseRune("'a'"));
        assertEquals('\n', Literals.parseRune("'\\n'"));
        assertEquals(7, Literals.parseRune("'\\a'"));
        assertEquals(0x41, Literals.parseRune("'\\x41'"));
        assertEquals(0xE9, Literals.parseRune("'\\u00e9'"));
        assertEquals(0x1F600, Literals.parseRune("'\\U0001F600'"));
        assertEquals(0101, Literals.parseRune("'\\101'"));
        assertEquals(0xD55C, Literals.parseRune("'한'"));
        assertEquals(0x1F600, Literals.parseRune("'😀'"));
        assertEquals('\'', Literals.parseRune("'\\''"));
        assertEquals('\\', Literals.parseRune("'\\\\'"));
    }

    @Test
    void interpretedStringsBecomeUtf8ByteStrings() {
        assertEquals("abc", Literals.parseString("\"abc\""));
        assertEquals("\u00ED\u0095\u009C", Literals.parseString("\"한\""));
        assertEquals("\u00FF", Literals.parseString("\"\\xff\""));
        assertEquals("\u00C3\u00A9", Literals.parseString("\"\\u00e9\""));
        assertEquals("A", Literals.parseString("\"\\101\""));
        assertEquals("\u00F0\u009F\u0098\u0080", Literals.parseString("\"\\U0001F600\""));
        assertEquals("\u00F0\u009F\u0098\u0080", Literals.parseString("\"😀\""));
        assertEquals("tab\there \"quoted\" back\\slash\n", Literals.parseString("\"tab\\there \\\"quoted\\\" back\\\\slash\\n\""));
        assertEquals("", Literals.parseString("\"\""));
    }

    @Test
    void rawStringsDropCarriageReturns() {
        assertEquals("a\nb", Literals.parseString("`a\r\nb`"));
        assertEquals("\\n", Literals.parseString("`\\n`"));
        assertEquals("\u00ED\u0095\u009C", Literals.parseString("`한`"));
    }

    @Test
    void byteStringConversions() {
        assertEquals("\u00C3\u00A9", Literals.toByteString("é"));
        assertEquals("é한😀", Literals.fromByteString(Literals.toByteString("é한😀")));
        assertEquals("\uFFFD", Literals.fromByteString("\u00FF"));
        // A truncated sequence is one U+FFFD per byte, as Go's range over a string gives.
        assertEquals("a\uFFFD\uFFFD", Literals.fromByteString("a\u00E2\u0082"));
        // Surrogates encoded in UTF-8 are invalid in Go.
        assertEquals("\uFFFD\uFFFD\uFFFD", Literals.fromByteString("\u00ED\u00A0\u0080"));
    }

    @Test
    void decodeRuneReportsSize() {
        String b = Literals.toByteString("a한");
        assertEquals(((long) 'a' << 32) | 1, Literals.decodeRune(b, 0));
        assertEquals(((long) 0xD55C << 32) | 3, Literals.decodeRune(b, 1));
        assertEquals(((long) 0xFFFD << 32) | 1, Literals.decodeRune("\u0080", 0));
    }
}
