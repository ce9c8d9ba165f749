package lanes.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays a recorded schedule: a list of choices, one per decision that had more than one
 * alternative, in order — a goroutine id for "which goroutine runs next", {@code c}k for
 * "select polls in order k". When the list runs out (or names a goroutine that is not
 * runnable, which a schedule from another program would), it takes the first alternative.
 * The textual form is the choices joined by dots, e.g. {@code 1.2.c1.2}; {@code none} for no choices.
 */
public final class ScriptedStrategy implements Strategy {
    private final List<String> script;
    private int next;
    private boolean diverged;

    public ScriptedStrategy(List<String> script) {
        this.script = List.copyOf(script);
    }

    /** Parses the dotted form; throws IllegalArgumentException naming the bad element. */
    public static ScriptedStrategy parse(String text) {
        List<String> l = new ArrayList<>();
        if (!text.isBlank() && !text.trim().equals("none")) {
            for (String s : text.trim().split("\\.")) {
                String body = s.startsWith("c") ? s.substring(1) : s;
                try {
                    if (Long.parseLong(body) < 0) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad schedule element \"" + s + "\" (want a goroutine id or c<k>)");
                }
                l.add(s);
            }
        }
        return new ScriptedStrategy(l);
    }

    @Override
    public G pick(List<G> candidates, G last) {
        if (candidates.size() == 1) return candidates.get(0);
        String s = next < script.size() ? script.get(next++) : null;
        if (s != null && !s.startsWith("c")) {
            long id = Long.parseLong(s);
            for (G g : candidates) if (g.id == id) return g;
        }
        if (s != null) diverged = true;
        return candidates.get(0);
    }

    @Override
    public int choose(int n) {
        if (n <= 1) return 0;
        String s = next < script.size() ? script.get(next++) : null;
        if (s != null && s.startsWith("c")) {
            int k = Integer.parseInt(s.substring(1));
            if (k < n) return k;
        }
        if (s != null) diverged = true;
        return 0;
    }

    /** True if the run did not follow the script (it belongs to another program or input). */
    public boolean diverged() {
        return diverged;
    }
}
