package lanes.interp;

import lanes.values.Cell;

/** Reads and writes of variables: frame slots, captured cells, globals. */
public final class Locals {
    private Locals() {}

    /** A read of the variable in {@code slot}. */
    public static X read(Slot s) {
        int i = s.index();
        return switch (s.kind()) {
            case 'L' -> new ReadL(i);
            case 'D' -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return Double.longBitsToDouble(f.p[i]);
                }
            };
            case 'B' -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return f.p[i] != 0;
                }
            };
            case 'O' -> new X() {
                @Override
                public Object eval(Frame f) {
                    return f.o[i];
                }
            };
            default -> new X() {
                @Override
                public Object eval(Frame f) {
                    return ((Cell) f.o[i]).v;
                }
            };
        };
    }

    /** The cell of an escaping local (for {@code &x} and for closures capturing it). */
    public static X cellOf(Slot s) {
        int i = s.index();
        return new X() {
            @Override
            public Object eval(Frame f) {
                return f.o[i];
            }
        };
    }

    public static X envCell(int i) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return f.env[i];
            }
        };
    }

    public static X readEnv(int i) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return ((Cell) f.env[i]).v;
            }
        };
    }

    public static X readGlobal(Cell c) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return c.v;
            }
        };
    }

    /** A store of {@code value} into {@code slot}; for 'C' slots, into the existing cell. */
    public static S write(Slot s, X value) {
        int i = s.index();
        if (s.kind() == 'L' && value instanceof Arith.AddLK add && add.index == i) {
            long k = add.k;
            return new S() {
                @Override
                public int exec(Frame f) {
                    f.p[i] += k;
                    return NORMAL;
                }
            };
        }
        if (s.kind() == 'L' && value instanceof Arith.AddLL add && add.i == i) {
            int j = add.j;
            return new S() {
                @Override
                public int exec(Frame f) {
                    f.p[i] += f.p[j];
                    return NORMAL;
                }
            };
        }
        return switch (s.kind()) {
            case 'L' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.p[i] = value.evalLong(f);
                    return NORMAL;
                }
            };
            case 'D' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.p[i] = Double.doubleToRawLongBits(value.evalDouble(f));
                    return NORMAL;
                }
            };
            case 'B' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.p[i] = value.evalBool(f) ? 1 : 0;
                    return NORMAL;
                }
            };
            case 'O' -> new S() {
                @Override
                public int exec(Frame f) {
                    f.o[i] = value.eval(f);
                    return NORMAL;
                }
            };
            default -> new S() {
                @Override
                public int exec(Frame f) {
                    ((Cell) f.o[i]).v = value.eval(f);
                    return NORMAL;
                }
            };
        };
    }

    /** Declares an escaping local: a fresh cell each time the declaration runs (Go 1.22 loop semantics follow). */
    public static S declareCell(Slot s, X value) {
        int i = s.index();
        return new S() {
            @Override
            public int exec(Frame f) {
                f.o[i] = new Cell(value.eval(f));
                return NORMAL;
            }
        };
    }

    public static S writeEnv(int i, X value) {
        return new S() {
            @Override
            public int exec(Frame f) {
                ((Cell) f.env[i]).v = value.eval(f);
                return NORMAL;
            }
        };
    }

    public static S writeGlobal(Cell c, X value) {
        return new S() {
            @Override
            public int exec(Frame f) {
                c.v = value.eval(f);
                return NORMAL;
            }
        };
    }

    /** Go 1.22: before the post statement of a three-clause loop, each escaping loop variable gets a fresh cell holding its current value. */
    public static S renewCell(Slot s) {
        int i = s.index();
        return new S() {
            @Override
            public int exec(Frame f) {
                f.o[i] = new Cell(((Cell) f.o[i]).v);
                return NORMAL;
            }
        };
    }

    /** A read of an unboxed integer local; arithmetic and comparisons fuse with it (see {@link Arith}). */
    public static final class ReadL extends X.L {
        public final int index;

        ReadL(int index) {
            this.index = index;
        }

        @Override
        public long evalLong(Frame f) {
            return f.p[index];
        }
    }
}
