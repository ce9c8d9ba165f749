package lanes.runtime;

import java.lang.management.ManagementFactory;

/**
 * How deep a virtual thread may recurse. A virtual thread runs on a carrier thread's stack,
 * whose size is the JVM's {@code -Xss} (ThreadStackSize): 1 MB by default on Linux x64, only
 * a few thousand interpreter frames. With {@code -Xss1g} virtual threads recurse as deep as
 * a Go goroutine may (Go's limit is 1 GB), and the main goroutine can be a virtual thread too.
 */
final class StackDepth {
    /** Stack size from which the main goroutine may run on a virtual thread. */
    static final long DEEP_ENOUGH_BYTES = 256L << 20;

    private StackDepth() {
    }

    /** The JVM's thread stack size in bytes (1 MB if it cannot be read); fixed for the JVM's life. */
    static long virtualThreadStackBytes() {
        return Holder.BYTES;
    }

    private static final class Holder {
        static final long BYTES = read();

        private static long read() {
            try {
                var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                long kb = Long.parseLong(bean.getVMOption("ThreadStackSize").getValue());
                return kb > 0 ? kb * 1024L : 1L << 20;
            } catch (RuntimeException | LinkageError e) {
                return 1L << 20;
            }
        }
    }
}
