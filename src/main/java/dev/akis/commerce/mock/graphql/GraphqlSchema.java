package dev.akis.commerce.mock.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Field;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object types and their fields, enough to validate a selection set the way a GraphQL server does (unknown
 * field, missing or superfluous sub-selection, arguments on fields that take none) and to answer with exactly
 * the selected fields. Values to project are plain maps, lists, strings, numbers, booleans and nulls.
 */
public final class GraphqlSchema {

    private static final Set<String> SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean", "Timestamp", "JSON");
    private static final JsonNodeFactory NODES = dev.akis.flow.Json.NODES;

    /** A field's type: a scalar or object type name, possibly a list of it. */
    public record FieldType(String typeName, boolean list) {

        String describe() {
            return list ? "[" + typeName + "]" : typeName;
        }
    }

    private final Map<String, Map<String, FieldType>> types = new HashMap<>();

    /** Declares an object type with fields written as "name: Type" or "name: [Type]". */
    public GraphqlSchema type(String name, String... fields) {
        Map<String, FieldType> declared = new LinkedHashMap<>();
        for (String field : fields) {
            int colon = field.indexOf(':');
            String fieldName = field.substring(0, colon).strip();
            String type = field.substring(colon + 1).strip();
            boolean list = type.startsWith("[");
            declared.put(fieldName, new FieldType(list ? type.substring(1, type.length() - 1) : type, list));
        }
        types.put(name, declared);
        return this;
    }

    public boolean hasField(String type, String field) {
        return types.getOrDefault(type, Map.of()).containsKey(field);
    }

    public FieldType fieldType(String type, String field) {
        return types.get(type).get(field);
    }

    /** Checks a selection set on {@code type} (and everything below it); nested fields take no arguments. */
    public void validate(String type, Collection<Field> selections) throws GraphqlError {
        for (Field field : selections) {
            if (field.name().equals("__typename")) {
                if (!field.selections().isEmpty() || !field.arguments().isEmpty()) {
                    throw error("Field \"__typename\" takes no arguments or sub-selections.", field);
                }
                continue;
            }
            FieldType fieldType = types.getOrDefault(type, Map.of()).get(field.name());
            if (fieldType == null) {
                throw error("Cannot query field \"" + field.name() + "\" on type \"" + type + "\".", field);
            }
            if (!field.arguments().isEmpty()) {
                String argument = field.arguments().keySet().iterator().next();
                throw error("Unknown argument \"" + argument + "\" on field \"" + type + "." + field.name() + "\".", field);
            }
            boolean scalar = SCALARS.contains(fieldType.typeName());
            if (scalar && !field.selections().isEmpty()) {
                throw error("Field \"" + field.name() + "\" must not have a selection since type \""
                        + fieldType.describe() + "\" has no subfields.", field);
            }
            if (!scalar && field.selections().isEmpty()) {
                throw error("Field \"" + field.name() + "\" of type \"" + fieldType.describe()
                        + "\" must have a selection of subfields. Did you mean \"" + field.name() + " { ... }\"?", field);
            }
            if (!scalar) {
                validate(fieldType.typeName(), field.selections());
            }
        }
    }

    /** The selected part of {@code value} (a map of type {@code type}), as JSON. */
    public JsonNode project(String type, Object value, List<Field> selections) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof List<?> items) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : items) {
                array.add(project(type, item, selections));
            }
            return array;
        }
        Map<?, ?> object = (Map<?, ?>) value;
        ObjectNode node = NODES.objectNode();
        for (Field field : selections) {
            if (field.name().equals("__typename")) {
                node.put(field.responseKey(), type);
                continue;
            }
            FieldType fieldType = fieldType(type, field.name());
            Object fieldValue = object.get(field.name());
            if (SCALARS.contains(fieldType.typeName())) {
                node.set(field.responseKey(), scalar(fieldValue));
            } else {
                node.set(field.responseKey(), project(fieldType.typeName(), fieldValue, field.selections()));
            }
        }
        return node;
    }

    private static JsonNode scalar(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof List<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(scalar(item)));
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        throw new IllegalArgumentException("Not a GraphQL scalar: " + value.getClass());
    }

    private static GraphqlError error(String message, Field field) {
        return new GraphqlError(GraphqlError.VALIDATION_FAILED, message, field.line(), field.column());
    }
}
