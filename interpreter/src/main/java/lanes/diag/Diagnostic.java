package lanes.diag;

import lanes.ast.Pos;

/** One compile-time message, printed as Go prints it: {@code file:line:col: message}. */
public record Diagnostic(String file, Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public int compareTo(Diagnostic o) {
        return pos.compareTo(o.pos);
    }

    @Override
    public String toString() {
        return file + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }
}
