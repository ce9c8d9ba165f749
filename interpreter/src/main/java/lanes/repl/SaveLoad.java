package lanes.repl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lanes.ast.Decl;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.check.SessionScope;
import lanes.diag.CompileError;
import lanes.lib.Pkg;
import lanes.parse.GoParse;

/**
 * {@code /load} and {@code /save}: a Go file split into its declarations and the body of
 * its main, and the session written back as one runnable program. Imports are left out
 * on the way in (the session imports packages on first use) and worked out from the
 * package names used on the way out.
 */
final class SaveLoad {
    private SaveLoad() {}

    record Split(String declarations, String mainBody) {}

    private static final Pattern IMPORT_GROUP = Pattern.compile("(?m)^[ \\t]*import[ \\t]*\\((?s:.*?)\\)[ \\t]*$");
    private static final Pattern IMPORT_ONE = Pattern.compile("(?m)^[ \\t]*import[ \\t]+[^(\\n][^\\n]*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+\\w+[ \\t]*;?[ \\t]*$");

    static String withoutImports(String text) {
        return IMPORT_ONE.matcher(IMPORT_GROUP.matcher(text).replaceAll("")).replaceAll("");
    }

    /** Splits a program: its declarations other than main (imports left out), and main's body. */
    static Split split(String name, String src) throws CompileError {
        SourceFile f = GoParse.parse(name, src);
        String[] lines = src.split("\n", -1);
        int[] lineStart = new int[lines.length + 2];
        for (int i = 0, off = 0; i < lines.length; i++) {
            lineStart[i + 1] = off;
            off += lines[i].length() + 1;
        }
        Decl.Func main = null;
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fd && fd.recv() == null && fd.name().name().equals("main")) main = fd;
        }
        String decls = src;
        String body = "";
        if (main != null && main.body() != null) {
            int from = offset(lineStart, main.pos());
            int open = offset(lineStart, main.body().pos());
            int close = offset(lineStart, main.body().rbrace());
            body = dedent(src.substring(open + 1, close));
            decls = src.substring(0, from) + src.substring(close + 1);
        }
        decls = withoutImports(PACKAGE.matcher(decls).replaceFirst(""));
        return new Split(decls.strip(), body.strip());
    }

    private static int offset(int[] lineStart, Pos p) {
        return lineStart[p.line()] + p.col() - 1;
    }

    private static String dedent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String l : s.split("\n", -1)) sb.append(l.startsWith("\t") ? l.substring(1) : l.startsWith("    ") ? l.substring(4) : l).append('\n');
        return sb.toString();
    }

    /**
     * The session as a program: the declaration inputs still in force, in order, then a
     * main made of the statement inputs. An expression that printed its value becomes
     * {@code fmt.Println(expr)}; every session variable is marked used, so Go's compiler
     * accepts variables the session never read.
     */
    static String program(Session session) {
        List<Session.Input> ins = session.inputs();
        // a declaration input is kept unless everything it declared was declared again later
        Set<String> later = new HashSet<>();
        List<Session.Input> keptDecls = new ArrayList<>();
        for (int i = ins.size() - 1; i >= 0; i--) {
            Session.Input in = ins.get(i);
            if (in.kind() != Session.Kind.DECLS) continue;
            boolean live = false;
            for (String n : in.declared()) if (!n.startsWith("import ") && !later.contains(n)) live = true;
            later.addAll(in.declared());
            if (live) keptDecls.add(0, in);
        }
        StringBuilder decls = new StringBuilder();
        for (Session.Input in : keptDecls) decls.append(withoutImports(in.text()).strip()).append("\n\n");
        StringBuilder body = new StringBuilder();
        for (Session.Input in : ins) {
            if (in.kind() != Session.Kind.STATEMENTS || !in.completed()) continue;
            String[] lines = in.text().split("\n", -1);
            // edits, right to left on each line so that earlier columns stay valid: a := of a
            // session variable becomes = (they are package variables in the program), and an
            // expression that printed its value prints it in the program too
            List<int[]> edits = new ArrayList<>();
            for (int[] d : in.defines()) edits.add(new int[] {d[0], d[1], 0, 0});
            for (int[] sp : in.shown()) edits.add(new int[] {sp[0], sp[1], sp[2], 1});
            edits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            for (int[] e : edits) {
                String l = lines[e[0] - 1];
                int from = Math.max(0, e[1] - 1);
                if (e[3] == 0) {
                    if (l.startsWith(":=", from)) lines[e[0] - 1] = l.substring(0, from) + "=" + l.substring(from + 2);
                    continue;
                }
                int to = e[2] < 0 ? l.length() : Math.min(l.length(), e[2] - 1);
                if (from >= to) continue;
                String x = l.substring(from, to).strip();
                String rest = l.substring(to);
                if (x.endsWith(";")) {
                    x = x.substring(0, x.length() - 1).strip();
                    rest = "; " + rest.stripLeading();
                }
                lines[e[0] - 1] = l.substring(0, from) + "fmt.Println(" + x + ")" + (rest.isBlank() ? "" : rest);
            }
            for (String l : lines) body.append(l.isBlank() ? "" : "\t" + l).append('\n');
        }
        StringBuilder vars = new StringBuilder();
        for (SessionScope.Entry v : session.names().entries("var")) {
            vars.append("var ").append(v.name()).append(' ').append(v.description()).append('\n');
            body.append("\t_ = ").append(v.name()).append('\n');
        }
        if (!vars.isEmpty()) vars.append('\n');
        String code = vars.toString() + decls + "func main() {\n" + body + "}\n";
        Set<String> imports = new TreeSet<>();
        for (Pkg p : session.interp().packages.values()) {
            if (p.path.equals("unsafe") && !code.contains("unsafe.")) continue;
            Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(p.name) + "\\.[A-Za-z_]").matcher(code);
            if (m.find() && session.names().lookup(p.name) instanceof SessionScope.Entry e && !e.kind().equals("package")) continue;
            if (m.find(0)) imports.add(p.path);
        }
        StringBuilder sb = new StringBuilder("// Written by lanes /save from a REPL session.\npackage main\n\n");
        if (imports.size() == 1) {
            sb.append("import \"").append(imports.iterator().next()).append("\"\n\n");
        } else if (!imports.isEmpty()) {
            sb.append("import (\n");
            for (String p : imports) sb.append("\t\"").append(p).append("\"\n");
            sb.append(")\n\n");
        }
        return sb.append(code).toString();
    }
}
