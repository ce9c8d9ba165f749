package lanes.interp;

/** Non-panic ways a goroutine's Java stack unwinds. None of them carries a Java stack trace. */
public final class Signals {
    private Signals() {}

    /** {@code runtime.Goexit()}: deferred calls run, recover cannot stop it. */
    public static final class Goexit extends Error {
        public Goexit() {
            super(null, null, false, false);
        }
    }

    /** {@code os.Exit(code)}: nothing more runs anywhere. */
    public static final class Exit extends Error {
        public final int code;

        public Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /** A Go fatal error ({@code fatal error: msg}): deferred calls do not run, recover cannot stop it. */
    public static final class Fatal extends Error {
        public final String goMessage;
        /** Extra lines Go prints before {@code fatal error:} (e.g. the stack-exceeds line). */
        public final String preamble;

        public Fatal(String goMessage, String preamble) {
            super(goMessage, null, false, false);
            this.goMessage = goMessage;
            this.preamble = preamble;
        }
    }

    /** A limit of the run was exceeded (steps, goroutines, time, output). */
    public static final class Limit extends Error {
        public Limit(String message) {
            super(message, null, false, false);
        }
    }
}
