package lanes.gotest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The error stream of a test run: traceback lines ({@code \t/dir/first.go:LINE}) name the
 * joined build's lines; this puts the real file and line back as each line passes.
 */
final class TracebackFiles extends OutputStream {
    private final OutputStream out;
    private final String prefix;
    private final String dir;
    private final LineMap map;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    TracebackFiles(OutputStream out, String dir, String firstFile, LineMap map) {
        this.out = out;
        this.dir = dir;
        this.prefix = "\t" + dir + firstFile + ":";
        this.map = map;
    }

    @Override
    public void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') emit();
    }

    private void emit() throws IOException {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        line.reset();
        if (s.startsWith(prefix)) {
            String rest = s.substring(prefix.length()).trim();
            try {
                int n = Integer.parseInt(rest);
                s = "\t" + dir + map.where(n) + "\n";
            } catch (NumberFormatException e) {
                // not a traceback position: leave it
            }
        }
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (line.size() > 0) emit();
        out.flush();
    }
}
