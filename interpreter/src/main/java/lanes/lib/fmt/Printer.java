package lanes.lib.fmt;

import java.util.List;

import lanes.types.Basic;
import lanes.types.Kind;
import lanes.types.MapType;
import lanes.types.Named;
import lanes.types.PointerType;
import lanes.types.SliceType;
import lanes.types.StructType;
import lanes.types.Type;
import lanes.values.GoPanic;
import lanes.values.GoStrings;
import lanes.values.Iface;
import lanes.values.MapV;
import lanes.values.Methods;
import lanes.values.StructV;
import lanes.values.Values;

/**
 * One fmt call in progress (Go's {@code pp}): the output buffer, the current verb's flags, and
 * the operand being printed. It prints one operand for one verb the way Go's
 * {@code printArg}/{@code printValue} do: Error/String/GoString methods first (at the top and
 * at every exported depth), then by kind. A printer is used by one thread for one call; a
 * String method that calls fmt again gets a printer of its own.
 *
 * <p>{@code argType}/{@code argVal} is Go's {@code p.arg} (a null type is a nil interface);
 * {@code valueType}/{@code valueVal} is Go's {@code p.value}, set while a value is printed by
 * kind. {@link #badVerb} reports whichever is set, so {@code %!d(main.S=q)} shows the raw value.
 */
final class Printer {
    private static final String STRING_SIG = "func() string";

    private final Methods methods;
    private final Addresses addresses;
    private final MapSort mapSort;

    final StringBuilder buf = new StringBuilder();
    final Fmt fmt = new Fmt(buf);

    private Type argType;
    private Object argVal;
    private Type valueType;
    private Object valueVal;
    private boolean valueValid;

    /** Printing a bad verb's operand: methods are not called, so %!v output shows the raw value. */
    private boolean erroring;
    /** Printing the value of a panic from a method: a second panic propagates. */
    private boolean panicking;
    /** Errorf: %w is allowed, once. */
    boolean wrapErrs;
    Iface wrappedErr;

    Printer(Methods methods, Addresses addresses, MapSort mapSort) {
        this.methods = methods;
        this.addresses = addresses;
        this.mapSort = mapSort;
    }

    void doPrint(Object[] args) {
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            Iface a = (Iface) args[i];
            boolean isString = a != null && concrete(a.type).underlying().kind() == Kind.STRING;
            // Add a space between two non-string arguments.
            if (i > 0 && !isString && !prevString) buf.append(' ');
            printArg(a, 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (i > 0) buf.append(' ');
            printArg(args[i], 'v');
        }
        buf.append('\n');
    }

    /** Prints one operand (an interface value: Iface or null) for one verb with the current flags. */
    void printArg(Object arg, int verb) {
        Iface a = (Iface) arg;
        valueValid = false;
        if (a == null || a.type == Basic.UNTYPED_NIL) {
            argType = null;
            argVal = null;
            if (verb == 'T' || verb == 'v') {
                fmt.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        Type t = concrete(a.type);
        Object v = a.value;
        argType = t;
        argVal = v;
        switch (verb) {
            case 'T' -> {
                fmt.fmtS(typeString(t));
                return;
            }
            case 'p' -> {
                fmtPointer(t, v, 'p');
                return;
            }
            default -> { }
        }
        if (t instanceof SliceType s && s.elem() == Basic.UINT8) {
            fmtBytes(Reflect.bytes(v), v == null, verb, "[]byte", t, v);
            return;
        }
        if (handleMethods(verb)) return;
        printValue(t, v, verb, 0, false);
    }

    /**
     * Calls Error, String or GoString when the operand has it and the verb wants it; returns
     * whether the operand has been printed.
     */
    private boolean handleMethods(int verb) {
        if (erroring) return false;
        if (verb == 'w') {
            // It is invalid to use %w other than with Errorf, more than once, or with a non-error arg.
            boolean isError = argType != null && methods.has(argType, "Error", STRING_SIG);
            if (!isError || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                badVerb(verb);
                return true;
            }
            wrappedErr = new Iface(argType, argVal);
            verb = 'v';
        }
        if (argType == null || !mayHaveMethods(argType)) return false;
        if (fmt.sharpV) {
            if (methods.has(argType, "GoString", STRING_SIG)) {
                callStringMethod("GoString", verb);
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                if (methods.has(argType, "Error", STRING_SIG)) {
                    callStringMethod("Error", verb);
                    return true;
                }
                if (methods.has(argType, "String", STRING_SIG)) {
                    callStringMethod("String", verb);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Unnamed types other than pointers and structs with embedded fields have no methods: no need to ask. */
    private static boolean mayHaveMethods(Type t) {
        if (t instanceof Named || t instanceof PointerType) return true;
        if (t instanceof StructType st) {
            for (StructType.Field f : st.fields()) {
                if (f.embedded()) return true;
            }
        }
        return false;
    }

    private void callStringMethod(String name, int verb) {
        Type t = argType;
        Object v = argVal;
        String s;
        try {
            s = (String) methods.call(t, v, name);
        } catch (GoPanic e) {
            catchPanic(t, v, verb, name, e);
            return;
        } catch (NullPointerException e) {
            // The interpreter lets a nil dereference surface as a Java NPE; to Go it is this panic.
            catchPanic(t, v, verb, name, Values.runtimePanic("invalid memory address or nil pointer dereference"));
            return;
        }
        if (name.equals("GoString")) {
            fmt.fmtS(s);
        } else {
            fmtString(s, verb);
        }
    }

    /**
     * What fmt's deferred recover does with a panic in a method: a nil pointer receiver prints
     * {@code <nil>}; otherwise {@code %!v(PANIC=String method: boom)}. A panic while printing
     * such a panic value propagates.
     */
    private void catchPanic(Type t, Object v, int verb, String method, GoPanic e) {
        if (e.value == null) {
            e.recovered = true; // panic(nil): recover() returns nil in Go 1.19, and nothing is printed
            return;
        }
        if (t.underlying().kind() == Kind.POINTER && v == null) {
            e.recovered = true;
            buf.append("<nil>");
            return;
        }
        if (panicking) throw e; // nested panics: let the program die
        e.recovered = true;
        Fmt.Flags old = fmt.saveFlags();
        fmt.clearFlags();
        buf.append("%!");
        GoStrings.appendRune(buf, verb);
        buf.append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printArg(e.value, 'v');
        panicking = false;
        buf.append(')');
        fmt.restoreFlags(old);
    }

    /** {@code %!verb(type=value)}, or {@code %!verb(<nil>)}. */
    void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        GoStrings.appendRune(buf, verb);
        buf.append('(');
        if (argType != null) {
            buf.append(typeString(argType)).append('=');
            printArg(new Iface(argType, argVal), 'v');
        } else if (valueValid) {
            buf.append(typeString(valueType)).append('=');
            printValue(valueType, valueVal, 'v', 0, false);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    /**
     * Prints a value by its kind. {@code readOnly} marks values reached through unexported
     * fields, whose methods Go's reflection cannot call.
     */
    private void printValue(Type t, Object v, int verb, int depth, boolean readOnly) {
        // Handle values with special methods if not already handled by printArg (depth == 0).
        if (depth > 0 && !readOnly) {
            if (t.isInterface()) {
                Iface i = (Iface) v;
                argType = i == null ? null : i.type;
                argVal = i == null ? null : i.value;
            } else {
                argType = t;
                argVal = v;
            }
            if (handleMethods(verb)) return;
        }
        argType = null;
        argVal = null;
        valueType = t;
        valueVal = v;
        valueValid = true;
        Type u = t.underlying();
        switch (u.kind()) {
            case BOOL -> fmtBool((Boolean) v, verb);
            case INT, INT8, INT16, INT32, INT64, UNTYPED_INT, UNTYPED_RUNE -> fmtInteger((Long) v, true, verb);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> fmtInteger((Long) v, false, verb);
            case FLOAT32 -> fmtFloat((Double) v, 32, verb);
            case FLOAT64, UNTYPED_FLOAT -> fmtFloat((Double) v, 64, verb);
            case STRING, UNTYPED_STRING -> fmtString((String) v, verb);
            case MAP -> printMap(t, (MapType) u, (MapV) v, verb, depth, readOnly);
            case STRUCT -> printStruct(t, (StructType) u, (StructV) v, verb, depth, readOnly);
            case INTERFACE -> {
                Iface i = (Iface) v;
                if (i == null) {
                    if (fmt.sharpV) {
                        buf.append(typeString(t)).append("(nil)");
                    } else {
                        buf.append("<nil>");
                    }
                } else {
                    printValue(i.type, i.value, verb, depth + 1, readOnly);
                }
            }
            case ARRAY, SLICE -> printList(t, v, verb, depth, readOnly);
            case POINTER -> {
                // Pointer to array or slice or struct? ok at top level but not embedded (avoid loops).
                Type elem = ((PointerType) u).elem();
                Kind ek = elem.underlying().kind();
                if (depth == 0 && v != null
                        && (ek == Kind.ARRAY || ek == Kind.SLICE || ek == Kind.STRUCT || ek == Kind.MAP)) {
                    buf.append('&');
                    printValue(elem, Reflect.deref(elem, v), verb, depth + 1, readOnly);
                    return;
                }
                fmtPointer(t, v, verb);
            }
            case CHAN, FUNC, UNSAFE_POINTER -> fmtPointer(t, v, verb);
            default -> buf.append('?').append(typeString(t)).append('?');
        }
    }

    private void printMap(Type t, MapType mt, MapV m, int verb, int depth, boolean readOnly) {
        if (fmt.sharpV) {
            buf.append(typeString(t));
            if (m == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        if (m != null) {
            List<MapSort.Entry> entries = mapSort.sorted(m, mt.key());
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) buf.append(fmt.sharpV ? ", " : " ");
                printValue(mt.key(), entries.get(i).key(), verb, depth + 1, readOnly);
                buf.append(':');
                printValue(mt.value(), entries.get(i).value(), verb, depth + 1, readOnly);
            }
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private void printStruct(Type t, StructType st, StructV s, int verb, int depth, boolean readOnly) {
        if (fmt.sharpV) buf.append(typeString(t));
        buf.append('{');
        List<StructType.Field> fields = st.fields();
        for (int i = 0; i < fields.size(); i++) {
            StructType.Field f = fields.get(i);
            if (i > 0) buf.append(fmt.sharpV ? ", " : " ");
            if (fmt.plusV || fmt.sharpV) buf.append(GoStrings.fromJava(f.name())).append(':');
            boolean ro = readOnly || !Reflect.isExported(f.name());
            Object fv = s.fields[i];
            if (f.type().isInterface() && fv != null) {
                Iface in = (Iface) fv;
                printValue(in.type, in.value, verb, depth + 1, ro);
            } else {
                printValue(f.type(), fv, verb, depth + 1, ro);
            }
        }
        buf.append('}');
    }

    private void printList(Type t, Object v, int verb, int depth, boolean readOnly) {
        Type elem = Reflect.elemType(t);
        boolean isSlice = t.underlying().kind() == Kind.SLICE;
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.underlying().kind() == Kind.UINT8) {
            // Handle byte and uint8 slices and arrays special for the above verbs.
            fmtBytes(Reflect.bytes(v), isSlice && v == null, verb, typeString(t), t, v);
            return;
        }
        int n = Reflect.len(v);
        if (fmt.sharpV) {
            buf.append(typeString(t));
            if (isSlice && v == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) buf.append(", ");
                printValue(elem, Reflect.index(elem, v, i), verb, depth + 1, readOnly);
            }
            buf.append('}');
        } else {
            buf.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) buf.append(' ');
                printValue(elem, Reflect.index(elem, v, i), verb, depth + 1, readOnly);
            }
            buf.append(']');
        }
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    /** Hex with or without a leading 0x, as pointers and %#v of unsigned integers print. */
    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        fmt.sharp = sharp;
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, signed, 'v', Fmt.LDIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, signed, 'd', Fmt.LDIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, signed, 'b', Fmt.LDIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, signed, (char) verb, Fmt.LDIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, signed, 'x', Fmt.LDIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, signed, 'X', Fmt.UDIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    private void fmtString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(v);
                } else {
                    fmt.fmtS(v);
                }
            }
            case 's' -> fmt.fmtS(v);
            case 'x' -> fmt.fmtSbx(v, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(v, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(v);
            default -> badVerb(verb);
        }
    }

    /** A []byte-like value; t and v are the original operand, printed element-wise for other verbs. */
    private void fmtBytes(String b, boolean isNil, int verb, String typeString, Type t, Object v) {
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.append(typeString);
                    if (isNil) {
                        buf.append("(nil)");
                        return;
                    }
                    buf.append('{');
                    for (int i = 0; i < b.length(); i++) {
                        if (i > 0) buf.append(", ");
                        fmt0x64(b.charAt(i), true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < b.length(); i++) {
                        if (i > 0) buf.append(' ');
                        fmt.fmtInteger(b.charAt(i), 10, false, (char) verb, Fmt.LDIGITS);
                    }
                    buf.append(']');
                }
            }
            case 's' -> fmt.fmtS(b);
            case 'x' -> fmt.fmtSbx(b, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(b, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(b);
            default -> printValue(t, v, verb, 0, false);
        }
    }

    private void fmtPointer(Type t, Object v, int verb) {
        switch (t.underlying().kind()) {
            case CHAN, FUNC, MAP, POINTER, SLICE, UNSAFE_POINTER -> { }
            default -> {
                badVerb(verb);
                return;
            }
        }
        long u = addresses.of(v);
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    buf.append('(').append(typeString(t)).append(")(");
                    if (u == 0) {
                        buf.append("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    buf.append(')');
                } else if (u == 0) {
                    fmt.pad("<nil>");
                } else {
                    fmt0x64(u, !fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> badVerb(verb);
        }
    }

    /** The type of an operand; an untyped constant's type (should one slip through) becomes its default type. */
    private static Type concrete(Type t) {
        return t instanceof Basic b ? b.defaultType() : t;
    }

    static String typeString(Type t) {
        return GoStrings.fromJava(t.toString());
    }
}
