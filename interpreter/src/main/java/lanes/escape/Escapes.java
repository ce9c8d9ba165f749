package lanes.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.escape.Graph.Kind;
import lanes.escape.Graph.Loc;
import lanes.types.ArrayType;
import lanes.types.StructType;
import lanes.types.Type;

/**
 * {@code lanes run --escapes}: which variables and allocations of a program live on the heap
 * and why, in the words of {@code go build -gcflags='-m -l'} (Go's escape analysis with inlining
 * off), each escaping one followed by an indented line giving the reason.
 *
 * <p>What it simplifies, compared with Go's compiler: no inlining (Go's plain {@code -m} inlines
 * small functions first, which can keep their allocations on the stack); mutually recursive
 * functions assume the worst for each other; standard-library functions other than fmt's and
 * log's printing are assumed to keep nothing of their arguments, and methods of standard types
 * (sync.WaitGroup, strings.Builder...) nothing of their receivers; calls through function values
 * and interfaces let their arguments escape, as in Go.
 */
public final class Escapes {
    private Escapes() {}

    /** One line of the report; Go prints a function's "moved to heap" lines before its others. */
    private record Line(Pos fn, boolean moved, Pos pos, String msg, String why) {}

    public static String report(SourceFile file, Facts facts, String fileName) {
        Builder b = new Builder(facts);
        try {
            b.file(file);
            b.g.solve();
        } catch (RuntimeException e) {
            // a construct the analysis does not know: say so in one line rather than guess
            return "lanes: escape analysis stopped: " + e + "\n";
        }
        List<Line> lines = new ArrayList<>();
        for (Loc l : b.g.all) {
            if (!l.reported || l.pos == null || l.pos.line() == 0) continue;
            switch (l.kind) {
                case ALLOC -> lines.add(l.escapes ? new Line(top(l), false, l.pos, l.text + " escapes to heap", l.why)
                        : new Line(top(l), false, l.pos, l.text + " does not escape", null));
                case VAR, RESULT -> {
                    if (l.escapes) lines.add(new Line(top(l), true, l.pos, "moved to heap: " + l.name, l.why));
                }
                case PARAM -> {
                    if (l.escapes) lines.add(new Line(top(l), true, l.pos, "moved to heap: " + l.name, l.why));
                    else if (l.type != null && hasPointers(l.type)) lines.add(new Line(top(l), false, l.pos, tag(l), null));
                }
                default -> {
                }
            }
        }
        lines.sort(Comparator.comparing(Line::fn).thenComparing(ln -> !ln.moved()).thenComparing(Line::pos));
        String shown = fileName.contains("/") ? fileName : "./" + fileName;
        StringBuilder sb = new StringBuilder();
        for (Line ln : lines) {
            sb.append(shown).append(':').append(ln.pos.line()).append(':').append(ln.pos.col()).append(": ").append(ln.msg).append('\n');
            if (ln.why != null) sb.append("\tbecause ").append(ln.why).append('\n');
        }
        return sb.toString();
    }

    /** Whether the program reads the memory statistics (then the heap model asks which allocations stay on the stack). */
    public static boolean readsMemStats(SourceFile file) {
        boolean[] found = {false};
        Walk.nodes(file.decls(), n -> {
            if (n instanceof lanes.ast.Expr.Selector s && s.sel().name().equals("ReadMemStats")
                    && s.x() instanceof lanes.ast.Expr.Ident id && id.name().equals("runtime")) found[0] = true;
        });
        return found[0];
    }

    /**
     * The allocation sites ({@code new}, {@code &T{}}, {@code make}, composite literals) that escape
     * analysis keeps on the stack, by AST identity; null when the analysis cannot run.
     */
    public static java.util.Set<Object> stackSites(SourceFile file, Facts facts) {
        Builder b = new Builder(facts);
        try {
            b.file(file);
            b.g.solve();
        } catch (RuntimeException e) {
            return null;
        }
        java.util.Set<Object> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Loc l : b.g.all) if (l.kind == Kind.ALLOC && !l.escapes && l.site != null) out.add(l.site);
        return out;
    }

    private static Pos top(Loc l) {
        return l.fn == null ? Pos.NONE : l.fn.top().pos;
    }

    private static String tag(Loc p) {
        if (p.heapDerefs == 0) return "leaking param: " + p.name;
        if (p.heapDerefs != Graph.NONE) return "leaking param content: " + p.name;
        if (p.resultDerefs != null) {
            for (int j = 0; j < p.resultDerefs.length; j++) {
                if (p.resultDerefs[j] != Graph.NONE) {
                    return "leaking param: " + p.name + " to result " + p.fn.results.get(j).name + " level=" + Math.max(0, p.resultDerefs[j]);
                }
            }
        }
        return p.name + " does not escape";
    }

    static boolean hasPointers(Type t) {
        Type u = t.underlying();
        return switch (u.kind()) {
            case POINTER, SLICE, MAP, CHAN, FUNC, INTERFACE, STRING, UNSAFE_POINTER -> true;
            case ARRAY -> ((ArrayType) u).length() > 0 && hasPointers(((ArrayType) u).elem());
            case STRUCT -> ((StructType) u).fields().stream().anyMatch(f -> hasPointers(f.type()));
            default -> false;
        };
    }
}
