package lanes.grade;

/**
 * The verdict of one check over every schedule it ran under.
 *
 * @param message  why it failed or could not be decided (null on pass)
 * @param output   the program's output on the failing schedule (null when not relevant)
 * @param failedAt the first failing schedule (null unless a run-time check failed)
 * @param replay   the command that replays {@code failedAt}
 * @param runs     how many schedules the check was decided on
 */
public record CheckResult(Check check, Status status, String message, String output, Schedule failedAt, String replay,
                          int runs) {
    public double score() {
        return status == Status.PASS ? check.weight() : 0;
    }
}
