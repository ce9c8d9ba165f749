package lanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** How {@code lanes} reads its command line. */
class MainTest {

    static Main.Run parsed(String... argv) {
        CommandLine.ParseResult pr = Main.commandLine(argv).parseArgs(argv);
        return (Main.Run) pr.subcommand().commandSpec().userObject();
    }

    @Test
    void plainRunIsTheRunPicocliWouldMake() {
        String[] argv = {"run", "prog.go", "a", "--seed", "3", "-x"};
        Main.Run plain = Main.plainRun(argv);
        Main.Run full = parsed(argv);
        assertEquals(Path.of("prog.go"), plain.file);
        assertEquals(List.of("a", "--seed", "3", "-x"), plain.args);
        assertEquals(full.file, plain.file);
        assertEquals(full.args, plain.args);
        assertEquals(full.config(), plain.config(), "defaults of the plain path and of the options");
    }

    @Test
    void optionsAndOtherCommandsGoThroughPicocli() {
        assertNull(Main.plainRun(new String[] {"run", "--seed", "2", "prog.go"}));
        assertNull(Main.plainRun(new String[] {"run"}));
        assertNull(Main.plainRun(new String[] {"explore", "prog.go"}));
        assertNull(Main.plainRun(new String[] {}));
        assertEquals(2, parsed("run", "--seed", "2", "prog.go").config().seed());
    }

    @Test
    void atArgumentsReachTheProgramUnexpanded(@TempDir Path dir) throws Exception {
        // picocli would read @FILE as a file of arguments; go run passes it on as it is
        Path f = Files.writeString(dir.resolve("args.txt"), "x y\n");
        String at = "@" + f;
        assertEquals(List.of(at, "b"), parsed("run", "--seed", "1", "prog.go", at, "b").args);
        assertEquals(List.of(at), Main.plainRun(new String[] {"run", "prog.go", at}).args);
    }

    @Test
    void withoutACommandEveryCommandIsKnown() {
        assertEquals(List.of("run", "explore", "grade", "test", "lesson", "repl"),
                List.copyOf(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet()));
        assertEquals(List.of("grade"), List.copyOf(Main.commandLine(new String[] {"grade", "x"}).getSubcommands().keySet()));
    }
}
