package lanes.race;

import lanes.ast.Pos;
import lanes.interp.Frame;

/**
 * The Go stack of an access without its top line: the function making it, and its callers
 * with the positions of their calls as they were then. Callers stay put while a call is
 * active, so one snapshot serves every access a frame makes.
 */
final class Snap {
    final Frame frame;
    final Pos[] callers;

    Snap(Frame frame) {
        this.frame = frame;
        int n = 0;
        for (Frame c = frame.caller; c != null; c = c.caller) n++;
        callers = new Pos[n];
        int i = 0;
        for (Frame c = frame.caller; c != null; c = c.caller) callers[i++] = c.pos;
    }
}
