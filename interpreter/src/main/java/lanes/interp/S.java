package lanes.interp;

/**
 * An executable statement node. {@code exec} returns how control leaves it: {@link #NORMAL},
 * or one of the jump codes; labelled jumps leave their target label in {@link Frame#label}.
 * Go panics travel as {@link lanes.values.GoPanic} exceptions.
 */
public abstract class S {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int FALLTHROUGH = 4;

    public abstract int exec(Frame f);
}
