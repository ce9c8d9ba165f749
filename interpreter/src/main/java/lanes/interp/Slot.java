package lanes.interp;

/**
 * Where a local variable lives in a {@link Frame}: index into {@code p} for unboxed primitives
 * ({@code kind} 'L' integer, 'D' float, 'B' bool) or into {@code o} ('O' plain object, 'C' a
 * {@link lanes.values.Cell} holding the value because the variable escapes).
 */
public record Slot(char kind, int index) {
    public void storeBoxed(Frame f, Object v) {
        switch (kind) {
            case 'L' -> f.p[index] = (Long) v;
            case 'D' -> f.p[index] = Double.doubleToRawLongBits((Double) v);
            case 'B' -> f.p[index] = ((Boolean) v) ? 1 : 0;
            case 'O' -> f.o[index] = v;
            default -> f.o[index] = new lanes.values.Cell(v);
        }
    }

    public Object loadBoxed(Frame f) {
        return switch (kind) {
            case 'L' -> f.p[index];
            case 'D' -> Double.longBitsToDouble(f.p[index]);
            case 'B' -> f.p[index] != 0;
            case 'O' -> f.o[index];
            default -> ((lanes.values.Cell) f.o[index]).v;
        };
    }
}
