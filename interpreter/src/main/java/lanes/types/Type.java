package lanes.types;

import java.util.List;

/**
 * A Go type. Composite types compare structurally ({@code equals} is Go's type identity);
 * a {@link Named} type is identical only to itself. Every type knows its underlying type
 * and its kind, which is all most of the interpreter asks.
 */
public abstract sealed class Type permits Basic, Named, PointerType, SliceType, ArrayType, MapType,
        ChanType, StructType, FuncType, InterfaceType, TupleType {

    public abstract Type underlying();

    public abstract Kind kind();

    /** Go's spelling of the type, as {@code %T} and error messages print it. */
    @Override
    public abstract String toString();

    public final boolean isInterface() {
        return underlying() instanceof InterfaceType;
    }

    public final boolean isNamed() {
        return this instanceof Named;
    }

    /** Whether values of this type can be compared with == (and be map keys). */
    public boolean comparable() {
        Type u = underlying();
        return switch (u.kind()) {
            case SLICE, MAP, FUNC -> false;
            case ARRAY -> ((ArrayType) u).elem().comparable();
            case STRUCT -> ((StructType) u).fields().stream().allMatch(f -> f.type().comparable());
            default -> true;
        };
    }

    public static String list(List<Type> types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(types.get(i));
        }
        return sb.toString();
    }
}
