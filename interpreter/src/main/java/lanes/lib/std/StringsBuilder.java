package lanes.lib.std;

import java.util.List;

import lanes.check.Universe;
import lanes.lib.NativeTypes;
import lanes.lib.OsPkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Layout;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.values.GoStrings;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * {@code strings.Builder}, laid out as Go's: {@code struct { addr *Builder; buf []byte }}.
 * The zero value (both fields nil) is ready to use. {@code addr} points at the Builder itself
 * once it is written to; a copy made by value keeps the old pointer, which is how Go (and we)
 * detect writes through a copy. {@code buf} grows exactly as Go's append and Grow grow it, so
 * {@code Cap()} reports Go's numbers.
 */
final class StringsBuilder {
    private StringsBuilder() {}

    static final Named TYPE = new Named("strings", "Builder", null);

    static {
        TYPE.setUnderlying(new StructType(List.of(
                new StructType.Field("addr", new PointerType(TYPE), false, null),
                new StructType.Field("buf", new SliceType(Basic.UINT8), false, null))));
        FuncType writeString = new FuncType(List.of(Basic.STRING), List.of(Basic.INT, Universe.ERROR), false);
        method("WriteString", writeString, a -> {
            String s = (String) a[1];
            StructV b = writable(a[0]);
            SliceV buf = grownBy(b, s.length());
            byte[] arr = (byte[]) buf.array;
            for (int i = 0; i < s.length(); i++) arr[buf.off + buf.len - s.length() + i] = (byte) s.charAt(i);
            return new Object[] {(long) s.length(), null};
        });
        method("Write", OsPkg.WRITE_SIG, a -> {
            SliceV p = (SliceV) a[1];
            StructV b = writable(a[0]);
            int n = p == null ? 0 : p.len;
            SliceV buf = grownBy(b, n);
            if (n > 0) System.arraycopy(p.array, p.off, buf.array, buf.off + buf.len - n, n);
            return new Object[] {(long) n, null};
        });
        method("WriteByte", Sig.fn(Sig.of(Basic.UINT8), Universe.ERROR), a -> {
            StructV b = writable(a[0]);
            SliceV buf = grownBy(b, 1);
            ((byte[]) buf.array)[buf.off + buf.len - 1] = (byte) (long) (Long) a[1];
            return null;
        });
        method("WriteRune", Sig.fn(Sig.of(Basic.INT32), Basic.INT, Universe.ERROR), a -> {
            long r = (Long) a[1];
            StructV b = writable(a[0]);
            String enc = r >= 0 && r < Utf8.RUNE_SELF ? String.valueOf((char) r) : GoStrings.encodeRune(r);
            SliceV buf = (SliceV) b.fields[1];
            if (enc.length() > 1 && (buf == null || buf.cap - buf.len < Utf8.UTF_MAX)) grow(b, Utf8.UTF_MAX);
            buf = grownBy(b, enc.length());
            byte[] arr = (byte[]) buf.array;
            for (int i = 0; i < enc.length(); i++) arr[buf.off + buf.len - enc.length() + i] = (byte) enc.charAt(i);
            return new Object[] {(long) enc.length(), null};
        });
        method("String", Sig.fn(Sig.of(), Basic.STRING), a -> {
            SliceV buf = (SliceV) self(a[0]).fields[1];
            return buf == null ? "" : GoStrings.ofBytes((byte[]) buf.array, buf.off, buf.len);
        });
        method("Len", Sig.fn(Sig.of(), Basic.INT), a -> {
            SliceV buf = (SliceV) self(a[0]).fields[1];
            return buf == null ? 0L : (long) buf.len;
        });
        method("Cap", Sig.fn(Sig.of(), Basic.INT), a -> {
            SliceV buf = (SliceV) self(a[0]).fields[1];
            return buf == null ? 0L : (long) buf.cap;
        });
        method("Reset", Sig.fn(Sig.of()), a -> {
            StructV b = self(a[0]);
            b.fields[0] = null;
            b.fields[1] = null;
            return null;
        });
        method("Grow", Sig.fn(Sig.of(Basic.INT)), a -> {
            StructV b = writable(a[0]);
            long n = (Long) a[1];
            if (n < 0) throw StrEdit.plainPanic("strings.Builder.Grow: negative count");
            SliceV buf = (SliceV) b.fields[1];
            int len = buf == null ? 0 : buf.len;
            int cap = buf == null ? 0 : buf.cap;
            if (cap - len < n) grow(b, n);
            return null;
        });
    }

    private static void method(String name, FuncType sig, java.util.function.Function<Object[], Object> impl) {
        NativeTypes.method(TYPE, name, sig, true, impl);
    }

    private static StructV self(Object recv) {
        if (recv == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        return (StructV) recv;
    }

    /** Go's copyCheck: the first write records the Builder's address; a copy's writes panic. */
    private static StructV writable(Object recv) {
        StructV b = self(recv);
        if (b.fields[0] == null) b.fields[0] = b;
        else if (b.fields[0] != b) throw StrEdit.plainPanic("strings: illegal use of non-zero Builder copied by value");
        return b;
    }

    /** Go's Builder.grow: a new buffer of capacity 2*cap+n holding the same bytes. */
    private static void grow(StructV b, long n) {
        SliceV buf = (SliceV) b.fields[1];
        int len = buf == null ? 0 : buf.len;
        long cap = 2L * (buf == null ? 0 : buf.cap) + n;
        if (cap > Integer.MAX_VALUE - 16) throw Values.runtimePanic("makeslice: cap out of range");
        byte[] arr = new byte[(int) cap];
        if (len > 0) System.arraycopy(buf.array, buf.off, arr, 0, len);
        b.fields[1] = new SliceV(arr, 0, len, (int) cap);
    }

    /** {@code buf = append(buf, n more bytes)}: returns the new buf, whose last n bytes the caller fills. */
    private static SliceV grownBy(StructV b, int n) {
        SliceV buf = (SliceV) b.fields[1];
        int len = buf == null ? 0 : buf.len;
        int cap = buf == null ? 0 : buf.cap;
        if (n == 0) return buf;
        SliceV out;
        if (len + (long) n <= cap) {
            out = new SliceV(buf.array, buf.off, len + n, cap);
        } else {
            long newCap = Layout.growCap(cap, len + (long) n, 1);
            if (newCap > Integer.MAX_VALUE - 16) throw Values.runtimePanic("growslice: len out of range");
            byte[] arr = new byte[(int) newCap];
            if (len > 0) System.arraycopy(buf.array, buf.off, arr, 0, len);
            out = new SliceV(arr, 0, len + n, (int) newCap);
        }
        b.fields[1] = out;
        return out;
    }
}
