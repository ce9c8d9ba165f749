package lanes.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lanes.ast.Pos;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;

/**
 * State shared by the checker's passes: diagnostics, scopes, the function being compiled,
 * and the facts that survive a recompile (which variables escape).
 */
abstract class CheckBase {
    final Interp interp;
    final String file;
    final Set<Diagnostic> diags = new LinkedHashSet<>();
    Scope scope;
    FnCtx fn;
    /** Declaring identifiers (by identity) of variables that escape (captured or address-taken). */
    final Map<Object, Boolean> escapes = new IdentityHashMap<>();
    /** Set when a variable turned out to escape after direct accesses to it were compiled. */
    boolean restart;
    /** A REPL session's names, or null when compiling a program (see {@link SessionScope}). */
    SessionScope session;
    /** REPL: the outermost block of the input's statements; its variables become session variables. */
    Scope sessionTop;

    /** The run's race detector: when set, loads and stores of shared memory are emitted instrumented (lanes.race). */
    final lanes.race.Detector race;

    CheckBase(Interp interp, String file) {
        this.interp = interp;
        this.file = file;
        this.race = interp == null ? null : interp.race;
    }

    /** Thrown to abandon checking an expression after its error was reported. */
    static final class Bail extends RuntimeException {
        Bail() {
            super(null, null, false, false);
        }
    }

    void error(Pos pos, String msg) {
        diags.add(new Diagnostic(file, pos, unqualified(msg)));
    }

    /**
     * Go's compiler names the types of the package being compiled without their package:
     * {@code Animal}, {@code []*Node}, where {@code %T} and panics say {@code main.Animal}.
     */
    static String unqualified(String msg) {
        // and spell the empty interface as types2 does (the runtime writes "interface {}")
        return MAIN_QUALIFIER.matcher(msg).replaceAll("").replace("interface {}", "interface{}");
    }

    private static final java.util.regex.Pattern MAIN_QUALIFIER =
            java.util.regex.Pattern.compile("(?<=^|[\\s(\\[*\\],{;:])main\\.(?=[\\p{L}_])");

    Bail fail(Pos pos, String msg) {
        error(pos, msg);
        return new Bail();
    }

    List<Diagnostic> sortedDiagnostics() {
        List<Diagnostic> l = new ArrayList<>(diags);
        l.sort(null);
        return l;
    }

    /** Compiles a package variable on its first use (see {@link Ent.PendingVarEnt}); returns what the name now denotes. */
    Ent resolvePending(Ent.PendingVarEnt p, String name, Pos at) {
        throw new IllegalStateException("pending variable outside package initialisation: " + name);
    }

    void push() {
        scope = new Scope(scope, fn);
    }

    void pop() {
        scope = scope.parent;
    }
}
