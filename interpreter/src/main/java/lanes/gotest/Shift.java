package lanes.gotest;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Pos;

/** A copy of an AST (immutable records) with every position moved down by a number of lines. */
final class Shift {
    private Shift() {}

    @SuppressWarnings("unchecked")
    static <T> T lines(T node, int by) {
        return (T) copy(node, by);
    }

    private static Object copy(Object n, int by) {
        if (n == null || by == 0) return n;
        if (n instanceof Pos p) return p.equals(Pos.NONE) ? p : new Pos(p.line() + by, p.col());
        if (n instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(copy(o, by));
            return java.util.Collections.unmodifiableList(out);
        }
        if (!n.getClass().isRecord()) return n;
        RecordComponent[] rcs = n.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        try {
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                Object v = rcs[i].getAccessor().invoke(n);
                args[i] = types[i].isPrimitive() || v instanceof String || v instanceof Enum<?> ? v : copy(v, by);
            }
            Constructor<?> c = n.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + n.getClass(), e);
        }
    }
}
