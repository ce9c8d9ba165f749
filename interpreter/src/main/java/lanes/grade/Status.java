package lanes.grade;

/** A check's or a submission's verdict, in Exercism's words. */
public enum Status {
    PASS, FAIL, ERROR;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
