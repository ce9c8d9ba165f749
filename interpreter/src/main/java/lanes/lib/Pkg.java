package lanes.lib;

import java.util.LinkedHashMap;
import java.util.Map;

import lanes.types.FuncType;
import lanes.types.Type;
import lanes.values.Cell;
import lanes.values.FuncV;

/** A standard package Lanes implements: its exported members, with Go types, bound to one interpreter. */
public final class Pkg {
    public final String path;
    public final String name;
    public final Map<String, Member> members = new LinkedHashMap<>();

    public Pkg(String path) {
        this.path = path;
        this.name = path.substring(path.lastIndexOf('/') + 1);
    }

    public sealed interface Member {}

    /** A function; {@code impl} takes boxed arguments (the variadic part as one slice). */
    public record Fn(FuncType sig, FuncV impl) implements Member {}

    /** A function the checker compiles itself because its typing is not a plain signature. */
    public record Special(String name) implements Member {}

    public record Const(Type type, Object value) implements Member {}

    public record Var(Type type, Cell cell) implements Member {}

    public record TypeM(Type type) implements Member {}

    public Pkg fn(String n, FuncType sig, FuncV impl) {
        members.put(n, new Fn(sig, impl));
        return this;
    }

    public Pkg type(String n, Type t) {
        members.put(n, new TypeM(t));
        return this;
    }

    public Pkg constant(String n, Type t, Object v) {
        members.put(n, new Const(t, v));
        return this;
    }

    public Pkg var(String n, Type t, Object v) {
        members.put(n, new Var(t, new Cell(v)));
        return this;
    }

    public Pkg special(String n) {
        members.put(n, new Special(n));
        return this;
    }
}
