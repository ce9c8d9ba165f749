package lanes.runtime;

import java.util.List;

/**
 * How a run ended, with what the interpreter needs to print Go's report.
 *
 * @param outcome       the kind of ending
 * @param exitCode      the process status Go would give: 0 for RETURNED, the code for EXIT,
 *                      2 for PANIC, FATAL, DEADLOCK and LIMIT, 70 for INTERNAL_ERROR
 * @param message       FATAL: the text after {@code fatal error: } (e.g.
 *                      {@code sync: unlock of unlocked mutex}); DEADLOCK:
 *                      {@code all goroutines are asleep - deadlock!}; LIMIT: a one-line
 *                      description; INTERNAL_ERROR: the exception; otherwise null
 * @param culprit       the goroutine that panicked, hit the fatal error or called os.Exit; null
 *                      for DEADLOCK, RETURNED and limits found while nothing ran
 * @param panicValue    PANIC: the object the interpreter passed to {@link Scheduler#panicked},
 *                      or the escaped {@link GoRuntimeFault}
 * @param limit         LIMIT: which one
 * @param goroutines    every goroutine alive at the end, in creation order (main, if alive,
 *                      first), frozen as they were: state, wait reason, user data, snapshot.
 *                      Go prints the culprit first and then the others.
 * @param steps         steps run over all processors
 * @param virtualNanos  the virtual clock at the end, ns since the run began
 * @param internalError INTERNAL_ERROR: the Java exception that escaped
 * @param seed          the seed of the run, to print with crash reports
 */
public record RunResult(Outcome outcome, int exitCode, String message, G culprit, Object panicValue, Limit limit,
                        List<G> goroutines, long steps, long virtualNanos, Throwable internalError, long seed) {

    public static final String DEADLOCK_MESSAGE = "all goroutines are asleep - deadlock!";
    public static final String GOEXIT_MESSAGE = "no goroutines (main called runtime.Goexit) - deadlock!";

    /** True when Go would print a dump of every goroutine (fatal errors and deadlocks). */
    public boolean dumpsAllGoroutines() {
        return (outcome == Outcome.FATAL && !GOEXIT_MESSAGE.equals(message)) || outcome == Outcome.DEADLOCK;
    }
}
