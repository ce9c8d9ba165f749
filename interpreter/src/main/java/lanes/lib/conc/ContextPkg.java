package lanes.lib.conc;

import java.util.ArrayList;
import java.util.List;

import lanes.check.Universe;
import lanes.interp.Interp;
import lanes.lib.Errors;
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
import lanes.types.InterfaceType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.Iface;
import lanes.values.StructV;

/**
 * Package context: Background, TODO, WithCancel, WithTimeout, WithDeadline, WithValue. Each
 * context is a struct holding a {@link State}; cancelling closes its Done channel and
 * cancels its children, as Go's cancelCtx does; deadlines are timers on the virtual clock.
 */
final class ContextPkg {
    private ContextPkg() {}

    /** One context node. Only the goroutine holding the baton (or a timer callback) touches it. */
    static final class State {
        final State parent;
        Chan done;
        Object err;
        final List<State> children = new ArrayList<>();
        final boolean cancelable;
        boolean hasDeadline;
        long deadline;
        Object key;
        Object val;
        boolean isValue;
        Timer timer;

        State(State parent, boolean cancelable) {
            this.parent = parent;
            this.cancelable = cancelable;
        }

        State cancelAncestor() {
            for (State s = this; s != null; s = s.parent) if (s.cancelable) return s;
            return null;
        }
    }

    static Pkg create(Interp in, Named time, Type duration) {
        Pkg p = new Pkg("context");
        Type any = Universe.ANY;
        Type err = Universe.ERROR;
        Type empty = new StructType(List.of());
        ChanType doneType = new ChanType(ChanType.Dir.RECV, empty);
        Named ctx = new Named("context", "Context", new InterfaceType(List.of(
                new InterfaceType.IMethod("Deadline", Sig.fn(Sig.of(), time, Basic.BOOL)),
                new InterfaceType.IMethod("Done", Sig.fn(Sig.of(), doneType)),
                new InterfaceType.IMethod("Err", Sig.fn(Sig.of(), err)),
                new InterfaceType.IMethod("Value", Sig.fn(Sig.of(any), any)))));
        p.type("Context", ctx);
        Named cancelFunc = new Named("context", "CancelFunc", new FuncType(List.of(), List.of(), false));
        p.type("CancelFunc", cancelFunc);

        Iface canceled = Errors.newError("context canceled");
        Named deadlineErr = NativeTypes.struct("context", "deadlineExceededError");
        NativeTypes.method(deadlineErr, "Error", Sig.fn(Sig.of(), Basic.STRING), false, a -> "context deadline exceeded");
        NativeTypes.method(deadlineErr, "Timeout", Sig.fn(Sig.of(), Basic.BOOL), false, a -> true);
        NativeTypes.method(deadlineErr, "Temporary", Sig.fn(Sig.of(), Basic.BOOL), false, a -> true);
        Iface deadlineExceeded = new Iface(deadlineErr, new StructV(new Object[0]));
        p.var("Canceled", err, canceled);
        p.var("DeadlineExceeded", err, deadlineExceeded);

        Named backgroundT = NativeTypes.struct("context", "backgroundCtx", "s", Basic.UNSAFE_POINTER);
        Named todoT = NativeTypes.struct("context", "todoCtx", "s", Basic.UNSAFE_POINTER);
        Named cancelT = NativeTypes.struct("context", "cancelCtx", "s", Basic.UNSAFE_POINTER);
        Named timerT = NativeTypes.struct("context", "timerCtx", "s", Basic.UNSAFE_POINTER);
        Named valueT = NativeTypes.struct("context", "valueCtx", "s", Basic.UNSAFE_POINTER);
        StructV zeroTime = new StructV(new Object[] {0L, 0L, 0L, false});
        for (Named t : new Named[] {backgroundT, todoT, cancelT, timerT, valueT}) {
            boolean ptr = t == cancelT || t == timerT || t == valueT;
            NativeTypes.method(t, "Done", Sig.fn(Sig.of(), doneType), ptr, a -> {
                State c = state(a[0]).cancelAncestor();
                if (c == null) return null;
                if (c.done == null) c.done = Rt.sched(in).makeChan(0, new StructV(new Object[0]));
                return c.done;
            });
            NativeTypes.method(t, "Err", Sig.fn(Sig.of(), err), ptr, a -> {
                State c = state(a[0]).cancelAncestor();
                return c == null ? null : c.err;
            });
            NativeTypes.method(t, "Value", Sig.fn(Sig.of(any), any), ptr, a -> {
                for (State s = state(a[0]); s != null; s = s.parent) {
                    if (s.isValue && s.key.equals(a[1])) return s.val;
                }
                return null;
            });
            NativeTypes.method(t, "Deadline", Sig.fn(Sig.of(), time, Basic.BOOL), ptr, a -> {
                for (State s = state(a[0]); s != null; s = s.parent) {
                    if (s.hasDeadline) return new Object[] {TimePkg.make(s.deadline, 0, false), true};
                }
                return new Object[] {zeroTime, false};
            });
            String name = t == backgroundT ? "context.Background" : t == todoT ? "context.TODO" : null;
            if (name != null) {
                NativeTypes.method(t, "String", Sig.fn(Sig.of(), Basic.STRING), false, a -> name);
            }
        }
        State bg = new State(null, false);
        Iface background = new Iface(backgroundT, new StructV(new Object[] {bg}));
        Iface todo = new Iface(todoT, new StructV(new Object[] {new State(null, false)}));
        p.fn("Background", Sig.fn(Sig.of(), ctx), new Native("context.Background", a -> background));
        p.fn("TODO", Sig.fn(Sig.of(), ctx), new Native("context.TODO", a -> todo));

        PointerType cancelPtr = new PointerType(cancelT);
        PointerType timerPtr = new PointerType(timerT);
        PointerType valuePtr = new PointerType(valueT);
        p.fn("WithCancel", Sig.fn(Sig.of(ctx), ctx, cancelFunc), new Native("context.WithCancel", a -> {
            State parent = parentState(a[0]);
            State s = child(parent, canceled);
            return new Object[] {new Iface(cancelPtr, new StructV(new Object[] {s})), canceller(in, s, canceled)};
        }));
        p.fn("WithDeadline", Sig.fn(Sig.of(ctx, time), ctx, cancelFunc), new Native("context.WithDeadline",
                a -> withDeadline(in, a[0], TimePkg.wall(a[1]), timerPtr, cancelPtr, canceled, deadlineExceeded)));
        p.fn("WithTimeout", Sig.fn(Sig.of(ctx, duration), ctx, cancelFunc), new Native("context.WithTimeout",
                a -> withDeadline(in, a[0], Rt.sched(in).unixNanos() + (Long) a[1], timerPtr, cancelPtr, canceled, deadlineExceeded)));
        p.fn("WithValue", Sig.fn(Sig.of(ctx, any, any), ctx), new Native("context.WithValue", a -> {
            if (a[1] == null) throw new GoPanic(new Iface(Basic.STRING, "nil key"), false);
            State s = new State(parentState(a[0]), false);
            s.isValue = true;
            s.key = a[1];
            s.val = a[2];
            return new Iface(valuePtr, new StructV(new Object[] {s}));
        }));
        return p;
    }

    private static State state(Object recv) {
        return (State) ((StructV) recv).fields[0];
    }

    private static State parentState(Object ctx) {
        if (ctx == null) throw new GoPanic(new Iface(Basic.STRING, "cannot create context from nil parent"), false);
        Iface i = (Iface) ctx;
        if (i.value instanceof StructV sv && sv.fields.length == 1 && sv.fields[0] instanceof State s) return s;
        return new State(null, false);
    }

    private static State child(State parent, Object canceledErr) {
        State s = new State(parent, true);
        State anc = parent.cancelAncestor();
        if (anc != null) {
            if (anc.err != null) {
                s.err = anc.err;
            } else {
                anc.children.add(s);
            }
        }
        return s;
    }

    private static Native canceller(Interp in, State s, Object err) {
        return new Native("context.WithCancel.func1", a -> {
            cancel(in, s, err, true);
            return null;
        });
    }

    private static Object[] withDeadline(Interp in, Object parentCtx, long deadline, PointerType timerPtr, PointerType cancelPtr,
                                         Object canceled, Object exceeded) {
        State parent = parentState(parentCtx);
        for (State a = parent; a != null; a = a.parent) {
            if (a.hasDeadline && a.deadline <= deadline) {
                State s = child(parent, canceled);
                return new Object[] {new Iface(cancelPtr, new StructV(new Object[] {s})), canceller(in, s, canceled)};
            }
        }
        State s = child(parent, canceled);
        s.hasDeadline = true;
        s.deadline = deadline;
        Scheduler sched = Rt.sched(in);
        long delay = deadline - sched.unixNanos();
        if (s.err == null) {
            if (delay <= 0) {
                cancel(in, s, exceeded, true);
            } else {
                s.timer = sched.newTimer(delay, 0, () -> cancel(in, s, exceeded, true));
            }
        }
        return new Object[] {new Iface(timerPtr, new StructV(new Object[] {s})), canceller(in, s, canceled)};
    }

    static void cancel(Interp in, State s, Object err, boolean detach) {
        if (s.err != null) return;
        s.err = err;
        if (s.done == null) s.done = Rt.sched(in).makeChan(0, new StructV(new Object[0]));
        s.done.close();
        if (s.timer != null) s.timer.stop();
        for (State c : new ArrayList<>(s.children)) cancel(in, c, err, false);
        s.children.clear();
        if (detach && s.parent != null) {
            State anc = s.parent.cancelAncestor();
            if (anc != null) anc.children.remove(s);
        }
    }
}
