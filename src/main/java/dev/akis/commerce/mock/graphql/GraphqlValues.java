package dev.akis.commerce.mock.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.mock.graphql.GraphqlDocument.EnumValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.ListValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.ObjectValue;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Operation;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Scalar;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Value;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Variable;
import dev.akis.commerce.mock.graphql.GraphqlDocument.VariableDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Turns argument values of a document into JSON, filling in the request's variables (and their defaults). */
public final class GraphqlValues {

    private static final JsonNodeFactory NODES = dev.akis.flow.Json.NODES;

    private final Map<String, JsonNode> variables = new HashMap<>();

    private GraphqlValues() {
    }

    /** The variables an operation may use, checked against its definitions. */
    public static GraphqlValues of(Operation operation, JsonNode given) throws GraphqlError {
        GraphqlValues values = new GraphqlValues();
        JsonNode supplied = given == null || given.isNull() ? NODES.objectNode() : given;
        for (VariableDefinition definition : operation.variables()) {
            JsonNode value = supplied.get(definition.name());
            if (value == null || value.isNull()) {
                if (definition.defaultValue() != null) {
                    value = values.resolve(definition.defaultValue());
                } else if (definition.required()) {
                    throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Variable \"$" + definition.name()
                            + "\" of required type \"" + definition.type() + "\" was not provided.",
                            operation.line(), operation.column());
                } else {
                    value = NODES.nullNode();
                }
            }
            values.variables.put(definition.name(), value);
        }
        return values;
    }

    public JsonNode resolve(Value value) throws GraphqlError {
        if (value instanceof Variable variable) {
            JsonNode bound = variables.get(variable.name());
            if (bound == null) {
                throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Variable \"$" + variable.name()
                        + "\" is not defined.", variable.line(), variable.column());
            }
            return bound;
        }
        if (value instanceof Scalar scalar) {
            Object raw = scalar.value();
            if (raw == null) {
                return NODES.nullNode();
            }
            if (raw instanceof String text) {
                return NODES.textNode(text);
            }
            if (raw instanceof Boolean flag) {
                return NODES.booleanNode(flag);
            }
            BigDecimal number = (BigDecimal) raw;
            return number.scale() <= 0 ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
        }
        if (value instanceof EnumValue enumValue) {
            return NODES.textNode(enumValue.name());
        }
        if (value instanceof ListValue list) {
            ArrayNode array = NODES.arrayNode();
            for (Value item : list.items()) {
                array.add(resolve(item));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Value> field : ((ObjectValue) value).fields().entrySet()) {
            object.set(field.getKey(), resolve(field.getValue()));
        }
        return object;
    }
}
