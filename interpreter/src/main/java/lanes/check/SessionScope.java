package lanes.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lanes.lib.Pkg;
import lanes.types.Type;

/**
 * The names a REPL session has accumulated: its imports, and its package-level functions,
 * types, constants and variables (an input's top-level variables become session variables,
 * stored in cells like package variables, so goroutines and later inputs share them).
 * Each input is checked by a fresh {@link Checker} over these scopes; only a successful
 * input adds to them, and a new declaration of a name replaces the old one.
 *
 * <p>Scopes: universe, then {@link #imports}, then {@link #pkg}, then the input's own.
 */
public final class SessionScope {
    final Scope universe = Universe.create();
    final Scope imports = new Scope(universe, null);
    final Scope pkg = new Scope(imports, null);

    /** Where the expression statements that print their value were, in the input being checked. */
    public static final class Shown {
        public final List<lanes.ast.Pos> positions = new ArrayList<>();
    }

    /** Set by the REPL around the check of one input. */
    public Shown shown;
    /** False while a file's main body is entered (/load): its expression statements are Go's, not the REPL's. */
    public boolean showValues = true;

    /** What a name in the session denotes, for /vars, /funcs, /types and completion. */
    public record Entry(String name, String kind, String description, Type type) {}

    /** Every session name of one kind ("var", "func", "type", "const", "package"), sorted. */
    public List<Entry> entries(String kind) {
        Map<String, Entry> out = new TreeMap<>();
        for (Scope s : new Scope[] {imports, pkg}) {
            for (Map.Entry<String, Ent> e : s.names.entrySet()) {
                Entry en = describe(e.getKey(), e.getValue());
                if (en != null && (kind == null || en.kind().equals(kind))) out.put(e.getKey(), en);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The entry a name denotes in the session (including the universe), or null. */
    public Entry lookup(String name) {
        Ent e = pkg.lookup(name);
        return e == null ? null : describe(name, e);
    }

    /** The universe's names (predeclared types, functions, constants). */
    public List<String> universeNames() {
        return new ArrayList<>(universe.names.keySet());
    }

    /** The package a session name denotes, or null. */
    public Pkg packageNamed(String name) {
        return pkg.lookup(name) instanceof Ent.PkgEnt pe ? pe.pkg() : null;
    }

    /** Adds an import (the REPL's automatic imports and /load). */
    public void addImport(String name, Pkg p) {
        imports.names.put(name, new Ent.PkgEnt(p, lanes.ast.Pos.NONE, p.path, new boolean[] {true}));
    }

    private static Entry describe(String name, Ent e) {
        return switch (e) {
            case Ent.VarEnt v -> new Entry(name, "var", CheckBase.unqualified(v.v().type.toString()), v.v().type);
            case Ent.FuncEnt f -> new Entry(name, "func", CheckBase.unqualified(f.sig().toString()), f.sig());
            case Ent.TypeEnt t -> new Entry(name, "type", CheckBase.unqualified(t.type().underlying().toString()), t.type());
            case Ent.ConstEnt c -> new Entry(name, "const", CheckBase.unqualified(c.type().toString()) + " = " + c.value(), c.type());
            case Ent.PkgEnt p -> new Entry(name, "package", "\"" + p.pkg().path + "\"", null);
            case Ent.BuiltinEnt b -> new Entry(name, "builtin", "builtin", null);
            default -> null;
        };
    }

    /** A type or signature as the session's messages print it: {@code P}, not {@code main.P}. */
    public static String unqualified(String s) {
        return CheckBase.unqualified(s);
    }

    /** The value of a session variable now (for /vars), read from its cell. */
    public Object valueOf(String name) {
        if (pkg.lookup(name) instanceof Ent.VarEnt v && v.v().global != null) return v.v().global.v;
        return null;
    }

    /** Merges a checked input's names: imports, then declarations, then top-level variables. */
    void merge(Scope inputImports, Scope inputPkg, Scope inputTop) {
        imports.names.putAll(inputImports.names);
        for (Map.Entry<String, Ent> e : inputPkg.names.entrySet()) {
            if (!e.getKey().equals("main")) pkg.names.put(e.getKey(), e.getValue());
        }
        if (inputTop != null) {
            for (Map.Entry<String, Ent> e : inputTop.names.entrySet()) {
                // constants and types declared among the statements persist too
                pkg.names.put(e.getKey(), e.getValue());
            }
        }
    }
}
