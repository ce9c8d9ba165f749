package lanes.values;

/**
 * A struct value: its fields in declaration order. Primitive fields are boxed (Long, Double,
 * Boolean). A pointer to a struct is the StructV object itself, so equality of StructV objects
 * is identity (pointer equality); Go's {@code ==} on struct values is done by the interpreter
 * field by field, knowing the type. A variable of struct type owns its StructV exclusively:
 * the interpreter copies on assignment.
 */
public final class StructV {
    public final Object[] fields;

    public StructV(Object[] fields) {
        this.fields = fields;
    }
}
