package lanes.types;

/** A predeclared basic type, or the type of an untyped constant. One instance per kind. */
public final class Basic extends Type {
    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");

    private final Kind kind;
    private final String name;

    private Basic(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The default type an untyped constant takes when nothing else decides it. */
    public Type defaultType() {
        return switch (kind) {
            case UNTYPED_BOOL -> BOOL;
            case UNTYPED_INT -> INT;
            case UNTYPED_RUNE -> INT32;
            case UNTYPED_FLOAT -> FLOAT64;
            case UNTYPED_STRING -> STRING;
            default -> this;
        };
    }
}
