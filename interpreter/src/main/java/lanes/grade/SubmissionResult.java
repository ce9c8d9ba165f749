package lanes.grade;

import java.util.List;

/**
 * The graded submission. {@code status} is ERROR when nothing could be checked (compile
 * error, unreadable submission, time or memory exhausted), with {@code message} saying why;
 * then every check is an error too.
 */
public record SubmissionResult(String name, String file, Status status, String message, List<CheckResult> checks,
                               int schedules, long millis) {
    public double score() {
        return checks.stream().mapToDouble(CheckResult::score).sum();
    }

    public double maxScore() {
        return checks.stream().mapToDouble(c -> c.check().weight()).sum();
    }
}
