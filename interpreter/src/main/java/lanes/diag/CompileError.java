package lanes.diag;

import java.util.List;

/** Raised when a source file does not parse or does not type-check; carries Go-worded messages. */
public final class CompileError extends Exception {
    private final List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
