package lanes.escape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.types.Type;

/**
 * The escape graph of one file, in the shape of Go's (cmd/compile/internal/escape): locations
 * (variables, parameters, results, allocations, and the heap) joined by assignment edges, each
 * edge carrying a dereference count — -1 when the source's address flows (&x), 0 for a copy of
 * its value, 1 for what it points to (*x), and so on.
 *
 * <p>Invariant after {@link #solve()}: a location escapes exactly when, following edges from
 * some root that outlives it (the heap, a function result, a variable declared outside its
 * loop, or one of an enclosing function when it belongs to a closure), its address (a path whose
 * dereference sum is negative) reaches that root. A location that escapes becomes a heap root
 * itself, so what its contents point to escapes too.
 */
final class Graph {
    enum Kind { HEAP, VAR, PARAM, RESULT, ALLOC }

    static final int NONE = Integer.MAX_VALUE;

    /** One function (or function literal) being analysed. */
    static final class Fn {
        final String name;
        final Fn parent;
        final List<Loc> params = new ArrayList<>();
        final List<Loc> results = new ArrayList<>();
        /** Where a top-level function is declared: Go reports function by function. */
        Pos pos = Pos.NONE;

        Fn(String name, Fn parent) {
            this.name = name;
            this.parent = parent;
        }

        Fn top() {
            Fn f = this;
            while (f.parent != null) f = f.parent;
            return f;
        }

        boolean inside(Fn outer) {
            for (Fn f = parent; f != null; f = f.parent) {
                if (f == outer) return true;
            }
            return false;
        }
    }

    static final class Loc {
        final Kind kind;
        final String name;
        final Pos pos;
        final Fn fn;
        final int loopDepth;
        final Type type;
        final List<Edge> in = new ArrayList<>();
        /** An allocation's text as Go prints it ({@code &T{...}}, {@code make([]int, n)}), else null. */
        String text;
        /** Whether an allocation is reported (Go says nothing about channels, for instance). */
        boolean reported = true;
        /** The AST node of a new/&T{}/make/literal allocation, by identity (for the heap model). */
        Object site;
        /** An interface box: a non-pointer value copied to the heap for an interface. */
        boolean box;
        boolean escapes;
        String why;
        // parameter tags: the fewest dereferences with which the value reaches the heap / each result
        int heapDerefs = NONE;
        int[] resultDerefs;
        // walk state
        int walk = -1;
        int derefs;
        String via;

        Loc(Kind kind, String name, Pos pos, Fn fn, int loopDepth, Type type) {
            this.kind = kind;
            this.name = name;
            this.pos = pos;
            this.fn = fn;
            this.loopDepth = loopDepth;
            this.type = type;
        }

        boolean isHeap() {
            return kind == Kind.HEAP || escapes;
        }
    }

    /** src flows into the location that owns this edge, with {@code derefs}; {@code why} explains it. */
    record Edge(Loc src, int derefs, String why) {}

    final Loc heap = new Loc(Kind.HEAP, "heap", Pos.NONE, null, 0, null);
    final List<Loc> all = new ArrayList<>();

    Loc add(Loc l) {
        all.add(l);
        return l;
    }

    static void flow(Loc dst, int derefs, Loc src, String why) {
        if (dst == null || src == null || dst == src && derefs >= 0) return;
        dst.in.add(new Edge(src, derefs, why));
    }

    /** Marks a location as escaping for a reason of its own (too large, non-constant size). */
    static void escape(Loc l, String why) {
        if (l.escapes) return;
        l.escapes = true;
        l.why = why;
    }

    private int walkgen;

    void solve() {
        ArrayDeque<Loc> todo = new ArrayDeque<>();
        todo.add(heap);
        for (Loc l : all) if (l.escapes || l.kind == Kind.RESULT) todo.add(l);
        for (Loc l : all) if (!l.escapes && l.kind != Kind.RESULT) todo.add(l);
        while (!todo.isEmpty()) walkOne(todo.poll(), todo);
    }

    private void walkOne(Loc root, ArrayDeque<Loc> todo) {
        int gen = ++walkgen;
        root.walk = gen;
        root.derefs = 0;
        root.via = null;
        ArrayDeque<Loc> q = new ArrayDeque<>();
        q.add(root);
        while (!q.isEmpty()) {
            Loc l = q.poll();
            int derefs = l.derefs;
            if (derefs < 0) {
                // l's address reaches root: l must live as long as root does
                derefs = 0;
                if (l != root && !l.escapes && outlives(root, l)) {
                    l.escapes = true;
                    l.why = reason(root, l);
                    todo.add(l);
                    continue;
                }
            }
            if (l.kind == Kind.PARAM && l != root) tag(root, l, derefs);
            if (l.escapes && l != root) continue;
            for (Edge e : l.in) {
                Loc s = e.src();
                if (s.escapes && s.kind != Kind.PARAM) continue;
                int d = derefs + e.derefs();
                if (s.walk != gen || s.derefs > d) {
                    s.walk = gen;
                    s.derefs = d;
                    s.via = l == root ? e.why() : l.via;
                    q.add(s);
                }
            }
        }
    }

    private static void tag(Loc root, Loc param, int derefs) {
        if (root.isHeap()) {
            param.heapDerefs = Math.min(param.heapDerefs, derefs);
        } else if (root.kind == Kind.RESULT && root.fn == param.fn) {
            int i = root.fn.results.indexOf(root);
            if (param.resultDerefs == null) {
                param.resultDerefs = new int[root.fn.results.size()];
                java.util.Arrays.fill(param.resultDerefs, NONE);
            }
            param.resultDerefs[i] = Math.min(param.resultDerefs[i], derefs);
        }
    }

    private static boolean outlives(Loc root, Loc l) {
        if (root.isHeap()) return true;
        if (root.kind == Kind.RESULT) return true;
        if (root.fn == l.fn && root.loopDepth < l.loopDepth) return true;
        return l.fn != null && root.fn != null && l.fn.inside(root.fn);
    }

    private static String reason(Loc root, Loc l) {
        String via = l.via;
        if (root.kind == Kind.HEAP) return via != null ? via : "it flows to the heap";
        if (root.escapes) {
            String where = " (" + Report.at(root.pos) + ")";
            if ("func literal".equals(root.text)) return "captured by reference by the func literal" + where + ", which escapes";
            if (root.box) return "its address is stored in the interface value made from " + root.text + where + ", which escapes";
            String what = root.text != null ? root.text : root.name;
            return "its address is stored in " + what + where + ", which escapes";
        }
        if (root.kind == Kind.RESULT) return "its address is returned from " + root.fn.name + (via != null ? " at " + via : "");
        if (root.fn == l.fn && root.loopDepth < l.loopDepth) {
            return "its address is kept in " + root.name + ", declared outside the loop, so it outlives an iteration";
        }
        return "its address is kept in " + root.name + " of " + root.fn.name + ", which outlives the closure";
    }

    static boolean isLit(Expr e) {
        return e instanceof Expr.BasicLit;
    }
}
