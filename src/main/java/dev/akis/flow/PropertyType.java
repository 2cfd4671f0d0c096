package dev.akis.flow;

import java.util.Optional;

/** The value types a flow or contact property can have. */
public enum PropertyType {
    TEXT("text"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    EMAIL("email"),
    PHONE("phone"),
    DATE("date"),
    DATE_TIME("dateTime"),
    MONEY("money"),
    URL("url");

    private final String id;

    PropertyType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PropertyType> fromId(String id) {
        for (PropertyType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
