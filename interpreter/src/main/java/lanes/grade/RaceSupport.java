package lanes.grade;

/**
 * The {@code no_race} check's link to the race detector. Lanes has no race detector yet, so
 * {@link #missing()} names the missing feature and the grader reports the check as an error,
 * never as passed. When the detector lands, {@link #missing()} returns null and
 * {@link #race(RunRecord)} reads the run's race report (one call to wire up: the run's config
 * gets the detector switched on in {@link SubmissionGrader#runOnce}).
 */
public final class RaceSupport {
    private RaceSupport() {}

    public static String missing() {
        return "cannot check: Lanes has no race detector yet (`lanes run --race` is not available in this build)";
    }

    /** The first line of a race report in the run's output, or null. */
    public static String race(RunRecord r) {
        int i = r.stderr().indexOf("WARNING: DATA RACE");
        return i < 0 ? null : "WARNING: DATA RACE";
    }
}
