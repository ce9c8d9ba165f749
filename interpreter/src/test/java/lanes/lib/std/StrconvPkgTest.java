package lanes.lib.std;

import static lanes.lib.std.Std.call;
import static lanes.lib.std.Std.errText;
import static lanes.lib.std.Std.g;
import static lanes.lib.std.Std.j;
import static lanes.lib.std.Std.res;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lanes.lib.Pkg;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.StructV;

/** Package strconv: results and *strconv.NumError values as Go 1.19 gives them. */
class StrconvPkgTest {
    private final Pkg p = StrconvPkg.create(Std.METHODS);

    private Object errVar(String name) {
        return ((Pkg.Var) p.members.get(name)).cell().v;
    }

    @Test
    void atoiErrorIsANumError() {
        Object r = call(p, "Atoi", "12a");
        assertEquals(0L, res(r, 0));
        Iface err = (Iface) res(r, 1);
        assertEquals("strconv.Atoi: parsing \"12a\": invalid syntax", errText(err));
        assertEquals("*strconv.NumError", err.type.toString());
        StructV ne = (StructV) err.value;
        assertEquals("Atoi", ne.fields[0]);
        assertEquals("12a", ne.fields[1]);
        assertSame(errVar("ErrSyntax"), ne.fields[2]);
        assertSame(errVar("ErrSyntax"), Std.method(err.type, err.value, "Unwrap"));
        assertEquals(42L, res(call(p, "Atoi", "+42"), 0));
        assertNull(res(call(p, "Atoi", "+42"), 1));
    }

    @Test
    void rangeErrorsCarryTheClampedValue() {
        Object r = call(p, "Atoi", "99999999999999999999");
        assertEquals(Long.MAX_VALUE, res(r, 0));
        assertEquals("strconv.Atoi: parsing \"99999999999999999999\": value out of range", errText(res(r, 1)));
        assertSame(errVar("ErrRange"), ((StructV) ((Iface) res(r, 1)).value).fields[2]);
        r = call(p, "ParseInt", "300", 10L, 8L);
        assertEquals(127L, res(r, 0));
        assertEquals("strconv.ParseInt: parsing \"300\": value out of range", errText(res(r, 1)));
        r = call(p, "ParseFloat", "1e400", 64L);
        assertEquals(Double.POSITIVE_INFINITY, res(r, 0));
        assertEquals("strconv.ParseFloat: parsing \"1e400\": value out of range", errText(res(r, 1)));
    }

    @Test
    void otherParseErrors() {
        assertEquals("strconv.ParseInt: parsing \"1\": invalid base 1", errText(res(call(p, "ParseInt", "1", 1L, 8L), 1)));
        assertEquals("strconv.ParseUint: parsing \"-1\": invalid syntax", errText(res(call(p, "ParseUint", "-1", 10L, 64L), 1)));
        Object r = call(p, "ParseBool", "maybe");
        assertEquals(false, res(r, 0));
        assertEquals("strconv.ParseBool: parsing \"maybe\": invalid syntax", errText(res(r, 1)));
        assertEquals(-1L, res(call(p, "ParseUint", "18446744073709551615", 10L, 64L), 0));
        assertEquals(255L, res(call(p, "ParseInt", "0xff", 0L, 64L), 0));
        assertEquals(2.5, res(call(p, "ParseFloat", "2.5", 64L), 0));
    }

    @Test
    void formatting() {
        assertEquals("-ff", call(p, "FormatInt", -255L, 16L));
        assertEquals("1".repeat(64), call(p, "FormatUint", -1L, 2L));
        assertEquals("3.14", call(p, "FormatFloat", 3.14159, (long) 'f', 2L, 64L));
        assertEquals("1e+21", call(p, "FormatFloat", 1e21, (long) 'g', -1L, 64L));
        assertEquals("-7", call(p, "Itoa", -7L));
        assertEquals("true", call(p, "FormatBool", true));
        GoPanic e = assertThrows(GoPanic.class, () -> call(p, "FormatInt", 1L, 1L));
        assertEquals("strconv: illegal AppendInt/FormatInt base", ((Iface) e.value).value);
    }

    @Test
    void quoting() {
        assertEquals("\"héllo\\n\\x00\"", j(call(p, "Quote", g("héllo\n\0"))));
        assertEquals("'☺'", j(call(p, "QuoteRune", (long) '☺')));
        assertEquals("\"\\u263a\"", call(p, "QuoteToASCII", g("☺")));
        Object r = call(p, "Unquote", "\"a\\tb\"");
        assertEquals("a\tb", res(r, 0));
        assertNull(res(r, 1));
        r = call(p, "Unquote", "'ab'");
        assertEquals("", res(r, 0));
        assertSame(errVar("ErrSyntax"), res(r, 1));
        assertEquals("invalid syntax", errText(res(r, 1)));
        r = call(p, "UnquoteChar", "\\u00e9rest", (long) '"');
        assertEquals(0xE9L, res(r, 0));
        assertEquals(true, res(r, 1));
        assertEquals("rest", res(r, 2));
    }

    @Test
    void appendIntGrowsTheSlice() {
        assertEquals("x=-42", Std.str(call(p, "AppendInt", Std.bytes("x="), -42L, 10L)));
        assertEquals("true", Std.str(call(p, "AppendBool", null, true)));
    }
}
