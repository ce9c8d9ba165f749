package lanes.types;

import java.util.List;

/** A function signature. For a variadic function the last parameter's type is a slice. */
public final class FuncType extends Type {
    private final List<Type> params;
    private final List<Type> results;
    private final boolean variadic;

    public FuncType(List<Type> params, List<Type> results, boolean variadic) {
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
        this.variadic = variadic;
    }

    public List<Type> params() {
        return params;
    }

    public List<Type> results() {
        return results;
    }

    public boolean variadic() {
        return variadic;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.FUNC;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncType f && f.variadic == variadic && f.params.equals(params) && f.results.equals(results);
    }

    @Override
    public int hashCode() {
        return 31 * params.hashCode() + results.hashCode() + (variadic ? 1 : 0) + 7;
    }

    @Override
    public String toString() {
        return "func" + signature();
    }

    /** The part after {@code func}: {@code (int, ...string) (bool, error)}. */
    public String signature() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((SliceType) params.get(i)).elem());
            } else {
                sb.append(params.get(i));
            }
        }
        sb.append(')');
        if (results.size() == 1) {
            sb.append(' ').append(results.get(0));
        } else if (results.size() > 1) {
            sb.append(" (").append(Type.list(results)).append(')');
        }
        return sb.toString();
    }
}
