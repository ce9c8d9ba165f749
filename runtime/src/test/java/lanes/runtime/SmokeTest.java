package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void mainReturns() {
        RunResult r = Run.run(s -> Run.spin(s, 1000));
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(0, r.exitCode());
    }

    @Test
    void pingPong() {
        int[] got = new int[1];
        RunResult r = Run.run(s -> {
            Chan c = s.makeChan(0, 0);
            Chan done = s.makeChan(0, false);
            s.go(() -> {
                for (int i = 0; i < 1000; i++) got[0] += (Integer) c.recv();
                done.send(true);
            }, null);
            for (int i = 0; i < 1000; i++) c.send(i);
            done.recv();
        });
        assertEquals(Outcome.RETURNED, r.outcome(), String.valueOf(r));
        assertEquals(999 * 1000 / 2, got[0]);
    }
}
