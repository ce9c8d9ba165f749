package lanes.lib.conc;

import java.math.BigInteger;
import java.util.List;

import lanes.interp.Goroutine;
import lanes.interp.Interp;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.runtime.Chan;
import lanes.runtime.Scheduler;
import lanes.runtime.Timer;
import lanes.types.Basic;
import lanes.types.ChanType;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.values.FuncV;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.StructV;

/**
 * Package time on the run's virtual clock: Duration, Time, Sleep, After, Tick, timers,
 * tickers, AfterFunc. The clock starts at 2009-11-10 23:00:00 UTC and moves only when no
 * goroutine can run.
 */
final class TimePkg {
    private TimePkg() {}

    static Pkg create(Interp in) {
        Pkg p = new Pkg("time");
        Named dur = new Named("time", "Duration", Basic.INT64);
        NativeTypes.method(dur, "String", Sig.fn(Sig.of(), Basic.STRING), false, a -> GoStrings.fromJava(Durations.format((Long) a[0])));
        NativeTypes.method(dur, "Seconds", Sig.fn(Sig.of(), Basic.FLOAT64), false, a -> Durations.seconds((Long) a[0]));
        NativeTypes.method(dur, "Minutes", Sig.fn(Sig.of(), Basic.FLOAT64), false, a -> Durations.minutes((Long) a[0]));
        NativeTypes.method(dur, "Hours", Sig.fn(Sig.of(), Basic.FLOAT64), false, a -> Durations.hours((Long) a[0]));
        NativeTypes.method(dur, "Milliseconds", Sig.fn(Sig.of(), Basic.INT64), false, a -> (Long) a[0] / Durations.MS);
        NativeTypes.method(dur, "Microseconds", Sig.fn(Sig.of(), Basic.INT64), false, a -> (Long) a[0] / Durations.US);
        NativeTypes.method(dur, "Nanoseconds", Sig.fn(Sig.of(), Basic.INT64), false, a -> a[0]);
        NativeTypes.method(dur, "Round", Sig.fn(Sig.of(dur), dur), false, a -> Durations.round((Long) a[0], (Long) a[1]));
        NativeTypes.method(dur, "Truncate", Sig.fn(Sig.of(dur), dur), false, a -> Durations.truncate((Long) a[0], (Long) a[1]));
        NativeTypes.method(dur, "Abs", Sig.fn(Sig.of(), dur), false, a -> {
            long d = (Long) a[0];
            return d >= 0 ? d : d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
        });
        p.type("Duration", dur);
        Object[][] units = {{"Nanosecond", 1L}, {"Microsecond", Durations.US}, {"Millisecond", Durations.MS},
            {"Second", Durations.S}, {"Minute", Durations.MIN}, {"Hour", Durations.H}};
        for (Object[] u : units) p.constant((String) u[0], dur, BigInteger.valueOf((Long) u[1]));

        Named month = new Named("time", "Month", Basic.INT);
        NativeTypes.method(month, "String", Sig.fn(Sig.of(), Basic.STRING), false, a -> {
            long m = (Long) a[0];
            return m >= 1 && m <= 12 ? TimeFormat.MONTHS[(int) m - 1] : "%!Month(" + m + ")";
        });
        p.type("Month", month);
        for (int i = 0; i < 12; i++) p.constant(TimeFormat.MONTHS[i], month, BigInteger.valueOf(i + 1));
        Named weekday = new Named("time", "Weekday", Basic.INT);
        NativeTypes.method(weekday, "String", Sig.fn(Sig.of(), Basic.STRING), false, a -> {
            long d = (Long) a[0];
            return d >= 0 && d <= 6 ? TimeFormat.DAYS[(int) d] : "%!Weekday(" + d + ")";
        });
        p.type("Weekday", weekday);
        for (int i = 0; i < 7; i++) p.constant(TimeFormat.DAYS[i], weekday, BigInteger.valueOf(i));

        // Time: wall clock (Unix ns), monotonic reading (virtual ns since start), whether it has one
        Named time = NativeTypes.struct("time", "Time", "sec", Basic.INT64, "nsec", Basic.INT64, "mono", Basic.INT64, "hasMono", Basic.BOOL);
        p.type("Time", time);
        NativeTypes.method(time, "Sub", Sig.fn(Sig.of(time), dur), false, a -> {
            StructV t = (StructV) a[0];
            StructV u = (StructV) a[1];
            if (hasMono(t) && hasMono(u)) return mono(t) - mono(u);
            return wall(t) - wall(u);
        });
        NativeTypes.method(time, "Add", Sig.fn(Sig.of(dur), time), false, a -> {
            StructV t = (StructV) a[0];
            long d = (Long) a[1];
            return make(wall(t) + d, mono(t) + d, hasMono(t));
        });
        NativeTypes.method(time, "Before", Sig.fn(Sig.of(time), Basic.BOOL), false, a -> cmp(a[0], a[1]) < 0);
        NativeTypes.method(time, "After", Sig.fn(Sig.of(time), Basic.BOOL), false, a -> cmp(a[0], a[1]) > 0);
        NativeTypes.method(time, "Equal", Sig.fn(Sig.of(time), Basic.BOOL), false, a -> cmp(a[0], a[1]) == 0);
        NativeTypes.method(time, "Compare", Sig.fn(Sig.of(time), Basic.INT), false, a -> (long) Integer.signum(cmp(a[0], a[1])));
        NativeTypes.method(time, "IsZero", Sig.fn(Sig.of(), Basic.BOOL), false, a -> (Long) ((StructV) a[0]).fields[0] == 0 && (Long) ((StructV) a[0]).fields[1] == 0);
        NativeTypes.method(time, "Unix", Sig.fn(Sig.of(), Basic.INT64), false, a -> Math.floorDiv(wall(a[0]), Durations.S));
        NativeTypes.method(time, "UnixMilli", Sig.fn(Sig.of(), Basic.INT64), false, a -> Math.floorDiv(wall(a[0]), Durations.MS));
        NativeTypes.method(time, "UnixMicro", Sig.fn(Sig.of(), Basic.INT64), false, a -> Math.floorDiv(wall(a[0]), Durations.US));
        NativeTypes.method(time, "UnixNano", Sig.fn(Sig.of(), Basic.INT64), false, a -> wall(a[0]));
        NativeTypes.method(time, "Year", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getYear());
        NativeTypes.method(time, "Month", Sig.fn(Sig.of(), month), false, a -> (long) TimeFormat.zdt(wall(a[0])).getMonthValue());
        NativeTypes.method(time, "Day", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getDayOfMonth());
        NativeTypes.method(time, "Hour", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getHour());
        NativeTypes.method(time, "Minute", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getMinute());
        NativeTypes.method(time, "Second", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getSecond());
        NativeTypes.method(time, "Nanosecond", Sig.fn(Sig.of(), Basic.INT), false, a -> (long) TimeFormat.zdt(wall(a[0])).getNano());
        NativeTypes.method(time, "Weekday", Sig.fn(Sig.of(), weekday), false, a -> (long) (TimeFormat.zdt(wall(a[0])).getDayOfWeek().getValue() % 7));
        NativeTypes.method(time, "Format", Sig.fn(Sig.of(Basic.STRING), Basic.STRING), false,
                a -> GoStrings.fromJava(TimeFormat.format(wall(a[0]), GoStrings.toJava((String) a[1]))));
        NativeTypes.method(time, "String", Sig.fn(Sig.of(), Basic.STRING), false, a -> {
            StructV t = (StructV) a[0];
            return GoStrings.fromJava(TimeFormat.string(wall(t), mono(t), hasMono(t)));
        });
        NativeTypes.method(time, "Truncate", Sig.fn(Sig.of(dur), time), false, a -> {
            long d = (Long) a[1];
            long w = wall(a[0]);
            return d <= 0 ? make(w, 0, false) : make(w - Math.floorMod(w, d), 0, false);
        });
        p.constant("RFC3339", Basic.UNTYPED_STRING, "2006-01-02T15:04:05Z07:00");
        p.constant("RFC3339Nano", Basic.UNTYPED_STRING, "2006-01-02T15:04:05.999999999Z07:00");
        p.constant("Kitchen", Basic.UNTYPED_STRING, "3:04PM");
        p.constant("DateTime", Basic.UNTYPED_STRING, "2006-01-02 15:04:05");
        p.constant("DateOnly", Basic.UNTYPED_STRING, "2006-01-02");
        p.constant("TimeOnly", Basic.UNTYPED_STRING, "15:04:05");
        p.constant("StampMilli", Basic.UNTYPED_STRING, "Jan _2 15:04:05.000");

        p.fn("Now", Sig.fn(Sig.of(), time), new Native("time.Now", a -> now(in)));
        p.fn("Since", Sig.fn(Sig.of(time), dur), new Native("time.Since", a -> {
            StructV t = (StructV) a[0];
            Scheduler s = Rt.sched(in);
            return hasMono(t) ? s.nanotime() + 1 - mono(t) : s.unixNanos() - wall(t);
        }));
        p.fn("Until", Sig.fn(Sig.of(time), dur), new Native("time.Until", a -> {
            StructV t = (StructV) a[0];
            Scheduler s = Rt.sched(in);
            return hasMono(t) ? mono(t) - s.nanotime() - 1 : wall(t) - s.unixNanos();
        }));
        p.fn("Unix", Sig.fn(Sig.of(Basic.INT64, Basic.INT64), time), new Native("time.Unix",
                a -> make((Long) a[0] * Durations.S + (Long) a[1], 0, false)));
        p.fn("Sleep", Sig.fn(Sig.of(dur)), new Native("time.Sleep", a -> {
            Rt.sched(in).sleep((Long) a[0]);
            return null;
        }));

        ChanType recvTime = new ChanType(ChanType.Dir.RECV, time);
        StructV zeroTime = new StructV(new Object[] {0L, 0L, 0L, false});
        p.fn("After", Sig.fn(Sig.of(dur), recvTime), new Native("time.After", a -> {
            Scheduler s = Rt.sched(in);
            Chan c = s.makeChan(1, zeroTime);
            s.newTimer(Math.max(0, (Long) a[0]), 0, () -> c.offer(now(in)));
            return c;
        }));
        p.fn("Tick", Sig.fn(Sig.of(dur), recvTime), new Native("time.Tick", a -> {
            long d = (Long) a[0];
            if (d <= 0) return null;
            Scheduler s = Rt.sched(in);
            Chan c = s.makeChan(1, zeroTime);
            s.newTimer(d, d, () -> c.offer(now(in)));
            return c;
        }));

        // *Timer and *Ticker: the channel C and the runtime timer
        Named timer = NativeTypes.struct("time", "Timer", "C", recvTime, "r", Basic.UNSAFE_POINTER);
        PointerType timerPtr = new PointerType(timer);
        NativeTypes.method(timer, "Stop", Sig.fn(Sig.of(), Basic.BOOL), true, a -> {
            StructV t = (StructV) a[0];
            boolean was = ((Timer) t.fields[1]).stop();
            drain(t.fields[0]);
            return was;
        });
        NativeTypes.method(timer, "Reset", Sig.fn(Sig.of(dur), Basic.BOOL), true, a -> {
            StructV t = (StructV) a[0];
            drain(t.fields[0]);
            return ((Timer) t.fields[1]).reset(Math.max(0, (Long) a[1]), 0);
        });
        p.type("Timer", timer);
        p.fn("NewTimer", Sig.fn(Sig.of(dur), timerPtr), new Native("time.NewTimer", a -> {
            Scheduler s = Rt.sched(in);
            Chan c = s.makeChan(1, zeroTime);
            Timer t = s.newTimer(Math.max(0, (Long) a[0]), 0, () -> c.offer(now(in)));
            return new StructV(new Object[] {c, t});
        }));
        FuncType fnType = new FuncType(List.of(), List.of(), false);
        p.fn("AfterFunc", Sig.fn(Sig.of(dur, fnType), timerPtr), new Native("time.AfterFunc", a -> {
            Scheduler s = Rt.sched(in);
            FuncV f = (FuncV) a[1];
            Goroutine cur = in.current();
            // under --race, AfterFunc happens before its function runs (Go's timers release and acquire)
            Object edge = new Object();
            if (in.race != null) in.race.releaseCurrent(edge);
            Timer t = s.newTimer(Math.max(0, (Long) a[0]), 0, () -> in.spawn(null, "time.goFunc", cur == null || cur.top == null ? null : cur.top.pos,
                    g -> {
                        if (in.race != null) in.race.acquireCurrent(edge);
                        f.call(new Object[0]);
                    }));
            return new StructV(new Object[] {null, t});
        }));
        Named ticker = NativeTypes.struct("time", "Ticker", "C", recvTime, "r", Basic.UNSAFE_POINTER);
        PointerType tickerPtr = new PointerType(ticker);
        NativeTypes.method(ticker, "Stop", Sig.fn(Sig.of()), true, a -> {
            StructV t = (StructV) a[0];
            ((Timer) t.fields[1]).stop();
            return null;
        });
        NativeTypes.method(ticker, "Reset", Sig.fn(Sig.of(dur)), true, a -> {
            long d = (Long) a[1];
            if (d <= 0) throw new GoPanic(new Iface(Basic.STRING, "non-positive interval for Ticker.Reset"), false);
            StructV t = (StructV) a[0];
            ((Timer) t.fields[1]).reset(d, d);
            return null;
        });
        p.type("Ticker", ticker);
        p.fn("NewTicker", Sig.fn(Sig.of(dur), tickerPtr), new Native("time.NewTicker", a -> {
            long d = (Long) a[0];
            if (d <= 0) throw new GoPanic(new Iface(Basic.STRING, "non-positive interval for NewTicker"), false);
            Scheduler s = Rt.sched(in);
            Chan c = s.makeChan(1, zeroTime);
            Timer t = s.newTimer(d, d, () -> c.offer(now(in)));
            return new StructV(new Object[] {c, t});
        }));
        return p;
    }

    /** Seconds from January 1, year 1 (the zero Time) to the Unix epoch, as Go's unixToInternal. */
    static final long UNIX_TO_INTERNAL = 62135596800L;

    static StructV make(long unixNanos, long mono, boolean hasMono) {
        long sec = Math.floorDiv(unixNanos, Durations.S) + UNIX_TO_INTERNAL;
        long nsec = Math.floorMod(unixNanos, Durations.S);
        return new StructV(new Object[] {sec, nsec, mono, hasMono});
    }

    static StructV now(Interp in) {
        Scheduler s = Rt.sched(in);
        return make(s.unixNanos(), s.nanotime() + 1, true);
    }

    /** Unix nanoseconds of a Time (dates within a few centuries of 1970). */
    static long wall(Object t) {
        StructV v = (StructV) t;
        return ((Long) v.fields[0] - UNIX_TO_INTERNAL) * Durations.S + (Long) v.fields[1];
    }

    static long mono(Object t) {
        return (Long) ((StructV) t).fields[2];
    }

    static boolean hasMono(Object t) {
        return (Boolean) ((StructV) t).fields[3];
    }

    private static int cmp(Object a, Object b) {
        StructV t = (StructV) a;
        StructV u = (StructV) b;
        if (hasMono(t) && hasMono(u)) return Long.compare(mono(t), mono(u));
        int c = Long.compare((Long) t.fields[0], (Long) u.fields[0]);
        return c != 0 ? c : Long.compare((Long) t.fields[1], (Long) u.fields[1]);
    }

    /** Go 1.23 timers: after Stop or Reset no stale value is left in the channel. */
    private static void drain(Object c) {
        if (c instanceof Chan ch) {
            while (ch.len() > 0) ch.recv();
        }
    }

}
