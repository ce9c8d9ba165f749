package lanes.runtime;

/** The resource limits that can end a run (see {@link SchedulerConfig}). */
public enum Limit {
    STEPS("step limit exceeded"),
    GOROUTINES("goroutine limit exceeded"),
    VIRTUAL_TIME("virtual time limit exceeded"),
    WALL_TIME("wall-clock time limit exceeded");

    private final String words;

    Limit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
