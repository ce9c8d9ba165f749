package lanes.race;

import lanes.interp.Access;
import lanes.interp.CallNodes;
import lanes.interp.Frame;
import lanes.interp.S;
import lanes.interp.X;
import lanes.types.Kind;
import lanes.types.Type;
import lanes.values.Cell;
import lanes.values.MapV;
import lanes.values.Ref;
import lanes.values.SliceV;
import lanes.values.Store;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * Instrumented loads and stores, emitted by the checker instead of the plain ones only when the
 * run asks for race detection; each tells the {@link Detector} about the access, then does what
 * the plain node does. Values are boxed here; {@link CallNodes#unbox} gives the typed entry.
 */
public final class RaceNodes {
    private RaceNodes() {}

    // ---- the runtime's map functions, as Go's race reports show them on top of the stack

    public static final byte MAP_ACCESS1 = 0, MAP_ACCESS2 = 1, MAP_ASSIGN = 2, MAP_DELETE = 3, MAP_ITERINIT = 4;
    static final String[] RUNTIME_FUNCS = {null,
        "mapaccess1_fast64", "mapaccess2_fast64", "mapassign_fast64", "mapdelete_fast64", "mapiterinit",
        "mapaccess1_fast32", "mapaccess2_fast32", "mapassign_fast32", "mapdelete_fast32", "mapiterinit",
        "mapaccess1_faststr", "mapaccess2_faststr", "mapassign_faststr", "mapdelete_faststr", "mapiterinit",
        "mapaccess1", "mapaccess2", "mapassign", "mapdelete", "mapiterinit"};
    static final String[] RUNTIME_LINES = {null,
        "map_fast64.go:13", "map_fast64.go:53", "map_fast64.go:93", "map_fast64.go:273", "map.go:815",
        "map_fast32.go:13", "map_fast32.go:53", "map_fast32.go:93", "map_fast32.go:273", "map.go:815",
        "map_faststr.go:13", "map_faststr.go:108", "map_faststr.go:203", "map_faststr.go:301", "map.go:815",
        "map.go:395", "map.go:456", "map.go:578", "map.go:695", "map.go:815"};

    /** The runtime function Go's compiler calls for operation {@code op} on a map with this key type. */
    public static byte mapFunc(Type key, byte op) {
        Kind k = key.underlying().kind();
        int family = switch (k) {
            case INT, INT64, UINT, UINT64, UINTPTR -> 0;
            case INT32, UINT32 -> 1;
            case STRING -> 2;
            default -> 3;
        };
        return (byte) (1 + family * 5 + op);
    }

    // ---- cells: package-level variables, captured and address-taken locals

    public static X loadCell(Detector d, X cell, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                Cell c = (Cell) cell.eval(f);
                d.read(f, c, -1, (byte) 0);
                return c.v;
            }
        }, kind);
    }

    public static S storeCell(Detector d, X cell, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Cell c = (Cell) cell.eval(f);
                Object val = v.eval(f);
                d.write(f, c, -1, (byte) 0);
                c.v = val;
                return NORMAL;
            }
        };
    }

    // ---- elements of arrays and slices

    public static X loadElem(Detector d, X base, X idx, boolean slice, boolean signed, char kind) {
        return loadElemAt(d, base, idx, slice, signed, kind, null);
    }

    /** An element load that belongs to the statement at {@code at} (a range clause, evaluated after its body's statements). */
    public static X loadElemAt(Detector d, X base, X idx, boolean slice, boolean signed, char kind, lanes.ast.Pos at) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                if (at != null) f.pos = at;
                Object cv = base.eval(f);
                int k = Access.checkedIndex(cv, idx.evalLong(f), slice);
                Object arr = Access.arrayOf(cv);
                d.read(f, arr, k, (byte) 0);
                return Store.get(arr, k, signed);
            }
        }, kind);
    }

    public static S storeElem(Detector d, X base, X idx, boolean slice, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Object cv = base.eval(f);
                int k = Access.checkedIndex(cv, idx.evalLong(f), slice);
                Object arr = Access.arrayOf(cv);
                Object val = v.eval(f);
                d.write(f, arr, k, (byte) 0);
                Store.set(arr, k, val);
                return NORMAL;
            }
        };
    }

    // ---- struct fields

    public static X loadField(Detector d, X base, int i, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                StructV s = (StructV) base.eval(f);
                Object v = s.fields[i];
                d.read(f, s, i, (byte) 0);
                return v;
            }
        }, kind);
    }

    public static S storeField(Detector d, X base, int i, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                StructV s = (StructV) base.eval(f);
                Object[] fs = s.fields;
                Object val = v.eval(f);
                d.write(f, s, i, (byte) 0);
                fs[i] = val;
                return NORMAL;
            }
        };
    }

    // ---- pointees

    public static X loadDeref(Detector d, X p, char kind) {
        return CallNodes.unbox(new X() {
            @Override
            public Object eval(Frame f) {
                Ref r = (Ref) p.eval(f);
                Object v = r.load();
                d.read(f, r.raceBase(), r.raceIndex(), (byte) 0);
                return v;
            }
        }, kind);
    }

    public static S storeDeref(Detector d, X p, X v) {
        return new S() {
            @Override
            public int exec(Frame f) {
                Ref r = (Ref) p.eval(f);
                Object val = v.eval(f);
                if (r == null) throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                d.write(f, r.raceBase(), r.raceIndex(), (byte) 0);
                r.store(val);
                return NORMAL;
            }
        };
    }

    // ---- maps: a map is one location, read by lookups and iteration, written by assignment and delete

    /** The map operand of an operation, recorded as a read or a write of the whole map (nil maps are not accessed). */
    public static X touchMap(Detector d, X m, boolean write, byte rt) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                MapV mv = (MapV) m.eval(f);
                if (mv != null) {
                    if (write) d.write(f, mv, -1, rt);
                    else d.read(f, mv, -1, rt);
                }
                return mv;
            }
        };
    }

    // ---- whole structs and arrays: each top-level field or element

    /** A struct or array read as a whole (copied, converted to an interface): the same object. */
    public static X readAll(Detector d, X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object v = x.eval(f);
                if (v != null) d.all(f, v, false);
                return v;
            }
        };
    }

    /** A struct or array about to be overwritten as a whole. */
    public static X writeAll(Detector d, X x) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object v = x.eval(f);
                if (v != null) d.all(f, v, true);
                return v;
            }
        };
    }

    // ---- append and copy: the elements they write and read (no step is taken inside them,
    //      so the operands can be handed to the result through the detector)

    /** An operand of append, evaluated and remembered in {@code slot} (1: the slice appended) for the result node. */
    public static X operand(Detector d, X x, int slot) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                Object v = x.eval(f);
                d.scratch[slot] = v;
                return v;
            }
        };
    }

    /**
     * The result of append: the appended elements are written, in place when the capacity
     * allowed (where goroutines sharing the backing array race), and an appended slice is read.
     * {@code added} is the number of values for append(s, v...), -1 for append(s, t...).
     */
    public static X appended(Detector d, X append, int added) {
        return new X() {
            @Override
            public Object eval(Frame f) {
                d.scratch[1] = null;
                SliceV out = (SliceV) append.eval(f);
                int n = added;
                if (n < 0) {
                    SliceV src = d.scratch[1] instanceof SliceV sv ? sv : null;
                    n = src == null ? 0 : src.len;
                    if (src != null) d.range(f, src.array, src.off, n, false);
                }
                if (out != null && n > 0) d.range(f, out.array, out.off + out.len - n, n, true);
                d.scratch[1] = null;
                return out;
            }
        };
    }

    /** copy(dst, src) between slices: n elements read from src and written to dst. */
    public static X copy(Detector d, X dst, X src) {
        return new X.L() {
            @Override
            public long evalLong(Frame f) {
                SliceV dv = (SliceV) dst.eval(f);
                SliceV sv = (SliceV) src.eval(f);
                if (dv == null || sv == null) return 0;
                int n = Math.min(dv.len, sv.len);
                d.range(f, sv.array, sv.off, n, false);
                d.range(f, dv.array, dv.off, n, true);
                System.arraycopy(sv.array, sv.off, dv.array, dv.off, n);
                return n;
            }
        };
    }
}
