package lanes.gotest;

import java.util.List;
import java.util.Locale;

import lanes.check.Universe;
import lanes.interp.Frame;
import lanes.interp.Goroutine;
import lanes.interp.Interp;
import lanes.interp.Signals;
import lanes.lib.Native;
import lanes.lib.NativeTypes;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.values.FuncV;
import lanes.values.GoPanic;
import lanes.values.SliceV;
import lanes.values.StructV;

/**
 * Package {@code testing} of a test build: {@code *testing.T} with Error(f), Fatal(f),
 * Log(f), Fail, FailNow, Failed, Skip(f), SkipNow, Skipped, Run, Helper, Cleanup, Name —
 * and {@code RunTests}, which the generated main calls. Output is {@code go test -v}'s:
 * {@code === RUN}, log lines as {@code file:line: message} indented by four spaces (shown as
 * they happen, with {@code === CONT} when another test spoke last), {@code --- PASS/FAIL/SKIP}
 * with the duration on Lanes' virtual clock, subtests' result lines under their parent's,
 * then {@code PASS} or {@code FAIL} (exit status 1).
 *
 * <p>Each test runs in its own goroutine (Go's tRunner); FailNow and SkipNow end it with
 * runtime.Goexit, so deferred calls run; Cleanup functions run after it, last first.
 */
public final class TestingPkg {
    private final Interp in;
    private final LineMap map;
    private final Named tType = NativeTypes.struct("testing", "T", "state", Basic.UNSAFE_POINTER);
    private String lastSpeaker;

    /** Which tests run ({@code -run}); all when null. */
    private final RunFilter filter;

    private TestingPkg(Interp in, LineMap map, RunFilter filter) {
        this.filter = filter;
        this.in = in;
        this.map = map;
    }

    static Pkg create(Interp in, LineMap map, RunFilter filter) {
        return new TestingPkg(in, map, filter).build();
    }

    private static TState st(Object recv) {
        StructV s = (StructV) recv;
        if (s == null || !(s.fields[0] instanceof TState t)) {
            throw lanes.values.Values.runtimePanic("invalid memory address or nil pointer dereference");
        }
        return t;
    }

    private Pkg build() {
        Pkg p = new Pkg("testing");
        FuncType anyArgs = Sig.variadic(Sig.of(Universe.ANY));
        FuncType fmtArgs = Sig.variadic(Sig.of(Basic.STRING, Universe.ANY));
        FuncType none = Sig.fn(Sig.of());
        PointerType ptr = new PointerType(tType);
        method("Log", anyArgs, a -> log(a[0], sprintln(a[1])));
        method("Logf", fmtArgs, a -> log(a[0], in.fmt.sprintf((String) a[1], elems(a[2]))));
        method("Error", anyArgs, a -> {
            log(a[0], sprintln(a[1]));
            fail(st(a[0]));
        });
        method("Errorf", fmtArgs, a -> {
            log(a[0], in.fmt.sprintf((String) a[1], elems(a[2])));
            fail(st(a[0]));
        });
        method("Fatal", anyArgs, a -> {
            log(a[0], sprintln(a[1]));
            failNow(st(a[0]));
        });
        method("Fatalf", fmtArgs, a -> {
            log(a[0], in.fmt.sprintf((String) a[1], elems(a[2])));
            failNow(st(a[0]));
        });
        method("Skip", anyArgs, a -> {
            log(a[0], sprintln(a[1]));
            skipNow(st(a[0]));
        });
        method("Skipf", fmtArgs, a -> {
            log(a[0], in.fmt.sprintf((String) a[1], elems(a[2])));
            skipNow(st(a[0]));
        });
        method("SkipNow", none, a -> skipNow(st(a[0])));
        method("Fail", none, a -> fail(st(a[0])));
        method("FailNow", none, a -> failNow(st(a[0])));
        NativeTypes.method(tType, "Failed", Sig.fn(Sig.of(), Basic.BOOL), true, a -> st(a[0]).failed);
        NativeTypes.method(tType, "Skipped", Sig.fn(Sig.of(), Basic.BOOL), true, a -> st(a[0]).skipped);
        NativeTypes.method(tType, "Name", Sig.fn(Sig.of(), Basic.STRING), true, a -> st(a[0]).name);
        method("Helper", none, a -> {
            Goroutine g = in.current();
            if (g != null && g.top != null) st(a[0]).helpers.add(g.top.code);
        });
        method("Cleanup", Sig.fn(Sig.of(new FuncType(List.of(), List.of(), false))), a -> {
            if (a[1] != null) st(a[0]).cleanups.add((FuncV) a[1]);
        });
        NativeTypes.method(tType, "Run", Sig.fn(Sig.of(Basic.STRING, new FuncType(List.of(ptr), List.of(), false)), Basic.BOOL), true,
                a -> {
                    TState parent = st(a[0]);
                    TState child = new TState(parent.childName((String) a[1]), parent);
                    if (filter != null && !filter.matches(List.of(child.name.split("/", -1)))) return true; // -run: not run
                    run(child, (FuncV) a[2]);
                    return !child.failed;
                });
        p.type("T", tType);
        p.fn("RunTests", Sig.fn(Sig.of(new SliceType(Basic.STRING), new SliceType(new FuncType(List.of(ptr), List.of(), false)))),
                new Native("testing.RunTests", a -> {
                    runAll(elems(a[0]), elems(a[1]));
                    return null;
                }));
        return p;
    }

    private void method(String name, FuncType sig, java.util.function.Consumer<Object[]> body) {
        NativeTypes.method(tType, name, sig, true, a -> {
            body.accept(a);
            return null;
        });
    }

    private static Object[] elems(Object slice) {
        SliceV s = (SliceV) slice;
        if (s == null) return new Object[0];
        Object[] out = new Object[s.len];
        System.arraycopy(s.array, s.off, out, 0, s.len);
        return out;
    }

    private String sprintln(Object args) {
        String s = in.fmt.sprintln(elems(args));
        return s.substring(0, s.length() - 1);
    }

    private void print(String s) {
        in.writeOut(s);
    }

    private static void fail(TState t) {
        for (TState x = t; x != null; x = x.parent) x.failed = true;
    }

    private static void failNow(TState t) {
        fail(t);
        throw new Signals.Goexit();
    }

    private static void skipNow(TState t) {
        t.skipped = true;
        throw new Signals.Goexit();
    }

    /** A log line: the caller's file:line (helpers skipped), the message, continuation lines indented. */
    private void log(Object recv, String msg) {
        TState t = st(recv);
        Goroutine g = in.current();
        String where = "???:1";
        for (Frame f = g == null ? null : g.top; f != null; f = f.caller) {
            if (f.code.synthetic || isHelper(t, f)) continue;
            if (f.pos != null) where = map.where(f.pos.line());
            break;
        }
        StringBuilder sb = new StringBuilder();
        if (!t.name.equals(lastSpeaker)) sb.append("=== CONT  ").append(t.name).append('\n');
        lastSpeaker = t.name;
        if (msg.endsWith("\n")) msg = msg.substring(0, msg.length() - 1);
        sb.append("    ").append(where).append(": ").append(msg.replace("\n", "\n        ")).append('\n');
        print(sb.toString());
    }

    private static boolean isHelper(TState t, Frame f) {
        for (TState x = t; x != null; x = x.parent) if (x.helpers.contains(f.code)) return true;
        return false;
    }

    private long now() {
        return in.concurrency().scheduler().nanotime();
    }

    /** Runs one test in its own goroutine and waits for it, as Go's tRunner does. */
    private void run(TState t, FuncV fn) {
        print("=== RUN   " + t.name + "\n");
        lastSpeaker = t.name;
        StructV tv = new StructV(new Object[] {t});
        Object done = in.makeChan(1, null, null);
        long start = now();
        Goroutine cur = in.current();
        in.spawn(cur, "testing.(*T).Run", cur != null && cur.top != null ? cur.top.pos : null, g -> {
            try {
                try {
                    fn.call(new Object[] {tv});
                } catch (Signals.Goexit e) {
                    // FailNow or SkipNow: the test ends here, its deferred calls have run
                }
                for (int i = t.cleanups.size() - 1; i >= 0; i--) {
                    try {
                        t.cleanups.get(i).call(new Object[0]);
                    } catch (Signals.Goexit e) {
                        // a cleanup may call FailNow too
                    }
                }
            } catch (GoPanic e) {
                fail(t);
                print(resultLines(t, now() - start));
                throw e;
            }
            in.send(done, Boolean.TRUE);
        });
        in.recv(done);
        String lines = resultLines(t, now() - start);
        if (t.parent == null) {
            print(lines);
        } else {
            for (String l : lines.split("\n")) t.parent.summary.add("    " + l);
        }
    }

    private static String resultLines(TState t, long nanos) {
        String verdict = t.failed ? "FAIL" : t.skipped ? "SKIP" : "PASS";
        StringBuilder sb = new StringBuilder("--- ").append(verdict).append(": ").append(t.name)
                .append(String.format(Locale.ROOT, " (%.2fs)", nanos / 1e9)).append('\n');
        for (String l : t.summary) sb.append(l).append('\n');
        return sb.toString();
    }

    private void runAll(Object[] names, Object[] fns) {
        boolean failed = false;
        int ran = 0;
        for (int i = 0; i < names.length; i++) {
            String name = (String) names[i];
            if (filter != null && !filter.matches(List.of(name))) continue;
            TState t = new TState(name, null);
            run(t, (FuncV) fns[i]);
            ran++;
            failed |= t.failed;
        }
        if (filter != null) filter.ran = ran;
        if (ran == 0) print("testing: warning: no tests to run\n");
        print(failed ? "FAIL\n" : "PASS\n");
        if (failed) throw new Signals.Exit(1);
    }
}
