package lanes.types;

public final class ChanType extends Type {
    public enum Dir { BOTH, SEND, RECV }

    private final Dir dir;
    private final Type elem;

    public ChanType(Dir dir, Type elem) {
        this.dir = dir;
        this.elem = elem;
    }

    public Dir dir() {
        return dir;
    }

    public Type elem() {
        return elem;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.CHAN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChanType c && c.dir == dir && c.elem.equals(elem);
    }

    @Override
    public int hashCode() {
        return 31 * elem.hashCode() + dir.ordinal() + 5;
    }

    @Override
    public String toString() {
        return switch (dir) {
            case BOTH -> elem instanceof ChanType c && c.dir == Dir.RECV ? "chan (" + elem + ")" : "chan " + elem;
            case SEND -> "chan<- " + elem;
            case RECV -> "<-chan " + elem;
        };
    }
}
