package lanes.runtime;

/**
 * What things cost on the step clock, the simulated CPU time of the processors. One step is
 * one interpreter tick (a loop back-edge or a call), taken to be about {@link #nsPerStep} ns
 * of Go CPU time. The defaults are calibrated so that the default schedule shows what Go
 * typically shows on a multi-core machine:
 * <ul>
 *   <li>a goroutine keeps its processor until it blocks, yields, or has run a
 *       {@link #quantum} (Go preempts after 10 ms);
 *   <li>an idle processor woken to steal a newly readied goroutine needs
 *       {@link #wakeLatency} steps (an OS thread wake-up, tens of µs), far more than a few
 *       lines of output ({@link #outputBase} each), so {@code go woof(); meow()} with five
 *       {@code meow} lines ends before {@code woof} gets a processor;
 *   <li>processors that run at the same time are interleaved every
 *       {@link #granularity} steps or so, fine enough for data races to show.
 * </ul>
 * Seeds other than 0 perturb these costs (see {@link SchedulerConfig#seed()}).
 *
 * @param quantum       steps a goroutine may run before it is preempted, if others wait
 * @param granularity   steps one processor may run ahead of the slowest other busy processor
 * @param wakeLatency   steps before a processor woken by {@code wakep} starts looking for work
 * @param stealBackoff  steps a thief waits before taking a running processor's runnext (Go: 3 µs)
 * @param goStatement   steps a {@code go} statement costs its caller
 * @param contextSwitch steps a processor spends switching to another goroutine
 * @param outputBase    steps one write to standard output or error costs
 * @param outputPerByte extra steps per 64 bytes written
 * @param timerFire     steps charged to the run for each timer that fires
 * @param nsPerStep     Go CPU nanoseconds one step stands for (used by sync.Mutex starvation)
 */
public record Costs(int quantum, int granularity, int wakeLatency, int stealBackoff, int goStatement,
                    int contextSwitch, int outputBase, int outputPerByte, int timerFire, int nsPerStep) {

    public static final Costs DEFAULT = new Costs(1_000_000, 100, 5_000, 300, 20, 15, 200, 1, 10, 10);

    public Costs {
        if (quantum < 1 || granularity < 1 || wakeLatency < 0 || stealBackoff < 0 || goStatement < 0
                || contextSwitch < 0 || outputBase < 0 || outputPerByte < 0 || timerFire < 0 || nsPerStep < 1) {
            throw new IllegalArgumentException("bad costs: " + this);
        }
    }

    public Costs withQuantum(int q) {
        return new Costs(q, granularity, wakeLatency, stealBackoff, goStatement, contextSwitch, outputBase,
                outputPerByte, timerFire, nsPerStep);
    }

    public Costs withGranularity(int g) {
        return new Costs(quantum, g, wakeLatency, stealBackoff, goStatement, contextSwitch, outputBase,
                outputPerByte, timerFire, nsPerStep);
    }

    public Costs withWakeLatency(int w) {
        return new Costs(quantum, granularity, w, stealBackoff, goStatement, contextSwitch, outputBase,
                outputPerByte, timerFire, nsPerStep);
    }
}
