package lanes.interp;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Pos;

/** Snapshots of a goroutine's Go call stack, innermost first, for panic traces and dumps. */
public final class Stacks {
    private Stacks() {}

    public record Entry(String function, Pos pos, boolean noArgs) {}

    /** Go prints at most this many frames of a goroutine, then {@link #ELIDED}. */
    static final int MAX_FRAMES = 100;
    static final Entry ELIDED = new Entry("...additional frames elided...", null, true);

    public static List<Entry> capture(Frame top) {
        List<Entry> out = new ArrayList<>();
        Pos at = top.pos;
        for (Frame f = top; f != null; f = f.caller) {
            if (f.code.synthetic) continue;
            boolean noArgs = f.code.params == null || f.code.params.length == 0;
            if (out.size() == MAX_FRAMES) {
                out.add(ELIDED);
                break;
            }
            out.add(new Entry(f.code.name, f.pos != null ? f.pos : at, noArgs));
        }
        return out;
    }
}
