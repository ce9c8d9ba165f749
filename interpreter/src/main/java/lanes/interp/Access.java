package lanes.interp;

import lanes.types.Type;
import lanes.values.ElemRef;
import lanes.values.FieldRef;
import lanes.values.GoPanic;
import lanes.values.MapV;
import lanes.values.Ref;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.StructV;
import lanes.values.Values;

/** Loads, stores and addresses of fields, elements, map entries and pointees. */
public final class Access {
    private Access() {}

    public static GoPanic indexOutOfRange(long i, int len) {
        return lanes.values.RuntimeErrors.bounds("index out of range [" + i + "] with length " + len);
    }

    // ---- struct fields -------------------------------------------------------------------

    public static X field(X base, int i, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                return ((StructV) base.eval(f)).fields[i];
            }
        }, kind);
    }

    public static S setField(X base, int i, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                StructV s = (StructV) base.eval(f);
                s.fields[i] = v.eval(f);
                return NORMAL;
            }
        };
    }

    public static X fieldAddr(X base, int i) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return new FieldRef((StructV) base.eval(f), i);
            }
        };
    }

    // ---- elements of arrays and slices ---------------------------------------------------

    /** The backing array of a slice/array/pointer-to-array value and the checked absolute index of element i. */
    public static Object arrayOf(Object c) {
        return c instanceof SliceV s ? s.array : c;
    }

    public static int checkedIndex(Object c, long i, boolean slice) {
        if (slice) {
            SliceV s = (SliceV) c;
            int len = s == null ? 0 : s.len;
            if (i < 0 || i >= len) throw indexOutOfRange(i, len);
            return s.off + (int) i;
        }
        if (c == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
        int len = Store.length(c);
        if (i < 0 || i >= len) throw indexOutOfRange(i, len);
        return (int) i;
    }

    /** {@code c[i]} where c is a slice ({@code slice}) or an array (or pointer to one); store selects the element representation. */
    public static X index(X c, X idx, boolean slice, Store store, boolean signedBytes) {
        return switch (store) {
            case LONG -> new X.L() {
                @Override
                public long evalLong(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    return ((long[]) arrayOf(cv))[k];
                }
            };
            case BYTE -> new X.L() {
                @Override
                public long evalLong(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    byte b = ((byte[]) arrayOf(cv))[k];
                    return signedBytes ? b : b & 0xFF;
                }
            };
            case DOUBLE -> new X.D() {
                @Override
                public double evalDouble(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    return ((double[]) arrayOf(cv))[k];
                }
            };
            case BOOL -> new X.B() {
                @Override
                public boolean evalBool(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    return ((boolean[]) arrayOf(cv))[k];
                }
            };
            default -> new X() {
                @Override
                public Object eval(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    return ((Object[]) arrayOf(cv))[k];
                }
            };
        };
    }

    public static S setIndex(X c, X idx, boolean slice, Store store, X v) {
        return switch (store) {
            case LONG -> new S() {
                @Override
                public int exec(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    ((long[]) arrayOf(cv))[k] = v.evalLong(f);
                    return NORMAL;
                }
            };
            case BYTE -> new S() {
                @Override
                public int exec(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    ((byte[]) arrayOf(cv))[k] = (byte) v.evalLong(f);
                    return NORMAL;
                }
            };
            case DOUBLE -> new S() {
                @Override
                public int exec(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    ((double[]) arrayOf(cv))[k] = v.evalDouble(f);
                    return NORMAL;
                }
            };
            case BOOL -> new S() {
                @Override
                public int exec(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    ((boolean[]) arrayOf(cv))[k] = v.evalBool(f);
                    return NORMAL;
                }
            };
            default -> new S() {
                @Override
                public int exec(Frame f) {
                    Object cv = c.eval(f);
                    int k = checkedIndex(cv, idx.evalLong(f), slice);
                    ((Object[]) arrayOf(cv))[k] = v.eval(f);
                    return NORMAL;
                }
            };
        };
    }

    /** {@code &c[i]} for a non-aggregate element. */
    public static X indexAddr(X c, X idx, boolean slice, boolean signedBytes) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object cv = c.eval(f);
                int k = checkedIndex(cv, idx.evalLong(f), slice);
                return new ElemRef(arrayOf(cv), k, signedBytes);
            }
        };
    }

    public static X stringIndex(X s, X idx) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                String str = (String) s.eval(f);
                long i = idx.evalLong(f);
                if (i < 0 || i >= str.length()) throw indexOutOfRange(i, str.length());
                return str.charAt((int) i);
            }
        };
    }

    // ---- maps ------------------------------------------------------------------------------

    public static X mapIndex(X m, X k, Object zero, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                MapV mv = (MapV) m.eval(f);
                Object key = k.eval(f);
                if (mv == null) return zero;
                if (mv.writing) throw mapFault("concurrent map read and map write");
                Object v = mv.get(key);
                return v == null ? zero : v;
            }
        }, kind);
    }

    public static X mapIndexOk(X m, X k, Object zero) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                MapV mv = (MapV) m.eval(f);
                Object key = k.eval(f);
                if (mv == null) return new Object[] {zero, false};
                if (mv.writing) throw mapFault("concurrent map read and map write");
                Object v = mv.get(key);
                if (v == null) {
                    boolean present = mv.containsKey(key);
                    return new Object[] {zero, present};
                }
                return new Object[] {v, true};
            }
        };
    }

    public static S setMap(X m, X k, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                MapV mv = (MapV) m.eval(f);
                Object key = k.eval(f);
                Object val = v.eval(f);
                if (mv == null) throw Values.plainRuntimePanic("assignment to entry in nil map");
                if (mv.writing || f.g.interp.conc.parallel()) {
                    parallelPut(f, mv, key, val);
                } else {
                    mv.put(key, val);
                }
                return NORMAL;
            }
        };
    }

    /**
     * A map assignment while goroutines run in parallel is not atomic: it holds Go's
     * hashWriting flag across a step, and another goroutine's access meanwhile is fatal.
     */
    static void parallelPut(Frame f, MapV mv, Object key, Object val) {
        if (mv.writing) throw mapFault("concurrent map writes");
        mv.writing = true;
        f.g.interp.conc.tick(f.g);
        if (!mv.writing) throw mapFault("concurrent map writes");
        mv.put(key, val);
        mv.writing = false;
    }

    /** Go's runtime throws these when it catches a map used by goroutines at once: not recoverable. */
    public static Signals.Fatal mapFault(String message) {
        return new Signals.Fatal(message, null);
    }

    // ---- pointers ----------------------------------------------------------------------------

    public static X deref(X p, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                return ((Ref) p.eval(f)).load();
            }
        }, kind);
    }

    public static S setDeref(X p, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Ref r = (Ref) p.eval(f);
                r.store(v.eval(f));
                return NORMAL;
            }
        };
    }

    /** A nil check for pointers to aggregates, whose pointee is the object itself. */
    public static X nonNil(X p) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object v = p.eval(f);
                if (v == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                return v;
            }
        };
    }

    // ---- aggregate copies --------------------------------------------------------------------

    /** A fresh copy of the aggregate value x (struct or array). */
    public static X copy(Type t, X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                return Values.copy(t, x.eval(f));
            }
        };
    }

    /** {@code dst = src} for an aggregate location: copies into the existing object, so pointers to it see the change. */
    public static S assignInto(Type t, X dst, X src) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Object s = src.eval(f);
                Object d = dst.eval(f);
                if (d == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                Values.assignInto(t, d, s);
                return NORMAL;
            }
        };
    }
}
