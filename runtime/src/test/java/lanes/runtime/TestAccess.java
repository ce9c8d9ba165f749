package lanes.runtime;

/** Package-private peeks for tests. */
final class TestAccess {
    private TestAccess() {
    }

    static G goroutine(Scheduler s, long id) {
        return s.goroutineForTest(id);
    }
}
