package lanes.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import lanes.diag.CompileError;

/**
 * Parse-speed check (not a test: timings vary by machine). Parses a Go file given as the
 * first argument, or a generated program of about 2,000 lines, and prints the time of the
 * first parse in this JVM and the median of later ones, as wall-clock time and as the
 * parsing thread's CPU time (which a busy machine disturbs less).
 *
 * <pre>java -cp ... lanes.parse.ParseBench [file.go] [iterations]</pre>
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? Files.readString(Path.of(args[0])) : generate(2000);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long lines = source.lines().count();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        parse(source);
        long first = System.nanoTime() - t0;
        long firstCpu = threads.getCurrentThreadCpuTime() - c0;

        long[] times = new long[iterations];
        long[] cpu = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            parse(source);
            times[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("%d lines, %d chars%n", lines, source.length());
        System.out.printf("first parse: %.1f ms (cpu %.1f ms)%n", first / 1e6, firstCpu / 1e6);
        System.out.printf("after warm-up: median %.1f ms (cpu %.1f ms), best %.1f ms (%d runs)%n",
                times[iterations / 2] / 1e6, cpu[iterations / 2] / 1e6, times[0] / 1e6, iterations);
    }

    private static void parse(String source) {
        try {
            GoParse.parse("bench.go", source);
        } catch (CompileError e) {
            throw new IllegalStateException("benchmark source does not parse: " + e.getMessage());
        }
    }

    /** A program in the style of the lessons: goroutines, channels, structs, loops. */
    static String generate(int lines) {
        StringBuilder sb = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\n");
        int n = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines) {
            sb.append("""
                    type Worker%1$d struct {
                    \tID    int
                    \tName  string
                    \tjobs  chan Job%1$d
                    \tdone  chan struct{}
                    \tmu    sync.Mutex
                    \tstats map[string]int
                    }

                    type Job%1$d struct {
                    \tN     int
                    \tLabel string
                    }

                    func NewWorker%1$d(id int, name string) *Worker%1$d {
                    \treturn &Worker%1$d{ID: id, Name: name, jobs: make(chan Job%1$d, 10), done: make(chan struct{}), stats: map[string]int{}}
                    }

                    func (w *Worker%1$d) Run(wg *sync.WaitGroup, results chan<- string) {
                    \tdefer wg.Done()
                    \tfor {
                    \t\tselect {
                    \t\tcase job, ok := <-w.jobs:
                    \t\t\tif !ok {
                    \t\t\t\treturn
                    \t\t\t}
                    \t\t\tw.mu.Lock()
                    \t\t\tw.stats[job.Label]++
                    \t\t\tw.mu.Unlock()
                    \t\t\tresults <- fmt.Sprintf("worker %%d (%%s) did %%d: %%v", w.ID, w.Name, job.N, fib%1$d(job.N%%20))
                    \t\tcase <-w.done:
                    \t\t\treturn
                    \t\tcase <-time.After(100 * time.Millisecond):
                    \t\t\tcontinue
                    \t\t}
                    \t}
                    }

                    func fib%1$d(n int) int {
                    \tif n < 2 {
                    \t\treturn n
                    \t}
                    \ta, b := 0, 1
                    \tfor i := 2; i <= n; i++ {
                    \t\ta, b = b, a+b
                    \t}
                    \treturn b
                    }

                    func demo%1$d() {
                    \tvar wg sync.WaitGroup
                    \tresults := make(chan string, 100)
                    \tworkers := []*Worker%1$d{NewWorker%1$d(1, "a"), NewWorker%1$d(2, "b")}
                    \tfor _, w := range workers {
                    \t\twg.Add(1)
                    \t\tgo w.Run(&wg, results)
                    \t}
                    \tfor i := 0; i < 10; i++ {
                    \t\tworkers[i%%len(workers)].jobs <- Job%1$d{N: i * 3, Label: fmt.Sprint("job", i)}
                    \t}
                    \tfor _, w := range workers {
                    \t\tclose(w.jobs)
                    \t}
                    \tgo func() {
                    \t\twg.Wait()
                    \t\tclose(results)
                    \t}()
                    \tcount := 0
                    \tfor r := range results {
                    \t\tswitch {
                    \t\tcase len(r) > 40:
                    \t\t\tcount += 2
                    \t\tdefault:
                    \t\t\tcount++
                    \t\t}
                    \t\tfmt.Println(r)
                    \t}
                    \tvar x interface{} = count
                    \tswitch v := x.(type) {
                    \tcase int:
                    \t\tfmt.Println("int", v)
                    \tcase string, error:
                    \t\tfmt.Println("other", v)
                    \t}
                    }

                    """.formatted(n++));
        }
        sb.append("func main() {\n\tdemo0()\n}\n");
        return sb.toString();
    }
}
