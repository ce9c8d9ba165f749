package lanes.interp;

import java.util.List;

import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.Methods;
import lanes.values.Values;

/** Go's crash reports: panic lines with their chain, goroutine headers and stack frames. */
public final class Reports {
    private Reports() {}

    /** The {@code panic: ...} line(s), oldest panic first, as Go's printpanics writes them. */
    public static String panicLines(Interp in, GoPanic p) {
        StringBuilder sb = new StringBuilder();
        chain(in, p, sb, true);
        if (p.runtimeError && p.value instanceof Iface i && String.valueOf(i.value).contains("nil pointer dereference")) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        return sb.toString();
    }

    private static void chain(Interp in, GoPanic p, StringBuilder sb, boolean last) {
        if (p.previous != null) chain(in, p.previous, sb, false);
        if (p.previous != null) sb.append('\t');
        sb.append("panic: ").append(value(in, p.value));
        if (p.recovered) sb.append(" [recovered]");
        sb.append('\n');
    }

    /** printpanicval: errors and Stringers by their method, basic kinds as print does, others as (T) address. */
    public static String value(Interp in, Object v) {
        if (v == null) return "panic called with nil argument";
        Iface i = (Iface) v;
        Type t = i.type;
        if (lanes.values.RuntimeErrors.isRuntimeError(t)) return GoStrings.toJava((String) i.value);
        try {
            Object r = in.dispatch.call(t, i.value, "Error");
            if (r == Methods.NO_METHOD) r = in.dispatch.call(t, i.value, "String");
            if (r != Methods.NO_METHOD && r instanceof String s) return GoStrings.toJava(s);
        } catch (GoPanic e) {
            return "(" + t + ") [panic in method]";
        }
        Kind k = t.underlying().kind();
        boolean named = t instanceof lanes.types.Named;
        String s;
        if (k == Kind.STRING) {
            s = GoStrings.toJava((String) i.value);
            return named ? t + "(\"" + s + "\")" : s;
        }
        if (k.isInteger()) {
            long x = (Long) i.value;
            s = k.isUnsigned() && k.bits() == 64 ? Long.toUnsignedString(x) : Long.toString(x);
            return named ? t + "(" + s + ")" : s;
        }
        if (k.isFloat()) {
            s = lanes.check.PrintBuiltin.floatString((Double) i.value);
            return named ? t + "(" + s + ")" : s;
        }
        if (k == Kind.BOOL) return named ? t + "(" + i.value + ")" : String.valueOf(i.value);
        return "(" + t + ") 0xc000012120";
    }

    /** Frames of a captured stack: {@code main.f(...)} then a tab and {@code file:line}. */
    public static String frames(Interp in, List<Stacks.Entry> stack) {
        StringBuilder sb = new StringBuilder();
        for (Stacks.Entry e : stack) {
            if (e == Stacks.ELIDED) {
                sb.append(e.function()).append('\n');
                continue;
            }
            sb.append(e.function()).append(e.noArgs() ? "()\n" : "(...)\n");
            sb.append('\t').append(in.place(e.pos() == null ? 0 : e.pos().line())).append('\n');
        }
        return sb.toString();
    }
}
