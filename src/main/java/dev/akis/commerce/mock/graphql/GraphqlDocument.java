package dev.akis.commerce.mock.graphql;

import java.util.List;
import java.util.Map;

/**
 * The parts of a GraphQL request document the mock İkas server needs: operations with their variable
 * definitions and selection sets. Argument values are kept as parsed ({@link Value}) and resolved against the
 * request's variables later.
 */
public record GraphqlDocument(List<Operation> operations) {

    /** One operation: "query", its optional name, variable definitions and root selections. */
    public record Operation(String type, String name, List<VariableDefinition> variables, List<Field> selections,
                            int line, int column) {
    }

    /** {@code $name: Type = default}; {@code type} is written as in the document ("String!", "[String]"). */
    public record VariableDefinition(String name, String type, Value defaultValue) {

        public boolean required() {
            return type.endsWith("!") && defaultValue == null;
        }
    }

    /** A selected field: optional alias, name, arguments and sub-selections, with its position. */
    public record Field(String alias, String name, Map<String, Value> arguments, List<Field> selections,
                        int line, int column) {

        /** The key the field's value has in the response. */
        public String responseKey() {
            return alias == null ? name : alias;
        }
    }

    /** A literal or variable in the document. */
    public sealed interface Value permits Scalar, EnumValue, Variable, ListValue, ObjectValue {
    }

    /** A string, number, boolean or null literal; {@code value} is String, java.math.BigDecimal, Boolean or null. */
    public record Scalar(Object value) implements Value {
    }

    public record EnumValue(String name) implements Value {
    }

    public record Variable(String name, int line, int column) implements Value {
    }

    public record ListValue(List<Value> items) implements Value {
    }

    public record ObjectValue(Map<String, Value> fields) implements Value {
    }
}
