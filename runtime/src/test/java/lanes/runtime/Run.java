package lanes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test helpers: run a Java "program" on a fresh scheduler. */
final class Run {
    private Run() {
    }

    static SchedulerConfig cfg() {
        return SchedulerConfig.defaults();
    }

    static RunResult run(Consumer<Scheduler> main) {
        return run(cfg(), main);
    }

    static RunResult run(SchedulerConfig cfg, Consumer<Scheduler> main) {
        Scheduler s = new Scheduler(cfg);
        RunResult r = s.run(() -> main.accept(s));
        if (s.liveThreads() != 0) throw new AssertionError("threads left: " + s.liveThreads());
        return r;
    }

    /** A run that records lines, as a program printing them would (each line charged as output). */
    static final class Out {
        final List<String> lines = new ArrayList<>();
        Scheduler s;

        void println(String line) {
            s.chargeOutput(line.length() + 1);
            lines.add(line);
        }
    }

    static void spin(Scheduler s, int steps) {
        for (int i = 0; i < steps; i++) s.tick();
    }
}
