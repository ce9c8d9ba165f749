package lanes.values;

import lanes.types.Type;

/**
 * How library code (fmt, errors, sort) reaches the methods of user types without knowing the
 * interpreter: the interpreter supplies the implementation.
 */
public interface Methods {
    /** Marker returned when the value's method set has no such method. */
    Object NO_METHOD = new Object() {
        @Override
        public String toString() {
            return "NO_METHOD";
        }
    };

    /**
     * Calls method {@code name} of the value {@code v} whose dynamic type is {@code t} with the
     * given arguments, following Go's method sets (a value of type T has T's value-receiver
     * methods; *T has both; promoted methods of embedded fields count). Returns
     * {@link #NO_METHOD} when there is none, otherwise the result (null, one value, or Object[]).
     * Panics in the method propagate as {@link GoPanic}.
     */
    Object call(Type t, Object v, String name, Object... args);

    /** Whether {@code t}'s method set has a method {@code name} whose signature is {@code sig} (Go's {@code func() string} etc.). */
    boolean has(Type t, String name, String sig);
}
