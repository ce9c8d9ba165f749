package lanes.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A defined type ({@code type T U}) or a predeclared named type ({@code error}, {@code time.Duration}).
 * Identity is object identity. The underlying type is set after creation so that recursive
 * types ({@code type node struct{ next *node }}) can be built.
 */
public final class Named extends Type {
    private final String pkg;
    private final String name;
    private Type underlying;
    /** Declared methods in declaration order (both value and pointer receivers). */
    private final Map<String, Method> methods = new LinkedHashMap<>();

    public Named(String pkg, String name, Type underlying) {
        this.pkg = pkg;
        this.name = name;
        this.underlying = underlying;
    }

    public String pkg() {
        return pkg;
    }

    public String name() {
        return name;
    }

    public void setUnderlying(Type u) {
        this.underlying = u;
    }

    @Override
    public Type underlying() {
        return underlying.underlying();
    }

    @Override
    public Kind kind() {
        return underlying().kind();
    }

    public Map<String, Method> methods() {
        return methods;
    }

    public List<Method> methodList() {
        return new ArrayList<>(methods.values());
    }

    @Override
    public String toString() {
        return pkg == null || pkg.isEmpty() ? name : pkg + "." + name;
    }
}
