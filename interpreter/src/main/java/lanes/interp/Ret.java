package lanes.interp;

/** {@code return} statements, by result shape. */
public final class Ret {
    private Ret() {}

    public static S none() {
        return new S() {
            @Override
            public int exec(Frame f) {
                return RETURN;
            }
        };
    }

    public static S one(X x, char kind) {
        return switch (kind) {
            case 'L' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.retL = x.evalLong(f);
                    return RETURN;
                }
            };
            case 'D' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.retL = Double.doubleToRawLongBits(x.evalDouble(f));
                    return RETURN;
                }
            };
            case 'B' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.retL = x.evalBool(f) ? 1 : 0;
                    return RETURN;
                }
            };
            default -> new S() {
                @Override
                public int exec(Frame f) {
                    f.retO = x.eval(f);
                    return RETURN;
                }
            };
        };
    }

    public static S tuple(X[] xs) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Object[] r = new Object[xs.length];
                for (int i = 0; i < r.length; i++) r[i] = xs[i].eval(f);
                f.ret = r;
                return RETURN;
            }
        };
    }

    /** {@code return} in a function with named results: assign (if any values), then return. */
    public static S named(S assign) {
        return new S() {
            @Override
            public int exec(Frame f) {
                if (assign != null) assign.exec(f);
                return RETURN;
            }
        };
    }
}
