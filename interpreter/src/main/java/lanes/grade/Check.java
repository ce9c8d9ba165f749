package lanes.grade;

/**
 * One {@code [[check]]} of an exercise. Which fields matter depends on the kind: {@code match}
 * and {@code expect} for output, {@code code} for exit, {@code what} for uses/not_uses.
 * {@code visibility} is an optional extension passed on to Gradescope.
 */
public record Check(int number, String name, Kind kind, Match match, String expect, int code, String what,
                    double weight, String visibility) {

    public enum Kind {
        OUTPUT, EXIT, NO_PANIC, NO_DEADLOCK, NO_LEAKS, NO_RACE, USES, NOT_USES, TESTS;

        /** Checks decided on the source alone, before anything runs. */
        public boolean structural() {
            return this == USES || this == NOT_USES;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Match { EXACT, LINES_ANY_ORDER, REGEX, CONTAINS }
}
