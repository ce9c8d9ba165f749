package lanes.lesson;

/** A lesson that cannot be found or read; its message is one line for the user. */
public final class LessonException extends Exception {
    public LessonException(String message) {
        super(message, null, false, false);
    }
}
