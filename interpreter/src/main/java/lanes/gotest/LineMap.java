package lanes.gotest;

import java.util.List;

import lanes.ast.Pos;

/**
 * Positions of a package built from several files. Positions carry no file, so the files
 * of a test build are checked as one: file k's lines are moved to {@code k * SPAN + line},
 * which keeps every position distinct and Go's sort order (file order, then position), and
 * this map turns them back into {@code file:line} for diagnostics, logs and tracebacks.
 */
public record LineMap(List<String> files) {
    public static final int SPAN = 1_000_000;

    public int offset(int fileIndex) {
        return fileIndex * SPAN;
    }

    public String file(int mergedLine) {
        int k = mergedLine / SPAN;
        return k >= 0 && k < files.size() ? files.get(k) : files.get(0);
    }

    public int line(int mergedLine) {
        return mergedLine % SPAN;
    }

    public Pos pos(Pos merged) {
        return merged == Pos.NONE ? merged : new Pos(line(merged.line()), merged.col());
    }

    /** {@code file.go:line}, as t.Log and Go's compile errors name a place. */
    public String where(int mergedLine) {
        return file(mergedLine) + ":" + line(mergedLine);
    }
}
