// Where the time of one graded run goes: parse, check (a fresh interpreter), run.
// Usage: bench/grade/run --phases  (runs this with the built jar on the classpath)
import java.nio.file.*;
import lanes.ast.SourceFile;
import lanes.check.Checker;
import lanes.interp.*;
import lanes.parse.GoParse;

public class Phases {
    public static void main(String[] a) throws Exception {
        String src = Files.readString(Path.of(a[0]));
        int n = 2000;
        long parse = 0, check = 0, run = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            SourceFile f = GoParse.parse("s.go", src);
            long t1 = System.nanoTime();
            Interp in = new Interp(RunConfig.defaults().withSeed(i % 50).withProcs(i % 2 == 0 ? 1 : 4), java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
            Program p = new Checker(in, "s.go", in.packages).compile(f);
            long t2 = System.nanoTime();
            in.run(p);
            long t3 = System.nanoTime();
            if (i >= n / 2) { parse += t1 - t0; check += t2 - t1; run += t3 - t2; }
        }
        int m = n / 2;
        System.out.printf("per run (warm, mean of %d): parse %.3f ms, new Interp + check %.3f ms, run %.3f ms%n", m, parse / 1e6 / m, check / 1e6 / m, run / 1e6 / m);
    }
}
