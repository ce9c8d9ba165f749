package lanes.interp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One of the program's output streams. Go strings are byte strings (one char per byte), so
 * writing is a byte copy. Buffered for speed; flushed before anything is written to the other
 * stream, at exit, and when the buffer fills. Counts bytes against the output limit.
 */
public final class Output {
    private final OutputStream out;
    private final byte[] buf = new byte[8192];
    private int n;
    private Output other;
    private final long[] total;
    private long limit;
    /** Flush after every write that ends a line (the REPL shows output as it happens). */
    public boolean lineFlush;

    public Output(OutputStream out, long[] sharedTotal, long limit) {
        this.out = out;
        this.total = sharedTotal;
        this.limit = limit;
    }

    void pair(Output other) {
        this.other = other;
    }

    public void write(String bytes) {
        if (other != null) other.flush();
        int len = bytes.length();
        total[0] += len;
        if (total[0] > limit) {
            flush();
            throw new Signals.Limit("output limit exceeded (" + limit + " bytes); raise it with --max-output");
        }
        for (int i = 0; i < len; i++) {
            if (n == buf.length) flush();
            buf[n++] = (byte) bytes.charAt(i);
        }
        if (lineFlush && len > 0 && bytes.indexOf('\n') >= 0) flush();
    }

    /** The program has ended: Lanes' own report after it (a crash, a limit, leaks) is not counted. */
    void lift() {
        limit = Long.MAX_VALUE;
    }

    public void flush() {
        if (n == 0) return;
        try {
            out.write(buf, 0, n);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            n = 0;
        }
    }
}
