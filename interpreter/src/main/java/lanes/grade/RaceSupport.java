package lanes.grade;

/** The {@code no_race} check: reads the race detector's report from a run made with {@code --race}. */
public final class RaceSupport {
    private RaceSupport() {}

    /** What the race detector reported in the run, or null when it found no race. */
    public static String race(RunRecord r) {
        String err = r.stderr();
        int i = err.indexOf("WARNING: DATA RACE");
        if (i < 0) return null;
        int found = err.indexOf("Found ");
        String count = found < 0 ? "a data race" : err.substring(found, err.indexOf('\n', found) < 0 ? err.length() : err.indexOf('\n', found));
        int at = err.indexOf('\n', i);
        String first = at < 0 ? "" : err.substring(at + 1, err.indexOf('\n', at + 1) < 0 ? err.length() : err.indexOf('\n', at + 1)).trim();
        return "the race detector reported " + (found < 0 ? count : count.replace("Found ", "")) + (first.isEmpty() ? "" : " (" + first.replaceAll(":$", "") + ")");
    }
}
