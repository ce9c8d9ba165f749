package lanes.grade;

/** One schedule of a grading run: a seed and a GOMAXPROCS value. */
public record Schedule(long seed, int procs) {
    /** The command that replays this schedule on {@code file}. */
    public String replay(String file) {
        return "lanes run --seed " + seed + " --procs " + procs + " " + Shell.quote(file);
    }
}
