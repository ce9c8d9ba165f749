package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SelectTest {
    private static int[] fairness(long seed) {
        int[] counts = new int[2];
        Run.run(Run.cfg().withSeed(seed), s -> {
            Chan a = s.makeChan(10_000, 0), b = s.makeChan(10_000, 0);
            for (int i = 0; i < 10_000; i++) {
                a.send(1);
                b.send(1);
            }
            for (int i = 0; i < 10_000; i++) {
                counts[s.select(new SelectCase[] {SelectCase.recv(a), SelectCase.recv(b)}, false)]++;
            }
        });
        return counts;
    }

    @Test
    void uniformAmongReadyCasesAndReproducible() {
        int[] c = fairness(0);
        assertEquals(10_000, c[0] + c[1]);
        assertTrue(Math.abs(c[0] - 5000) < 300, "a=" + c[0] + " b=" + c[1]);
        assertArrayEquals(c, fairness(0));
        int[] d = fairness(7);
        assertTrue(Math.abs(d[0] - 5000) < 300);
        assertFalse(java.util.Arrays.equals(c, d));
    }

    @Test
    void defaultOnlyWhenNothingIsReady() {
        Run.run(s -> {
            Chan c = s.makeChan(0, 0);
            assertEquals(-1, s.select(new SelectCase[] {SelectCase.recv(c)}, true));
            assertEquals(-1, s.select(new SelectCase[] {SelectCase.send(c, 1)}, true));
            assertEquals(-1, s.select(new SelectCase[] {SelectCase.recv(null)}, true));
            assertEquals(-1, s.select(new SelectCase[0], true));
            Chan closed = s.makeChan(0, "zero");
            closed.close();
            SelectCase rc = SelectCase.recv(closed);
            assertEquals(0, s.select(new SelectCase[] {rc}, true));
            assertEquals("zero", rc.value());
            assertFalse(rc.ok());
            Chan buf = s.makeChan(1, 0);
            assertEquals(1, s.select(new SelectCase[] {SelectCase.recv(null), SelectCase.send(buf, 5)}, true));
            assertEquals(5, buf.recv());
        });
    }

    @Test
    void blockedSelectIsWokenByOneChannelOnly() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            Chan a = s.makeChan(0, 0), b = s.makeChan(0, 0);
            s.go(() -> {
                SelectCase ra = SelectCase.recv(a), rb = SelectCase.recv(b);
                int i = s.select(new SelectCase[] {ra, rb}, false);
                log.add("case " + i + " got " + (i == 0 ? ra.value() : rb.value()));
            }, null);
            s.gosched();
            assertEquals(WaitReason.SELECT, TestAccess.goroutine(s, 2).waitReason());
            b.send(42);
            // The select's sudog on a is gone: a send on a now finds no receiver.
            assertEquals(-1, s.select(new SelectCase[] {SelectCase.send(a, 1)}, true));
            s.gosched();
        });
        assertEquals(List.of("case 1 got 42"), log);
    }

    @Test
    void blockedSendCaseTakenByReceiver() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            Chan a = s.makeChan(0, 0), b = s.makeChan(0, 0);
            s.go(() -> log.add("case " + s.select(new SelectCase[] {SelectCase.send(a, "A"),
                    SelectCase.send(b, "B")}, false)), null);
            s.gosched();
            log.add("got " + a.recv());
            s.gosched();
        });
        assertEquals(List.of("got A", "case 0"), log);
    }

    @Test
    void closeWakesSelectRecvAndPanicsSelectSend() {
        List<String> log = new ArrayList<>();
        RunResult r = Run.run(s -> {
            Chan a = s.makeChan(0, 0);
            s.go(() -> {
                SelectCase rc = SelectCase.recv(a);
                int i = s.select(new SelectCase[] {rc, SelectCase.recv(null)}, false);
                log.add(i + " " + rc.value() + " " + rc.ok());
            }, null);
            s.gosched();
            a.close();
            s.gosched();
            Chan b = s.makeChan(0, 0);
            s.go(() -> s.select(new SelectCase[] {SelectCase.send(b, 1)}, false), null);
            s.gosched();
            b.close();
            s.gosched();
            log.add("not reached");
        });
        assertEquals(List.of("0 0 false"), log);
        assertEquals(Outcome.PANIC, r.outcome());
        assertEquals("send on closed channel", ((GoRuntimeFault) r.panicValue()).getMessage());
    }

    @Test
    void sendOnClosedInSelectPanics() {
        Run.run(s -> {
            Chan c = s.makeChan(1, 0);
            c.close();
            GoRuntimeFault f = assertThrows(GoRuntimeFault.class,
                    () -> s.select(new SelectCase[] {SelectCase.send(c, 1)}, true));
            assertEquals("send on closed channel", f.getMessage());
        });
    }

    @Test
    void selectWithBothDirectionsOnOneChannel() {
        Run.run(s -> {
            Chan c = s.makeChan(0, 0);
            s.go(() -> {
                for (int i = 0; i < 3; i++) {
                    SelectCase r = SelectCase.recv(c);
                    s.select(new SelectCase[] {SelectCase.send(c, 9), r}, false);
                }
            }, null);
            s.gosched();
            assertEquals(9, c.recv());
            c.send(1);
            assertEquals(9, c.recv());
        });
    }
}
