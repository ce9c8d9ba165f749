package lanes.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import lanes.check.SessionScope;
import lanes.lib.Pkg;
import lanes.types.Method;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.StructType;
import lanes.types.Type;

/**
 * Tab completion: commands after a leading {@code /}; after {@code pkg.} the package's
 * exported members; after {@code v.} the fields and methods of v's type when v is a session
 * variable; otherwise keywords, the session's names, predeclared names and package names.
 */
final class GoCompleter implements Completer {
    static final List<String> KEYWORDS = List.of("break", "case", "chan", "const", "continue", "default", "defer", "else",
            "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
            "select", "struct", "switch", "type", "var");

    private final Session session;

    GoCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        for (String s : candidates(line.line(), line.cursor())) out.add(new Candidate(s, s, null, null, null, null, s.startsWith("/")));
    }

    /** The completions of the word before the cursor, as whole words. */
    List<String> candidates(String buffer, int cursor) {
        InputParser.Word w = new InputParser.Word(buffer, cursor);
        String word = buffer.substring(w.start(), cursor);
        TreeSet<String> out = new TreeSet<>();
        if (word.startsWith("/")) {
            for (Commands.Command c : Commands.matching(word)) out.add(c.name());
            return new ArrayList<>(out);
        }
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            String base = word.substring(0, dot);
            String prefix = word.substring(dot + 1);
            for (String m : members(base)) if (m.startsWith(prefix)) out.add(base + "." + m);
            return new ArrayList<>(out);
        }
        SessionScope names = session.names();
        List<String> all = new ArrayList<>(KEYWORDS);
        all.addAll(names.universeNames());
        for (String kind : new String[] {"var", "func", "type", "const", "package"}) {
            for (SessionScope.Entry e : names.entries(kind)) all.add(e.name());
        }
        for (Pkg p : session.interp().packages.values()) if (!p.path.equals("unsafe")) all.add(p.name);
        for (String s : all) if (s.startsWith(word) && !s.equals("_")) out.add(s);
        return new ArrayList<>(out);
    }

    private List<String> members(String base) {
        List<String> out = new ArrayList<>();
        Pkg p = session.names().packageNamed(base);
        if (p == null && session.names().lookup(base) == null) {
            for (Pkg q : session.interp().packages.values()) if (q.name.equals(base)) p = q;
        }
        if (p != null) {
            for (String m : p.members.keySet()) if (!m.isEmpty() && Character.isUpperCase(m.charAt(0))) out.add(m);
            return out;
        }
        if (base.contains(".")) return out;
        SessionScope.Entry e = session.names().lookup(base);
        if (e == null || !e.kind().equals("var")) return out;
        Type t = e.type();
        if (t instanceof PointerType pt) t = pt.elem();
        if (t.underlying() instanceof StructType st) {
            for (StructType.Field f : st.fields()) out.add(f.name());
        }
        if (t instanceof Named n) {
            for (Method m : n.methodList()) out.add(m.name());
        }
        return out;
    }
}
