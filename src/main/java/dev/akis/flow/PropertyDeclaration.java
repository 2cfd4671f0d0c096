package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A property the flow reads or writes, such as {@code contact.email} or {@code order.number}, with its type.
 * {@code type} stays a string so types from newer versions survive; see {@link PropertyType}.
 */
public record PropertyDeclaration(String name, String type, LocalizedText description, ObjectNode extras) {

    public PropertyDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? LocalizedText.EMPTY : description;
        extras = extras == null ? Json.object() : extras;
    }

    public static PropertyDeclaration of(String name, PropertyType type) {
        return new PropertyDeclaration(name, type.id(), null, null);
    }

    /** "contact" for {@code contact.email}; properties without a dot are flow variables ("flow"). */
    public String scope() {
        int dot = name.indexOf('.');
        return dot < 0 ? "flow" : name.substring(0, dot);
    }
}
