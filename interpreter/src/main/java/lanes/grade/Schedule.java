package lanes.grade;

/** One schedule of a grading run: a seed and a GOMAXPROCS value. */
public record Schedule(long seed, int procs) {
    /** The command that replays this schedule on {@code file}. */
    public String replay(String file) {
        return "lanes run --seed " + seed + " --procs " + procs + " " + Shell.quote(file);
    }

    /** The command that replays the exercise's tests against {@code file} on this schedule. */
    public String replayTests(String file, java.util.List<java.nio.file.Path> tests) {
        StringBuilder sb = new StringBuilder("lanes test --seed " + seed + " --procs " + procs + " " + Shell.quote(file));
        for (java.nio.file.Path t : tests) sb.append(' ').append(Shell.quote(t.toString()));
        return sb.toString();
    }
}
