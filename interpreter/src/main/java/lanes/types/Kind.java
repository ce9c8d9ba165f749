package lanes.types;

/** The kind of a type's underlying structure, including the untyped constant kinds. */
public enum Kind {
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_NIL,
    ARRAY, SLICE, STRUCT, POINTER, FUNC, INTERFACE, MAP, CHAN, TUPLE;

    public boolean isInteger() {
        return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()
                || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || this == COMPLEX64 || this == COMPLEX128;
    }

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal() && ordinal() <= UNTYPED_NIL.ordinal();
    }

    /** Width in bits of a sized integer kind (int, uint and uintptr are 64 on amd64). */
    public int bits() {
        return switch (this) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            default -> 64;
        };
    }
}
