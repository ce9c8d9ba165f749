package lanes.gotest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lanes.interp.Code;
import lanes.values.FuncV;

/**
 * One running test or subtest: what {@code *testing.T} points at. Touched only by the
 * goroutine running the test and, once it has ended, by its parent (the baton orders them).
 */
final class TState {
    final String name;
    final TState parent;
    final int depth;
    boolean failed;
    boolean skipped;
    final Set<Code> helpers = new HashSet<>();
    final List<FuncV> cleanups = new ArrayList<>();
    /** The result lines of finished subtests, printed under this test's own result line. */
    final List<String> summary = new ArrayList<>();
    final Set<String> subNames = new HashSet<>();

    TState(String name, TState parent) {
        this.name = name;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** Go's subtest name: spaces become underscores, a repeated name gets #01, #02... */
    String childName(String n) {
        String base = name + "/" + n.replace(' ', '_');
        String unique = base;
        for (int k = 1; !subNames.add(unique); k++) unique = base + String.format("#%02d", k);
        return unique;
    }
}
