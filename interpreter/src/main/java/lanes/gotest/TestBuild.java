package lanes.gotest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.check.Checker;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;
import lanes.interp.Program;
import lanes.lib.OsPkg;
import lanes.lib.Packages;
import lanes.parse.GoParse;

/**
 * A test build, as {@code go test} makes one: the program's files plus its {@code _test.go}
 * files, checked together as one package main, with a generated main that runs every
 * {@code TestXxx} in file order (the program's own {@code main} is kept, checked and never
 * called). Files are joined through {@link LineMap}; imports are merged (one import of a
 * path per name), so an import used by one file counts as used by all.
 */
public final class TestBuild {
    public record Source(String name, String text) {}

    static final String MAIN_FILE = "_testmain.go";

    private final SourceFile merged;
    private final LineMap map;
    private final List<String> tests;

    private TestBuild(SourceFile merged, LineMap map, List<String> tests) {
        this.merged = merged;
        this.map = map;
        this.tests = tests;
    }

    public LineMap lines() {
        return map;
    }

    public List<String> tests() {
        return tests;
    }

    /** Parses the files and finds the tests; syntax errors and misdeclared tests are compile errors. */
    public static TestBuild parse(List<Source> sources) throws CompileError {
        List<SourceFile> files = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (Source s : sources) {
            try {
                files.add(GoParse.parse(s.name(), s.text()));
            } catch (CompileError e) {
                diags.addAll(e.diagnostics());
            }
        }
        if (!diags.isEmpty()) throw new CompileError(diags);
        List<String> tests = new ArrayList<>();
        for (SourceFile f : files) {
            if (!f.packageName().equals("main")) {
                diags.add(new Diagnostic(f.name(), f.pos(), "package " + f.packageName() + "; expected package main (Lanes tests the main package)"));
            }
            if (!f.name().endsWith("_test.go")) continue;
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.Func fd) || fd.recv() != null || !isTestName(fd.name().name())) continue;
                if (!testSignature(fd)) {
                    diags.add(new Diagnostic(f.name(), fd.pos(), "wrong signature for " + fd.name().name() + ", must be: func "
                            + fd.name().name() + "(t *testing.T)"));
                } else {
                    tests.add(fd.name().name());
                }
            }
        }
        if (!diags.isEmpty()) throw new CompileError(diags);
        StringBuilder main = new StringBuilder("package main\n\nimport \"testing\"\n\nfunc main() {\n\ttesting.RunTests([]string{");
        for (int i = 0; i < tests.size(); i++) main.append(i > 0 ? ", " : "").append('"').append(tests.get(i)).append('"');
        main.append("}, []func(*testing.T){").append(String.join(", ", tests)).append("})\n}\n");
        files.add(GoParse.parse(MAIN_FILE, main.toString()));
        List<String> names = new ArrayList<>();
        Map<String, Decl.Import> imports = new LinkedHashMap<>();
        List<Decl> decls = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            SourceFile f = Shift.lines(files.get(k), k * LineMap.SPAN);
            names.add(f.name());
            for (Decl.Import im : f.imports()) {
                String local = im.alias() != null ? im.alias().name() : im.path();
                imports.putIfAbsent(local + "\u0000" + im.path(), im);
            }
            boolean generated = f.name().equals(MAIN_FILE);
            for (Decl d : f.decls()) {
                if (!generated && d instanceof Decl.Func fd && fd.recv() == null && fd.name().name().equals("main")) {
                    d = new Decl.Func(fd.pos(), null, new Expr.Ident(fd.name().pos(), "_"), fd.type(), fd.body());
                }
                decls.add(d);
            }
        }
        SourceFile first = files.get(0);
        SourceFile merged = new SourceFile(first.name(), first.pos(), "main", List.copyOf(imports.values()), decls);
        return new TestBuild(merged, new LineMap(names), tests);
    }

    static boolean isTestName(String n) {
        return n.startsWith("Test") && (n.length() == 4 || !Character.isLowerCase(n.charAt(4)));
    }

    private static boolean testSignature(Decl.Func fd) {
        var ps = fd.type().params();
        if (!fd.type().results().isEmpty() || ps.size() != 1 || ps.get(0).names().size() > 1) return false;
        return ps.get(0).type() instanceof Expr.Star s && s.x() instanceof Expr.Selector sel
                && sel.x() instanceof Expr.Ident pkg && pkg.name().equals("testing") && sel.sel().name().equals("T");
    }

    /** Checks and compiles the build for one run; the testing package is visible only here. */
    public Program compile(Interp in) throws CompileError {
        return compile(in, null);
    }

    /** As {@link #compile(Interp)}, running only the tests {@code filter} ({@code -run}) lets through. */
    Program compile(Interp in, RunFilter filter) throws CompileError {
        ((Packages) in.packages).register("testing", () -> TestingPkg.create(in, map, filter));
        OsPkg.setArgs(in.packages.get("os"), "/tmp/go-build/b001/" + map.files().get(0).replaceAll("\\.go$", "") + ".test", List.of("-test.v=true"));
        try {
            return new Checker(in, merged.name(), in.packages).compile(merged);
        } catch (CompileError e) {
            List<Diagnostic> out = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                Pos p = d.pos();
                out.add(new Diagnostic(map.file(p.line()), map.pos(p), d.message()));
            }
            throw new CompileError(out);
        }
    }
}
