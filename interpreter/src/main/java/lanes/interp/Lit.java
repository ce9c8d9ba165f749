package lanes.interp;

/** Constant nodes. */
public final class Lit {
    private Lit() {}

    public static X of(Object v, char kind) {
        return switch (kind) {
            case 'L' -> new LongC((Long) v);
            case 'D' -> new DoubleC((Double) v);
            case 'B' -> new BoolC((Boolean) v);
            default -> new ObjC(v);
        };
    }

    public static final class LongC extends X.L {
        final long v;

        LongC(long v) {
            this.v = v;
        }

        @Override
        public long evalLong(Frame f) {
            return v;
        }
    }

    public static final class DoubleC extends X.D {
        final double v;

        DoubleC(double v) {
            this.v = v;
        }

        @Override
        public double evalDouble(Frame f) {
            return v;
        }
    }

    public static final class BoolC extends X.B {
        final boolean v;

        BoolC(boolean v) {
            this.v = v;
        }

        @Override
        public boolean evalBool(Frame f) {
            return v;
        }
    }

    public static final class ObjC extends X {
        final Object v;

        public ObjC(Object v) {
            this.v = v;
        }

        @Override
        public Object eval(Frame f) {
            return v;
        }
    }
}
