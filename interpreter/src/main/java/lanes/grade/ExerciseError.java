package lanes.grade;

/** An exercise folder that does not follow the format: one sentence naming the file and the field. */
public final class ExerciseError extends Exception {
    public ExerciseError(String message) {
        super(message);
    }
}
