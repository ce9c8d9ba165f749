package lanes.interp;

import lanes.types.Kind;
import lanes.values.GoPanic;
import lanes.values.Values;

/**
 * Arithmetic, comparison and logic on unboxed operands. Integer results are wrapped to the
 * width of their kind (Go's wrap-around); uint64 uses unsigned division and comparison.
 */
public final class Arith {
    private Arith() {}

    public static long wrap(long v, Kind k) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFFL;
            case UINT16 -> v & 0xFFFFL;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    static GoPanic divideByZero() {
        return Values.runtimePanic("integer divide by zero");
    }

    abstract static class LongBin extends X.L {
        final X a;
        final X b;

        LongBin(X a, X b) {
            this.a = a;
            this.b = b;
        }
    }

    /** {@code local + k} (or {@code - k}) on 64-bit integers: one node instead of three. */
    public static final class AddLK extends X.L {
        final int index;
        final long k;

        AddLK(int index, long k) {
            this.index = index;
            this.k = k;
        }

        @Override
        public long evalLong(Frame f) {
            return f.p[index] + k;
        }
    }

    /** {@code local + local} on 64-bit integers. */
    public static final class AddLL extends X.L {
        final int i;
        final int j;

        AddLL(int i, int j) {
            this.i = i;
            this.j = j;
        }

        @Override
        public long evalLong(Frame f) {
            return f.p[i] + f.p[j];
        }
    }

    public static X.L binLong(String op, Kind k, X a, X b) {
        boolean u64 = k == Kind.UINT64 || k == Kind.UINT || k == Kind.UINTPTR;
        boolean narrow = k.bits() < 64;
        if (!narrow && a instanceof Locals.ReadL la) {
            if (b instanceof Lit.LongC lb && (op.equals("+") || op.equals("-"))) {
                return new AddLK(la.index, op.equals("+") ? lb.v : -lb.v);
            }
            if (b instanceof Locals.ReadL lb && op.equals("+")) return new AddLL(la.index, lb.index);
        }
        X.L raw = switch (op) {
            case "+" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) + b.evalLong(f);
                }
            };
            case "-" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) - b.evalLong(f);
                }
            };
            case "*" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) * b.evalLong(f);
                }
            };
            case "/" -> u64 ? new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    long x = a.evalLong(f);
                    long y = b.evalLong(f);
                    if (y == 0) throw divideByZero();
                    return Long.divideUnsigned(x, y);
                }
            } : new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    long x = a.evalLong(f);
                    long y = b.evalLong(f);
                    if (y == 0) throw divideByZero();
                    return x / y;
                }
            };
            case "%" -> u64 ? new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    long x = a.evalLong(f);
                    long y = b.evalLong(f);
                    if (y == 0) throw divideByZero();
                    return Long.remainderUnsigned(x, y);
                }
            } : new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    long x = a.evalLong(f);
                    long y = b.evalLong(f);
                    if (y == 0) throw divideByZero();
                    return x % y;
                }
            };
            case "&" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) & b.evalLong(f);
                }
            };
            case "|" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) | b.evalLong(f);
                }
            };
            case "^" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) ^ b.evalLong(f);
                }
            };
            case "&^" -> new LongBin(a, b) {
                @Override
                public long evalLong(Frame f) {
                    return a.evalLong(f) & ~b.evalLong(f);
                }
            };
            default -> throw new IllegalStateException("binary op " + op);
        };
        if (!narrow) return raw;
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return wrap(raw.evalLong(f), k);
            }
        };
    }

    /** Shifts; {@code countSigned} when the count's type is signed (a negative count panics). */
    public static X.L shift(String op, Kind k, X a, X b, boolean countSigned) {
        boolean unsigned = k.isUnsigned();
        boolean left = op.equals("<<");
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                long x = a.evalLong(f);
                long y = b.evalLong(f);
                if (countSigned && y < 0) throw Values.runtimePanic("negative shift amount");
                if (left) {
                    return (y >= 64 || y < 0) ? 0 : wrap(x << y, k);
                }
                if (y >= 64 || y < 0) return unsigned ? 0 : (x < 0 ? -1 : 0);
                return unsigned ? x >>> y : x >> y;
            }
        };
    }

    public static X.D binDouble(String op, boolean f32, X a, X b) {
        X.D raw = switch (op) {
            case "+" -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return a.evalDouble(f) + b.evalDouble(f);
                }
            };
            case "-" -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return a.evalDouble(f) - b.evalDouble(f);
                }
            };
            case "*" -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return a.evalDouble(f) * b.evalDouble(f);
                }
            };
            case "/" -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    return a.evalDouble(f) / b.evalDouble(f);
                }
            };
            default -> throw new IllegalStateException("float op " + op);
        };
        if (!f32) return raw;
        return new X.D() {
            @Override
            public double evalDouble(Frame f) {
                return (float) raw.evalDouble(f);
            }
        };
    }

    public static X concat(X a, X b) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return ((String) a.eval(f)).concat((String) b.eval(f));
            }
        };
    }

    public static X.B cmpLong(String op, boolean unsigned, X a, X b) {
        if (!unsigned && a instanceof Locals.ReadL la) {
            int i = la.index;
            if (b instanceof Lit.LongC lb) {
                long k = lb.v;
                switch (op) {
                    case "<": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] < k;
                        }
                    };
                    case "<=": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] <= k;
                        }
                    };
                    case ">": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] > k;
                        }
                    };
                    case "==": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] == k;
                        }
                    };
                    default:
                        break;
                }
            }
            if (b instanceof Locals.ReadL lb) {
                int j = lb.index;
                switch (op) {
                    case "<": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] < f.p[j];
                        }
                    };
                    case "<=": return new X.B() {
                        @Override
                        public boolean evalBool(Frame f) {
                            return f.p[i] <= f.p[j];
                        }
                    };
                    default:
                        break;
                }
            }
        }
        if (unsigned && !op.equals("==") && !op.equals("!=")) {
            return new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    int c = Long.compareUnsigned(a.evalLong(f), b.evalLong(f));
                    return test(op, c);
                }
            };
        }
        return switch (op) {
            case "<" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) < b.evalLong(f);
                }
            };
            case "<=" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) <= b.evalLong(f);
                }
            };
            case ">" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) > b.evalLong(f);
                }
            };
            case ">=" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) >= b.evalLong(f);
                }
            };
            case "==" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) == b.evalLong(f);
                }
            };
            default -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalLong(f) != b.evalLong(f);
                }
            };
        };
    }

    static boolean test(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "==" -> c == 0;
            default -> c != 0;
        };
    }

    public static X.B cmpDouble(String op, X a, X b) {
        return switch (op) {
            case "<" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) < b.evalDouble(f);
                }
            };
            case "<=" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) <= b.evalDouble(f);
                }
            };
            case ">" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) > b.evalDouble(f);
                }
            };
            case ">=" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) >= b.evalDouble(f);
                }
            };
            case "==" -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) == b.evalDouble(f);
                }
            };
            default -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.evalDouble(f) != b.evalDouble(f);
                }
            };
        };
    }

    public static X.B cmpString(String op, X a, X b) {
        if (op.equals("==")) {
            return new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    return a.eval(f).equals(b.eval(f));
                }
            };
        }
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return test(op, ((String) a.eval(f)).compareTo((String) b.eval(f)));
            }
        };
    }

    public static X.B cmpBool(String op, X a, X b) {
        boolean eq = op.equals("==");
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return (a.evalBool(f) == b.evalBool(f)) == eq;
            }
        };
    }

    /** == and != on any comparable type, by Go's rules for that type. */
    public static X.B cmpGeneric(String op, lanes.types.Type t, X a, X b) {
        boolean eq = op.equals("==");
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return Values.equal(t, a.eval(f), b.eval(f)) == eq;
            }
        };
    }

    public static X.B andAnd(X a, X b) {
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return a.evalBool(f) && b.evalBool(f);
            }
        };
    }

    public static X.B orOr(X a, X b) {
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return a.evalBool(f) || b.evalBool(f);
            }
        };
    }

    public static X.B not(X a) {
        return new X.B() {
            @Override
            public boolean evalBool(Frame f) {
                return !a.evalBool(f);
            }
        };
    }

    public static X.L negLong(Kind k, X a) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return wrap(-a.evalLong(f), k);
            }
        };
    }

    public static X.L complement(Kind k, X a) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                return wrap(~a.evalLong(f), k);
            }
        };
    }

    public static X.D negDouble(X a) {
        return new X.D() {
            @Override
            public double evalDouble(Frame f) {
                return -a.evalDouble(f);
            }
        };
    }
}
