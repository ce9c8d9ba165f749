package lanes.lib.std;

import java.util.List;

import lanes.check.Universe;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.OsPkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.SliceV;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * {@code strings.Replacer} and {@code strings.NewReplacer}. Go picks one of four algorithms by
 * the shape of the pairs, but all of them give the generic one's answer, which this class
 * computes directly: scanning left to right, at each position the earliest pair (in argument
 * order) whose old string matches is replaced, matches never overlap, and an empty old string
 * matches at most once per position.
 */
final class StringsReplacer {
    /** The type, made per interpreter because WriteString calls through that interpreter's dispatch. */
    final Named type = NativeTypes.struct("strings", "Replacer", "oldnew", new SliceType(Basic.STRING));
    final PointerType ptr = new PointerType(type);

    StringsReplacer(Methods methods) {
        NativeTypes.method(type, "Replace", Sig.fn(Sig.of(Basic.STRING), Basic.STRING), true,
                a -> replace(self(a[0]), (String) a[1]));
        FuncType sig = new FuncType(List.of(OsPkg.WRITER, Basic.STRING), List.of(Basic.INT, Universe.ERROR), false);
        NativeTypes.method(type, "WriteString", sig, true, a -> {
            String out = replace(self(a[0]), (String) a[2]);
            if (a[1] == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
            Iface w = (Iface) a[1];
            if (methods.has(w.type, "WriteString", "(string) (int, error)")) {
                return methods.call(w.type, w.value, "WriteString", out);
            }
            byte[] b = GoStrings.bytes(out);
            return methods.call(w.type, w.value, "Write", new SliceV(b, 0, b.length, b.length));
        });
    }

    Native newReplacer() {
        return new Native("strings.NewReplacer", a -> {
            SliceV oldnew = (SliceV) a[0];
            int n = oldnew == null ? 0 : oldnew.len;
            if (n % 2 == 1) throw StrEdit.plainPanic("strings.NewReplacer: odd argument count");
            Object[] copy = new Object[n];
            if (n > 0) System.arraycopy(oldnew.array, oldnew.off, copy, 0, n);
            return new StructV(new Object[] {n == 0 ? null : new SliceV(copy, 0, n, n)});
        });
    }

    private static String[] pairs(StructV r) {
        SliceV s = (SliceV) r.fields[0];
        if (s == null) return new String[0];
        String[] p = new String[s.len];
        for (int i = 0; i < s.len; i++) p[i] = (String) ((Object[]) s.array)[s.off + i];
        return p;
    }

    private static StructV self(Object recv) {
        if (recv == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        return (StructV) recv;
    }

    static String replace(StructV r, String s) {
        String[] p = pairs(r);
        if (p.length == 0) return s;
        StringBuilder b = null;
        int last = 0;
        boolean prevMatchEmpty = false;
        for (int i = 0; i <= s.length(); ) {
            int k = match(p, s, i, prevMatchEmpty);
            if (k < 0) {
                prevMatchEmpty = false;
                i++;
                continue;
            }
            if (b == null) b = new StringBuilder(s.length());
            b.append(s, last, i).append(p[k + 1]);
            prevMatchEmpty = p[k].isEmpty();
            i += p[k].length();
            last = i;
        }
        if (b == null) return s;
        if (last < s.length()) b.append(s, last, s.length());
        return b.toString();
    }

    /** The index of the earliest old string matching at i, or -1; the empty one is skipped if it just matched. */
    private static int match(String[] p, String s, int i, boolean skipEmpty) {
        for (int k = 0; k < p.length; k += 2) {
            String old = p[k];
            if (old.isEmpty() ? !skipEmpty : s.startsWith(old, i)) return k;
        }
        return -1;
    }
}
