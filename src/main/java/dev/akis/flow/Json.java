package dev.akis.flow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared Jackson settings. Decimals stay {@link java.math.BigDecimal} so "1.50" in an unknown field is written
 * back as "1.50", not "1.5". The reading limits are stated here rather than left to Jackson's defaults, because
 * docs/flow-format.md promises them to the people who write flow files and runtimes.
 */
public final class Json {

    /** The deepest nesting of lists and objects a file may have. */
    public static final int MAX_NESTING_DEPTH = 1000;
    /** The most characters one text (a JSON string value) may have. */
    public static final int MAX_TEXT_LENGTH = 20_000_000;
    /** The most characters one name (a JSON object key) may have. */
    public static final int MAX_NAME_LENGTH = 50_000;
    /** The most digits one number may have, as written in the file. */
    public static final int MAX_NUMBER_DIGITS = 1000;

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .build())
            .build();

    public static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
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
