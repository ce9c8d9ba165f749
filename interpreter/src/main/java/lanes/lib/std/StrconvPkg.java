package lanes.lib.std;

import java.math.BigInteger;
import java.util.function.Function;

import lanes.check.Universe;
import lanes.lib.Errors;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.lib.strconv.FloatFormat;
import lanes.lib.strconv.FloatParse;
import lanes.lib.strconv.IntParse;
import lanes.lib.strconv.NumError;
import lanes.lib.strconv.Quote;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Layout;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Package strconv, on the conversions in {@code lanes.lib.strconv}. A failed parse returns Go's
 * pair: the value Go returns with the error, and a {@code *strconv.NumError} whose Err is the
 * package's ErrSyntax or ErrRange value (as read from the variable at the time), or a fresh
 * error for a bad base or bit size.
 */
public final class StrconvPkg {
    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final Type ERR = Universe.ERROR;
    private static final Type BYTES = new SliceType(Basic.UINT8);

    /** {@code strconv.NumError}, made per interpreter: its Error method calls Err.Error() through that interpreter. */
    final Named numError = NativeTypes.struct("strconv", "NumError", "Func", S, "Num", S, "Err", ERR);
    final PointerType numErrorPtr = new PointerType(numError);
    private final Pkg pkg = new Pkg("strconv");

    private StrconvPkg(Methods methods) {
        NativeTypes.method(numError, "Error", Sig.fn(Sig.of(), S), true, a -> {
            Object[] f = self(a[0]).fields;
            Iface err = (Iface) f[2];
            if (err == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
            String why = (String) methods.call(err.type, err.value, "Error");
            return "strconv." + f[0] + ": parsing " + Quote.quote((String) f[1]) + ": " + why;
        });
        NativeTypes.method(numError, "Unwrap", Sig.fn(Sig.of(), ERR), true, a -> self(a[0]).fields[2]);
    }

    private static StructV self(Object recv) {
        if (recv == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        return (StructV) recv;
    }

    public static Pkg create(Methods methods) {
        return new StrconvPkg(methods).build();
    }

    private Pkg build() {
        Pkg p = pkg;
        p.var("ErrRange", ERR, Errors.newError(NumError.RANGE));
        p.var("ErrSyntax", ERR, Errors.newError(NumError.SYNTAX));
        p.constant("IntSize", Basic.UNTYPED_INT, BigInteger.valueOf(64));
        p.type("NumError", numError);
        fn("Atoi", Sig.fn(Sig.of(S), I, ERR), a -> parse(() -> IntParse.atoi(s(a, 0))));
        fn("Itoa", Sig.fn(Sig.of(I), S), a -> IntParse.itoa(n(a, 0)));
        fn("ParseInt", Sig.fn(Sig.of(S, I, I), Basic.INT64, ERR), a -> parse(() -> IntParse.parseInt(s(a, 0), bound(a, 1), bound(a, 2))));
        fn("ParseUint", Sig.fn(Sig.of(S, I, I), Basic.UINT64, ERR), a -> parse(() -> IntParse.parseUint(s(a, 0), bound(a, 1), bound(a, 2))));
        fn("ParseFloat", Sig.fn(Sig.of(S, I), Basic.FLOAT64, ERR), a -> parse(() -> FloatParse.parseFloat(s(a, 0), bound(a, 1))));
        fn("ParseBool", Sig.fn(Sig.of(S), B, ERR), a -> parse(() -> IntParse.parseBool(s(a, 0))));
        fn("FormatInt", Sig.fn(Sig.of(Basic.INT64, I), S), a -> IntParse.formatInt(n(a, 0), bound(a, 1)));
        fn("FormatUint", Sig.fn(Sig.of(Basic.UINT64, I), S), a -> IntParse.formatUint(n(a, 0), bound(a, 1)));
        fn("FormatFloat", Sig.fn(Sig.of(Basic.FLOAT64, Basic.UINT8, I, I), S),
                a -> formatFloat((Double) a[0], n(a, 1), n(a, 2), n(a, 3)));
        fn("FormatBool", Sig.fn(Sig.of(B), S), a -> (Boolean) a[0] ? "true" : "false");
        fn("AppendInt", Sig.fn(Sig.of(BYTES, Basic.INT64, I), BYTES), a -> append(a[0], IntParse.formatInt(n(a, 1), bound(a, 2))));
        fn("AppendUint", Sig.fn(Sig.of(BYTES, Basic.UINT64, I), BYTES), a -> append(a[0], IntParse.formatUint(n(a, 1), bound(a, 2))));
        fn("AppendBool", Sig.fn(Sig.of(BYTES, B), BYTES), a -> append(a[0], (Boolean) a[1] ? "true" : "false"));
        fn("Quote", Sig.fn(Sig.of(S), S), a -> Quote.quote(s(a, 0)));
        fn("QuoteToASCII", Sig.fn(Sig.of(S), S), a -> Quote.quoteToASCII(s(a, 0)));
        fn("QuoteToGraphic", Sig.fn(Sig.of(S), S), a -> Quote.quoteToGraphic(s(a, 0)));
        fn("QuoteRune", Sig.fn(Sig.of(Basic.INT32), S), a -> Quote.quoteRune(n(a, 0)));
        fn("QuoteRuneToASCII", Sig.fn(Sig.of(Basic.INT32), S), a -> Quote.quoteRuneToASCII(n(a, 0)));
        fn("QuoteRuneToGraphic", Sig.fn(Sig.of(Basic.INT32), S), a -> Quote.quoteRuneToGraphic(n(a, 0)));
        fn("CanBackquote", Sig.fn(Sig.of(S), B), a -> Quote.canBackquote(s(a, 0)));
        fn("IsPrint", Sig.fn(Sig.of(Basic.INT32), B), a -> Uni.isPrint(n(a, 0)));
        fn("IsGraphic", Sig.fn(Sig.of(Basic.INT32), B), a -> Uni.isGraphic(n(a, 0)));
        fn("Unquote", Sig.fn(Sig.of(S), S, ERR), a -> {
            String u = Quote.unquote(s(a, 0));
            return u == null ? new Object[] {"", errVar("ErrSyntax")} : new Object[] {u, null};
        });
        fn("UnquoteChar", Sig.fn(Sig.of(S, Basic.UINT8), Basic.INT32, B, S, ERR), a -> {
            String s = s(a, 0);
            long[] r = Quote.unquoteChar(s, 0, (char) n(a, 1));
            if (r == null) return new Object[] {0L, false, "", errVar("ErrSyntax")};
            return new Object[] {r[0], r[1] != 0, s.substring((int) r[2]), null};
        });
        return p;
    }

    private void fn(String name, FuncType sig, Function<Object[], Object> body) {
        pkg.fn(name, sig, new Native("strconv." + name, body));
    }

    private Object errVar(String name) {
        return ((Pkg.Var) pkg.members.get(name)).cell().v;
    }

    /** The Go value of a failed conversion: a *NumError. */
    Iface numError(NumError e) {
        Object err = e.isSyntax() ? errVar("ErrSyntax") : e.isRange() ? errVar("ErrRange") : Errors.newError(e.err);
        return new Iface(numErrorPtr, new StructV(new Object[] {e.func, e.num, err}));
    }

    private interface Conversion {
        Object run();
    }

    private Object[] parse(Conversion c) {
        try {
            return new Object[] {c.run(), null};
        } catch (NumError e) {
            return new Object[] {e.value, numError(e)};
        }
    }

    private static String formatFloat(double f, long fmt, long prec, long bitSize) {
        if (bitSize != 32 && bitSize != 64) throw StrEdit.plainPanic("strconv: illegal AppendFloat/FormatFloat bitSize");
        return FloatFormat.format(f, (char) (fmt & 0xFF), (int) Math.max(Math.min(prec, Integer.MAX_VALUE), Integer.MIN_VALUE), (int) bitSize);
    }

    /** {@code append(dst, s...)} with Go's growth. */
    static SliceV append(Object dstV, String s) {
        SliceV dst = (SliceV) dstV;
        if (s.isEmpty()) return dst;
        int len = dst == null ? 0 : dst.len;
        int cap = dst == null ? 0 : dst.cap;
        int n = s.length();
        SliceV out;
        if (len + n <= cap) {
            out = new SliceV(dst.array, dst.off, len + n, cap);
        } else {
            int newCap = (int) Layout.growCap(cap, len + n, 1);
            byte[] arr = new byte[newCap];
            if (len > 0) System.arraycopy(dst.array, dst.off, arr, 0, len);
            out = new SliceV(arr, 0, len + n, newCap);
        }
        byte[] arr = (byte[]) out.array;
        for (int i = 0; i < n; i++) arr[out.off + len + i] = (byte) s.charAt(i);
        return out;
    }

    private static String s(Object[] a, int i) {
        return (String) a[i];
    }

    private static long n(Object[] a, int i) {
        return (Long) a[i];
    }

    /** An int argument clamped into Java's int range (a base or size that large is invalid either way). */
    private static int bound(Object[] a, int i) {
        long v = (Long) a[i];
        return (int) Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }
}
