package lanes.check;

import lanes.ast.Expr;
import lanes.interp.X;
import lanes.lib.Pkg;
import lanes.types.Type;

/**
 * An operand: the result of checking an expression. Depending on {@link #mode} it carries a
 * constant value, a compiled node, an lvalue, a type, a builtin or a package.
 */
final class Op {
    static final int NOVALUE = 0;
    static final int CONST = 1;
    static final int VALUE = 2;
    /** An addressable variable (or a map element, see {@link #mapIndex}). */
    static final int VAR = 3;
    static final int TYPE = 4;
    static final int BUILTIN = 5;
    static final int PKG = 6;
    static final int NIL = 7;

    int mode;
    Type type;
    Object val;
    X x;
    LV lv;
    Expr expr;
    String builtin;
    Pkg pkg;
    /** A node yielding {@code Object[]{value, ok}} for the comma-ok forms (map index, type assertion, receive). */
    X commaOk;
    boolean mapIndex;
    /** A native special function (e.g. unsafe.Sizeof) to be compiled by name. */
    String special;
    /** For a call with several results: the result types. */
    java.util.List<Type> tuple;
    /** Whether the value is freshly made (a call result, a literal) so storing it needs no copy. */
    boolean fresh;
    /** A selected method: its declaration, and the receiver node already adapted to it. */
    lanes.types.Method method;
    X recvX;
    /** The declared receiver type of {@link #method} (T or *T), which fixes its parameter layout. */
    Type recvType;
    /** A method selected on an interface value: the name (dispatched at run time). */
    String ifaceMethod;

    static Op constant(Type t, Object v, Expr e) {
        Op o = new Op();
        o.mode = CONST;
        o.type = t;
        o.val = v;
        o.expr = e;
        return o;
    }

    static Op value(Type t, X x, Expr e) {
        Op o = new Op();
        o.mode = VALUE;
        o.type = t;
        o.x = x;
        o.expr = e;
        return o;
    }

    static Op var(Type t, LV lv, Expr e) {
        Op o = new Op();
        o.mode = VAR;
        o.type = t;
        o.lv = lv;
        o.x = lv.load();
        o.expr = e;
        return o;
    }

    boolean isValue() {
        return mode == CONST || mode == VALUE || mode == VAR || mode == NIL;
    }
}
