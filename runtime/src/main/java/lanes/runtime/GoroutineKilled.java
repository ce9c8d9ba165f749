package lanes.runtime;

/**
 * Unwinds the Java stack of a goroutine whose program is over (main returned, os.Exit, a
 * fatal error, a panic, a deadlock, a limit), or of one that called
 * {@link Scheduler#goexit()} (then it is the subclass {@link Goexit}).
 *
 * <p>It is an {@link Error} so that ordinary {@code catch (RuntimeException)} blocks let it
 * pass. The interpreter must never catch it without rethrowing, and must not run Go deferred
 * calls while it passes: in Go, deferred calls do not run when the program exits. Code that
 * runs while it unwinds (Java {@code finally} blocks) may touch only its own goroutine's state
 * and must not call the scheduler; scheduler calls made then throw it again.
 *
 * <p>Immutable singletons serve every goroutine: no stack trace, no suppressed exceptions.
 * Kills travel through no {@code catch} in the runtime's own frames: a handler that C2 has
 * never seen entered is compiled as a deoptimization trap, and a million parked goroutines
 * each deoptimizing as they unwind would take a minute.
 */
public class GoroutineKilled extends Error {
    public static final GoroutineKilled INSTANCE = new GoroutineKilled("goroutine killed");

    private GoroutineKilled(String message) {
        super(message, null, false, false);
    }

    /** The goroutine called runtime.Goexit: it ends, the program goes on. */
    static final class Goexit extends GoroutineKilled {
        static final Goexit INSTANCE = new Goexit();

        private Goexit() {
            super("goroutine exited");
        }
    }

    /**
     * Lanes' REPL only: the main goroutine's current input is abandoned (a deadlock or an
     * interrupt), its waits are forgotten, and the session's input loop catches this.
     */
    public static final class Abandon extends GoroutineKilled {
        public static final Abandon INSTANCE = new Abandon();

        private Abandon() {
            super("input abandoned");
        }
    }
}
