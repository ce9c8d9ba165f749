package lanes.grade;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on the terminal, shown only once a run has lasted a second and
 * erased when it ends. Silent when not on a terminal.
 */
final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final Thread painter;
    private volatile boolean shown;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        if (!enabled) {
            painter = null;
            return;
        }
        painter = Thread.ofPlatform().daemon().name("lanes-grade-progress").start(this::paint);
    }

    void step() {
        done.incrementAndGet();
    }

    private void paint() {
        try {
            Thread.sleep(1000);
            while (true) {
                int d = done.get();
                int width = 30;
                int fill = total == 0 ? width : d * width / total;
                synchronized (err) {
                    err.print("\r[" + "#".repeat(fill) + "-".repeat(width - fill) + "] " + d + "/" + total + " submissions graded");
                    err.flush();
                }
                shown = true;
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /** Erases the bar so that what follows starts on a clean line. */
    void clear() {
        if (shown) {
            synchronized (err) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }

    @Override
    public void close() {
        if (painter == null) return;
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clear();
    }
}
