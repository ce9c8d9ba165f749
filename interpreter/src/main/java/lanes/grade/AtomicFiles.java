package lanes.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes reports so that a reader never sees half of one: the text goes to a temporary file
 * beside the target, which then replaces the target in one move. An interrupted run (Ctrl-C)
 * leaves every finished report whole; {@link #discardPending} (a shutdown hook) removes the
 * temporary file of a report still being written.
 */
final class AtomicFiles {
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();

    void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        pending.add(tmp);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stand
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            pending.remove(tmp);
        }
    }

    void discardPending() {
        for (Path p : pending) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort while the JVM stops
            }
        }
    }
}
