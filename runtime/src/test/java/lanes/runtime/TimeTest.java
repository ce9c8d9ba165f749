package lanes.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import lanes.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

class TimeTest {
    static final long MS = 1_000_000;

    @Test
    void sleepAdvancesVirtualTimeOnlyWhenAllAreBlocked() {
        long[] t = new long[4];
        RunResult r = Run.run(s -> {
            t[0] = s.nanotime();
            Run.spin(s, 200_000); // computing takes no virtual time
            t[1] = s.nanotime();
            s.sleep(3_600_000 * MS); // an hour, at once
            t[2] = s.nanotime();
            s.sleep(0);
            s.sleep(-5);
            t[3] = s.unixNanos();
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(0, t[0]);
        assertEquals(0, t[1]);
        assertEquals(3_600_000 * MS, t[2]);
        assertEquals(Scheduler.EPOCH_UNIX_NANOS + 3_600_000 * MS, t[3]);
    }

    @Test
    void sleepersOverlap() {
        long[] end = new long[1];
        Run.run(s -> {
            WaitGroup wg = new WaitGroup(s);
            for (int i = 1; i <= 3; i++) {
                long d = i * 10 * MS;
                wg.add(1);
                s.go(() -> {
                    s.sleep(d);
                    wg.done();
                }, null);
            }
            wg.waitg();
            end[0] = s.nanotime();
        });
        assertEquals(30 * MS, end[0]);
    }

    @Test
    void afterStyleTimeoutInSelect() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            Chan slow = s.makeChan(1, "");
            s.go(() -> {
                s.sleep(2000 * MS);
                slow.send("result 1");
            }, null);
            Chan after = s.makeChan(1, 0L);
            s.newTimer(1000 * MS, 0, () -> after.offer(s.nanotime()));
            SelectCase res = SelectCase.recv(slow), to = SelectCase.recv(after);
            int i = s.select(new SelectCase[] {res, to}, false);
            log.add(i == 0 ? (String) res.value() : "timeout 1 at " + to.value());
            Chan fast = s.makeChan(1, "");
            s.go(() -> {
                s.sleep(500 * MS);
                fast.send("result 2");
            }, null);
            Chan after2 = s.makeChan(1, 0L);
            s.newTimer(1000 * MS, 0, () -> after2.offer(s.nanotime()));
            res = SelectCase.recv(fast);
            i = s.select(new SelectCase[] {res, SelectCase.recv(after2)}, false);
            log.add(i == 0 ? (String) res.value() : "timeout 2");
            log.add("elapsed " + s.nanotime() / MS);
        });
        assertEquals(List.of("timeout 1 at " + 1000 * MS, "result 2", "elapsed 1500"), log);
    }

    @Test
    void timersFireInTimeOrderThenArmingOrder() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            s.newTimer(20 * MS, 0, () -> log.add("b@" + s.nanotime() / MS));
            s.newTimer(10 * MS, 0, () -> log.add("a@" + s.nanotime() / MS));
            s.newTimer(20 * MS, 0, () -> log.add("c@" + s.nanotime() / MS));
            s.newTimer(0, 0, () -> log.add("now@" + s.nanotime() / MS));
            assertNull(s.current() == null ? "x" : null); // main is current here
            s.sleep(25 * MS);
        });
        assertEquals(List.of("now@0", "a@10", "b@20", "c@20"), log);
    }

    @Test
    void stopAndReset() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            Timer t = s.newTimer(time(10), 0, () -> log.add("fired@" + s.nanotime() / MS));
            assertTrue(t.pending());
            assertTrue(t.stop());
            assertFalse(t.stop());
            s.sleep(time(20));
            assertFalse(t.reset(time(5)));
            assertTrue(t.reset(time(10)));
            s.sleep(time(30));
            Timer h = s.newTimer(3_600_000 * MS, 0, () -> { });
            assertTrue(h.stop());
        });
        assertEquals(List.of("fired@30"), log);
    }

    private static long time(long ms) {
        return ms * MS;
    }

    @Test
    void tickerDropsTicksWhenTheReaderIsSlow() {
        List<String> log = new ArrayList<>();
        Run.run(s -> {
            Chan c = s.makeChan(1, 0L);
            Timer ticker = s.newTimer(10 * MS, 10 * MS, () -> c.offer(s.nanotime()));
            s.sleep(55 * MS);
            log.add("len " + c.len());
            log.add("tick " + (Long) c.recv() / MS);
            log.add("tick " + (Long) c.recv() / MS);
            ticker.stop();
            log.add("pending " + ticker.pending());
        });
        assertEquals(List.of("len 1", "tick 10", "tick 60", "pending false"), log);
    }

    @Test
    void afterFuncStartsAGoroutine() {
        List<String> log = new ArrayList<>();
        RunResult r = Run.run(s -> {
            Chan done = s.makeChan(0, false);
            s.newTimer(5 * MS, 0, () -> s.go(() -> {
                log.add("in AfterFunc goroutine " + s.current().id() + " creator " + s.current().creatorId());
                done.send(true);
            }, "time.goFunc"));
            done.recv();
        });
        assertEquals(Outcome.RETURNED, r.outcome());
        assertEquals(List.of("in AfterFunc goroutine 2 creator 0"), log);
    }

    @Test
    void aForgottenTickerHitsTheVirtualTimeLimit() {
        RunResult r = Run.run(Run.cfg().withLimits(20_000_000_000L, 1000, 3_600_000 * MS, 0), s -> {
            Chan c = s.makeChan(1, 0L);
            s.newTimer(100 * MS, 100 * MS, () -> c.offer(0L));
            s.blockForever(WaitReason.SELECT_NO_CASES);
        });
        assertEquals(Outcome.LIMIT, r.outcome());
        assertEquals(Limit.VIRTUAL_TIME, r.limit());
        assertEquals(3_600_000 * MS, r.virtualNanos());
    }
}
