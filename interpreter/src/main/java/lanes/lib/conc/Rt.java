package lanes.lib.conc;

import java.util.function.Supplier;

import lanes.interp.Interp;
import lanes.runtime.GoRuntimeFault;
import lanes.runtime.Scheduler;
import lanes.values.Copyable;
import lanes.values.StructV;

/** Helpers shared by the concurrency packages: the run's scheduler, faults as Go panics, hidden state fields. */
final class Rt {
    private Rt() {}

    static Scheduler sched(Interp in) {
        return in.concurrency().scheduler();
    }

    /** Runs a runtime operation, turning the runtime's faults into Go panics. */
    static <T> T guard(Supplier<T> op) {
        try {
            return op.get();
        } catch (GoRuntimeFault f) {
            throw lanes.interp.Concurrency.fault(f);
        }
    }

    static void guardRun(Runnable op) {
        try {
            op.run();
        } catch (GoRuntimeFault f) {
            throw lanes.interp.Concurrency.fault(f);
        }
    }

    /** A struct's hidden runtime object, made on first use (Go's zero values are ready to use). */
    @SuppressWarnings("unchecked")
    static <T> T state(Object recv, int field, Supplier<T> make, java.util.function.UnaryOperator<T> copier) {
        StructV s = (StructV) recv;
        if (s == null) throw lanes.values.Values.runtimePanic("invalid memory address or nil pointer dereference");
        Object v = s.fields[field];
        if (v == null) {
            Box<T> b = new Box<>(make.get(), copier);
            s.fields[field] = b;
            return b.value;
        }
        return ((Box<T>) v).value;
    }

    /** Holds a runtime object inside a Go struct; copying the struct copies the state, as Go's assignment does. */
    static final class Box<T> implements Copyable {
        final T value;
        final java.util.function.UnaryOperator<T> copier;

        Box(T value, java.util.function.UnaryOperator<T> copier) {
            this.value = value;
            this.copier = copier;
        }

        @Override
        public Object goCopy() {
            return new Box<>(copier.apply(value), copier);
        }

        @Override
        public String toString() {
            return "{}";
        }
    }
}
