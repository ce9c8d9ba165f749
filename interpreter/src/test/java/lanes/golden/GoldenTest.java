package lanes.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import lanes.cli.Lanes;
import lanes.interp.RunConfig;

/**
 * Golden programs: every {@code X.go} under {@code src/test/resources/golden} runs in a fresh
 * interpreter and must print exactly {@code X.out} on stdout, exit with {@code X.code}
 * (absent: 0), and, when {@code X.err} exists, contain its lines in order within stderr.
 * {@code X.flags} sets run options ({@code leaks}, {@code race}, {@code seed=N}, {@code procs=N}, {@code escapes}:
 * the escape report of {@code lanes run --escapes} goes to stderr, checked by {@code X.err}).
 * {@code -Dgolden=NAME} keeps only programs whose name contains NAME.
 */
class GoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        String filter = System.getProperty("golden", "");
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> p.getFileName().toString().contains(filter))
                    .sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(DIR.relativize(p).toString(), () -> check(p)));
    }

    static String sibling(Path go, String ext) throws IOException {
        Path p = go.resolveSibling(go.getFileName().toString().replaceAll("\\.go$", ext));
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    static void check(Path go) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String src = Files.readString(go, StandardCharsets.UTF_8);
        String name = go.getFileName().toString();
        List<String> args = List.of();
        String argsFile = sibling(go, ".args");
        if (argsFile != null) args = List.of(argsFile.trim().split("\\s+"));
        RunConfig cfg = RunConfig.defaults();
        String flags = sibling(go, ".flags");
        boolean escapes = false;
        if (flags != null) {
            for (String f : flags.trim().split("\\s+")) {
                if (f.equals("leaks")) cfg = cfg.withLeaks(true);
                else if (f.equals("race")) cfg = cfg.withRace(true);
                else if (f.equals("escapes")) escapes = true;
                else if (f.startsWith("seed=")) cfg = cfg.withSeed(Long.parseLong(f.substring(5)));
                else if (f.startsWith("procs=")) cfg = cfg.withProcs(Integer.parseInt(f.substring(6)));
                else fail("unknown flag " + f + " in " + name);
            }
        }
        int code = Lanes.runSource(name, "/golden/" + name, src, args, cfg, escapes, out, err);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String wantOut = sibling(go, ".out");
        String wantCode = sibling(go, ".code");
        String wantErr = sibling(go, ".err");
        assertEquals(wantOut == null ? "" : wantOut, stdout, "stdout of " + name + "\nstderr was:\n" + stderr);
        if (wantErr != null) {
            List<String> lines = stderr.lines().toList();
            int i = 0;
            for (String want : wantErr.lines().toList()) {
                if (want.isBlank()) continue;
                while (i < lines.size() && !lines.get(i).contains(want)) i++;
                if (i == lines.size()) fail("stderr of " + name + " lacks (in order) '" + want + "'; stderr was:\n" + stderr);
                i++;
            }
        }
        assertEquals(wantCode == null ? 0 : Integer.parseInt(wantCode.trim()), code, "exit status of " + name + "\nstderr was:\n" + stderr);
    }
}
