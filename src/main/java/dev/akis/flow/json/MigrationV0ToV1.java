package dev.akis.flow.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * From the preview format (version 0) to version 1. Version 0 kept everything in one list of "nodes", each with
 * its canvas position ("x", "y"), a single-language "label", "settings" and a "next" map from port to target, a
 * flow-level "title" and "lang", and one "start" node id. Version 1 separates logic from layout, makes texts
 * multilingual and turns "start" into an entry point.
 */
final class MigrationV0ToV1 implements MigrationStep {

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public String description() {
        return "0 → 1: nodes became blocks and connections, positions moved to layout, texts became multilingual";
    }

    @Override
    public void apply(ObjectNode root) throws MigrationException {
        String language = root.path("lang").asText("tr");
        root.remove("lang");
        root.put("defaultLanguage", language);
        root.putArray("languages").add(language);

        if (root.has("title")) {
            JsonNode title = root.remove("title");
            root.putObject("name").put(language, title.asText());
        }

        ObjectNode layout = root.putObject("layout");
        ObjectNode positions = layout.putObject("blocks");
        ArrayNode blocks = Json.NODES.arrayNode();
        ArrayNode connections = Json.NODES.arrayNode();
        JsonNode nodes = root.remove("nodes");
        if (nodes != null && !nodes.isArray()) {
            throw new MigrationException("/nodes", "nodes must be an array");
        }
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode node = nodes.get(i);
                if (!node.isObject() || !node.path("id").isTextual()) {
                    throw new MigrationException("/nodes/" + i, "every node needs a string id");
                }
                ObjectNode old = (ObjectNode) node;
                String id = old.get("id").asText();
                ObjectNode block = blocks.addObject();
                block.put("id", id);
                block.put("type", old.path("kind").asText("sendMessage"));
                if (old.has("label")) {
                    block.putObject("title").put(language, old.get("label").asText());
                }
                JsonNode settings = old.path("settings");
                block.set("config", settings.isObject() ? localizeTexts((ObjectNode) settings.deepCopy(), language) : Json.object());
                ObjectNode position = positions.putObject(id);
                position.put("x", old.path("x").asDouble());
                position.put("y", old.path("y").asDouble());
                JsonNode next = old.path("next");
                Iterator<Map.Entry<String, JsonNode>> ports = next.fields();
                while (ports.hasNext()) {
                    Map.Entry<String, JsonNode> port = ports.next();
                    ObjectNode connection = connections.addObject();
                    connection.put("from", id);
                    connection.put("port", port.getKey());
                    connection.put("to", port.getValue().asText());
                }
            }
        }
        root.set("blocks", blocks);
        root.set("connections", connections);

        ArrayNode entryPoints = root.putArray("entryPoints");
        JsonNode start = root.remove("start");
        if (start != null && start.isTextual()) {
            ObjectNode entry = entryPoints.addObject();
            entry.put("id", "start");
            entry.put("kind", "anyMessage");
            entry.put("target", start.asText());
        }
    }

    /** Version 0 wrote customer texts as plain strings; version 1 keys them by language. */
    private static ObjectNode localizeTexts(ObjectNode settings, String language) {
        for (String field : new String[] {"text", "prompt", "message", "retryMessage"}) {
            JsonNode value = settings.get(field);
            if (value != null && value.isTextual()) {
                settings.putObject(field).put(language, value.asText());
            }
        }
        return settings;
    }
}
