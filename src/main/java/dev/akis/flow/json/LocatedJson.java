package dev.akis.flow.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Json;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON into a Jackson tree and remembers where each value started, keyed by JSON pointer, so that
 * problems found after parsing ("blocks[3].id is not a string") can still name a line and column.
 */
public final class LocatedJson {

    private final JsonNode root;
    private final Map<String, SourceLocation> locations;

    private LocatedJson(JsonNode root, Map<String, SourceLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} started, or the nearest enclosing value that has a location. */
    public SourceLocation locationOf(String pointer) {
        String current = pointer;
        while (true) {
            SourceLocation location = locations.get(current);
            if (location != null) {
                return location;
            }
            if (current.isEmpty()) {
                return SourceLocation.UNKNOWN;
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "" : current.substring(0, slash);
        }
    }

    public static LocatedJson parse(String text, String source) throws FlowFormatException {
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            parser.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new FlowFormatException(source, new SourceLocation(1, 1), "format.empty");
                }
                JsonNode root = read(parser, "", locations, Json.NODES);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    throw new FlowFormatException(source, location(parser.currentTokenLocation()), "format.trailingContent");
                }
                return new LocatedJson(root, locations);
            } catch (StreamConstraintsException e) {
                // A limit carries no position of its own; the parser (still open here) knows where it stopped.
                JsonSyntaxError error = JsonSyntaxError.ofLimit(e, parser, text);
                throw new FlowFormatException(source, error.location(), "format.syntax", error);
            }
        } catch (JsonProcessingException e) {
            JsonSyntaxError error = JsonSyntaxError.of(e);
            throw new FlowFormatException(source, error.location(), "format.syntax", error);
        } catch (IOException e) {
            throw new FlowFormatException(source, SourceLocation.UNKNOWN, "format.syntax", e.getMessage());
        }
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, SourceLocation> locations,
                                 JsonNodeFactory nodes) throws IOException {
        JsonToken token = parser.currentToken();
        locations.put(pointer, location(parser.currentTokenLocation()));
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, pointer + "/" + escape(name), locations, nodes));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, pointer + "/" + index, locations, nodes));
                    index++;
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return nodes.numberNode(parser.getIntValue());
                    case LONG:
                        return nodes.numberNode(parser.getLongValue());
                    default:
                        return nodes.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static SourceLocation location(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return SourceLocation.UNKNOWN;
        }
        return new SourceLocation(location.getLineNr(), location.getColumnNr());
    }
}
