package dev.akis.flow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared Jackson settings. Decimals stay {@link java.math.BigDecimal} so "1.50" in an unknown field is written
 * back as "1.50", not "1.5".
 */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An empty object that callers must treat as read-only. */
    public static ObjectNode emptyObject() {
        return NODES.objectNode();
    }

    /** A defensive deep copy, or an empty object for null. */
    public static ObjectNode copyOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NODES.objectNode();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object but got " + node.getNodeType());
        }
        return ((ObjectNode) node).deepCopy();
    }
}
