package lanes.grade;

/** The {@code no_race} check: reads the race detector's report from a run made with {@code --race}. */
public final class RaceSupport {
    private RaceSupport() {}

    /**
     * What the race detector reported in the run ("the race detector reported 1 data race(s)
     * (Read at 0x… by goroutine 2)"), or null when it found no race.
     */
    public static String race(RunRecord r) {
        String err = r.stderr();
        int warning = err.indexOf("WARNING: DATA RACE");
        if (warning < 0) return null;
        String found = lineAt(err, err.indexOf("Found "));
        int nl = err.indexOf('\n', warning);
        String first = nl < 0 ? null : lineAt(err, nl + 1);
        String what = found == null ? "a data race" : found.substring("Found ".length());
        return "the race detector reported " + what
                + (first == null || first.isBlank() ? "" : " (" + first.strip().replaceAll(":$", "") + ")");
    }

    /** The line of s that starts at index from, or null when from is not in s. */
    private static String lineAt(String s, int from) {
        if (from < 0 || from >= s.length()) return null;
        int end = s.indexOf('\n', from);
        return s.substring(from, end < 0 ? s.length() : end);
    }
}
