package lanes.runtime;

import java.lang.management.ManagementFactory;

/**
 * How deep a virtual thread may recurse. A virtual thread runs on a carrier thread's stack,
 * whose size is the JVM's {@code -Xss} (ThreadStackSize): 1 MB by default on Linux x64,
 * only a few thousand interpreter frames. With {@code -Xss1g} virtual threads recurse as deep
 * as a Go goroutine may (Go's limit is 1 GB).
 */
final class StackDepth {
    /** Stack size from which the main goroutine may run on a virtual thread. */
    static final long DEEP_ENOUGH_BYTES = 256L << 20;

    private StackDepth() {
    }

    /** The JVM's thread stack size in bytes (1 MB if it cannot be read). */
    static long virtualThreadStackBytes() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(bean.getVMOption("ThreadStackSize").getValue()) * 1024L;
        } catch (RuntimeException | LinkageError e) {
            return 1L << 20;
        }
    }
}
