/**
 * The Lanes runtime: goroutines, the scheduler, channels, select, timers and the virtual
 * clock, deadlock detection and trace events. It knows nothing of Go syntax; values are
 * opaque {@code Object}s. {@code lanes.runtime.sync} holds the sync package.
 *
 * <h2>Driving it from an interpreter</h2>
 * <pre>{@code
 * Scheduler sched = new Scheduler(SchedulerConfig.defaults().withSeed(seed)
 *         .withSnapshot(g -> ((Goroutine) g.userData()).captureStack()));
 * RunResult r = sched.run(() -> goroutineBody(sched, mainCode));      // blocks until the program ends
 *
 * // the body of every goroutine, main included:
 * void goroutineBody(Scheduler sched, Code code) {
 *     sched.current().setUserData(new Goroutine(...));   // the interpreter's own state
 *     try {
 *         run(code);                                    // calls sched.tick() on back-edges and calls
 *     } catch (GoPanic p) {                             // the interpreter's panic, deferred calls already run
 *         throw sched.panicked(p);                      // the program dies: PANIC
 *     } catch (GoexitSignal e) {                        // the interpreter's Goexit, deferred calls already run
 *         throw sched.goexit();                         // this goroutine ends; main: see goexit()
 *     }
 *     // returning normally ends the goroutine; for main it ends the program (RETURNED, status 0)
 * }
 * }</pre>
 * <ul>
 *   <li>{@code go f()}: {@code sched.go(() -> goroutineBody(sched, f), creatorInfo)}.
 *   <li>{@code os.Exit(n)}: {@code throw sched.exit(n)}. Fatal errors the interpreter finds
 *       (concurrent map writes, stack overflow): {@code throw sched.fatal("concurrent map writes")}.
 *       Fatal errors of the runtime itself ({@code sync: unlock of unlocked mutex} …) end the
 *       run by themselves.
 *   <li>Runtime panics ({@code send on closed channel} …) arrive as {@link
 *       lanes.runtime.GoRuntimeFault}: catch it where the runtime was called and raise a Go
 *       panic whose value has the type {@link lanes.runtime.GoRuntimeFault#kind()} names.
 *   <li>{@link lanes.runtime.GoroutineKilled} unwinds goroutines when the run is over: never
 *       catch it without rethrowing, never run deferred calls for it, never call the
 *       scheduler while it passes.
 *   <li>Call the scheduler only from the running goroutine (or a timer callback). Nothing
 *       else runs meanwhile, so the interpreter needs no locks of its own either.
 *   <li>Dumps: {@link lanes.runtime.RunResult#goroutines()} lists the goroutines alive at
 *       the end in creation order, each with its state or wait reason, its user data and the
 *       snapshot taken before any stack unwound.
 * </ul>
 *
 * <h2>JVM settings</h2>
 * Virtual threads recurse as deep as {@code -Xss} allows (1 MB by default: a few thousand
 * interpreted calls). Run the interpreter with {@code -Xss1g} so that every goroutine can
 * recurse as deep as in Go; main then runs on a virtual thread too ({@code MainThread.AUTO}),
 * which makes main's hand-offs ten times cheaper than on a platform thread. Since one
 * goroutine runs at a time, {@code -Djdk.virtualThreadScheduler.parallelism=1} also halves the
 * cost of a hand-off.
 */
package lanes.runtime;
