package lanes.types;

import java.util.List;

/** An interface type with its full method set (embedded interfaces already flattened), sorted by name. */
public final class InterfaceType extends Type {
    public record IMethod(String name, FuncType sig) {}

    private final List<IMethod> methods;

    public InterfaceType(List<IMethod> methods) {
        this.methods = methods.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    public List<IMethod> methods() {
        return methods;
    }

    public IMethod method(String name) {
        for (IMethod m : methods) {
            if (m.name().equals(name)) return m;
        }
        return null;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.INTERFACE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterfaceType i && i.methods.equals(methods);
    }

    @Override
    public int hashCode() {
        return methods.hashCode() + 8;
    }

    @Override
    public String toString() {
        if (methods.isEmpty()) return "interface {}";
        StringBuilder sb = new StringBuilder("interface {");
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 ? " " : "; ");
            sb.append(methods.get(i).name()).append(methods.get(i).sig().signature());
        }
        return sb.append(" }").toString();
    }
}
