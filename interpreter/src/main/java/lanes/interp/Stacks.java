package lanes.interp;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Pos;

/** Snapshots of a goroutine's Go call stack, innermost first, for panic traces and dumps. */
public final class Stacks {
    private Stacks() {}

    public record Entry(String function, Pos pos) {}

    public static List<Entry> capture(Frame top) {
        List<Entry> out = new ArrayList<>();
        Pos at = top.pos;
        for (Frame f = top; f != null; f = f.caller) {
            if (f.code.synthetic) continue;
            out.add(new Entry(f.code.name, f.pos != null ? f.pos : at));
            if (out.size() > 100) break;
        }
        return out;
    }
}
