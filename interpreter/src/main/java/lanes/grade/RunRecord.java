package lanes.grade;

import lanes.runtime.Outcome;

/**
 * What one run of a submission under one schedule did, as the checks see it.
 *
 * @param outcome   how the run ended (RETURNED, EXIT, PANIC, FATAL, DEADLOCK, LIMIT, INTERNAL_ERROR)
 * @param exit      the exit status Go would give
 * @param leaked    goroutines still alive when main returned (RETURNED only)
 * @param limit     the one-line message of a limit that ended the run, else null
 * @param crash     the first line of a panic or fatal error, else null
 */
public record RunRecord(Schedule schedule, String stdout, String stderr, int exit, Outcome outcome, int leaked,
                        String limit, String crash) {

    /** User-visible output of the run: stdout then stderr. */
    public String output() {
        return stderr.isEmpty() ? stdout : stdout + stderr;
    }
}
