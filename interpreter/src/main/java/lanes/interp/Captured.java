package lanes.interp;

/** Reads a value captured when a {@code go} or {@code defer} statement ran (see {@link Frame#captured}). */
public final class Captured extends X {
    final int index;

    public Captured(int index) {
        this.index = index;
    }

    @Override
    public Object eval(Frame f) {
        return f.captured[index];
    }
}
