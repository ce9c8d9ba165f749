package lanes.interp;

/**
 * An executable expression node. The checker picks a node class by the expression's static
 * type, and callers use the matching unboxed entry point: {@code evalLong} for every integer
 * kind (already wrapped to its width), {@code evalDouble} for floats, {@code evalBool} for
 * bools, {@code eval} for everything else. Each node implements the entry for its own type
 * and inherits the boxing/unboxing bridges for the others.
 */
public abstract class X {
    public abstract Object eval(Frame f);

    public long evalLong(Frame f) {
        return (Long) eval(f);
    }

    public double evalDouble(Frame f) {
        return (Double) eval(f);
    }

    public boolean evalBool(Frame f) {
        return (Boolean) eval(f);
    }

    /** An integer-typed node: implement {@link #evalLong}; {@link #eval} boxes. */
    public abstract static class L extends X {
        @Override
        public abstract long evalLong(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalLong(f);
        }
    }

    /** A float-typed node. */
    public abstract static class D extends X {
        @Override
        public abstract double evalDouble(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalDouble(f);
        }
    }

    /** A bool-typed node. */
    public abstract static class B extends X {
        @Override
        public abstract boolean evalBool(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalBool(f);
        }
    }
}
