package lanes.interp;

import java.util.function.LongFunction;

import lanes.ast.Pos;
import lanes.runtime.RunResult;
import lanes.runtime.TraceListener;

/**
 * A trace listener that also wants to know where goroutines are in the source (for a
 * timeline's hover text) and how the run ended (panic markers).
 */
public interface RunTrace extends TraceListener {
    /** Before the run: {@code where.apply(id)} is the source position goroutine id is at, or null. */
    void locator(LongFunction<Pos> where);

    /** After the run, before the report is printed. */
    void ended(RunResult r);
}
