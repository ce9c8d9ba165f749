package lanes.runtime;

/**
 * Unwinds the Java stack of a goroutine whose program is over (main returned, os.Exit, a
 * fatal error, a panic, a deadlock, a limit) or that called {@code runtime.Goexit}.
 *
 * <p>It is an {@link Error} so that ordinary {@code catch (RuntimeException)} blocks let it
 * pass. The interpreter must never catch it without rethrowing, and must not run Go deferred
 * calls while it passes: in Go, deferred calls do not run when the program exits. Code that
 * runs while it unwinds (Java {@code finally} blocks) may touch only its own goroutine's state
 * and must not call the scheduler; scheduler calls made then throw it again.
 *
 * <p>One immutable instance serves every goroutine: it carries no stack trace and no
 * suppressed exceptions.
 */
public final class GoroutineKilled extends Error {
    public static final GoroutineKilled INSTANCE = new GoroutineKilled();

    private GoroutineKilled() {
        super("goroutine killed", null, false, false);
    }
}
