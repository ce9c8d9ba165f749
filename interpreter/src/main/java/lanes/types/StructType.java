package lanes.types;

import java.util.List;

public final class StructType extends Type {
    /** A field; {@code embedded} fields are named after their type. */
    public record Field(String name, Type type, boolean embedded, String tag) {}

    private final List<Field> fields;

    public StructType(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public Kind kind() {
        return Kind.STRUCT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructType s && s.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() + 6;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("struct {");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            sb.append(i == 0 ? " " : "; ");
            if (!f.embedded()) sb.append(f.name()).append(' ');
            sb.append(f.type());
            if (f.tag() != null && !f.tag().isEmpty()) sb.append(' ').append('"').append(f.tag()).append('"');
        }
        if (!fields.isEmpty()) sb.append(' ');
        return sb.append('}').toString();
    }
}
