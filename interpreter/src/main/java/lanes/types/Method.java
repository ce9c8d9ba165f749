package lanes.types;

/**
 * A method declared on a named type. {@code impl} is the interpreter's callable for it
 * (an object the types package does not look into); it is set once the body is compiled.
 */
public final class Method {
    private final String name;
    private final FuncType sig;
    private final boolean pointerReceiver;
    private Object impl;

    public Method(String name, FuncType sig, boolean pointerReceiver) {
        this.name = name;
        this.sig = sig;
        this.pointerReceiver = pointerReceiver;
    }

    public String name() {
        return name;
    }

    public FuncType sig() {
        return sig;
    }

    public boolean pointerReceiver() {
        return pointerReceiver;
    }

    public Object impl() {
        return impl;
    }

    public void setImpl(Object impl) {
        this.impl = impl;
    }
}
