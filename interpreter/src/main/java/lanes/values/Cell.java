package lanes.values;

/**
 * Storage of a variable whose address is taken or that a closure captures. It is itself the
 * pointer to that variable ({@code &x}), so pointer equality is identity.
 */
public final class Cell extends Ref {
    public Object v;

    public Cell(Object v) {
        this.v = v;
    }

    @Override
    public Object load() {
        return v;
    }

    @Override
    public void store(Object v) {
        this.v = v;
    }
}
