package lanes.lib;

import java.util.function.Function;

import lanes.values.FuncV;

/** A native Go function implemented in Java, taking boxed arguments. */
public final class Native extends FuncV {
    private final String name;
    private final Function<Object[], Object> body;

    public Native(String name, Function<Object[], Object> body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object call(Object[] args) {
        return body.apply(args);
    }

    @Override
    public String name() {
        return name;
    }
}
