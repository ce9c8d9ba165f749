package lanes.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A submission on disk: a {@code .go} file, or a folder holding one package main file (plus
 * optional {@code _test.go} files, which grading ignores: the exercise's tests are used).
 */
public record Submission(String name, Path file, String shown) {

    /** Resolves what the user named; the message of the exception is the report's error. */
    public static Submission resolve(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> mains;
            try (Stream<Path> s = Files.list(p)) {
                mains = s.filter(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go")).sorted().toList();
            }
            if (mains.size() != 1) {
                throw new IOException(p + ": a submission folder must hold exactly one .go file besides _test.go files (found "
                        + mains.size() + ")");
            }
            return new Submission(p.toAbsolutePath().normalize().getFileName().toString(), mains.get(0), mains.get(0).toString());
        }
        if (!Files.isRegularFile(p)) throw new IOException(p + ": no such file or folder");
        String n = p.getFileName().toString();
        return new Submission(n.endsWith(".go") ? n.substring(0, n.length() - 3) : n, p, p.toString());
    }

    public String source() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
