package lanes.interp;

import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.GoStrings;
import lanes.values.Iface;

/**
 * The REPL's expression statement: evaluates the expression and prints its value and
 * static type on standard output, {@code 42 (int)}, {@code "hi" (string)}, or for a call
 * with several results {@code 3, <nil> (int, error)}. Strings are quoted so that
 * {@code ""} and {@code " "} can be told apart; everything else prints as {@code %v}.
 */
public final class Show extends S {
    private final Interp in;
    private final X x;
    private final Type[] types;
    private final boolean tuple;

    public Show(Interp in, X x, Type[] types, boolean tuple) {
        this.in = in;
        this.x = x;
        this.types = types;
        this.tuple = tuple;
    }

    @Override
    public int exec(Frame f) {
        Object v = x.eval(f);
        Object[] vals = tuple ? (Object[]) v : new Object[] {v};
        StringBuilder values = new StringBuilder();
        StringBuilder typeNames = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                values.append(", ");
                typeNames.append(", ");
            }
            Type t = types[i];
            Object iv = t.isInterface() ? vals[i] : new Iface(t, vals[i]);
            boolean quote = t.underlying().kind() == Kind.STRING;
            values.append(in.fmt.sprintf(quote ? "%q" : "%v", new Object[] {iv}));
            typeNames.append(GoStrings.fromJava(t.toString()));
        }
        in.writeOut(values + " (" + typeNames + ")\n");
        return NORMAL;
    }
}
