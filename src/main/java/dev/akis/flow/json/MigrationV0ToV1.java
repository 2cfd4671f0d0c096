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
        apply(root, PointerOrigins.none());
    }

    @Override
    public void apply(ObjectNode root, PointerOrigins origins) throws MigrationException {
        String language = root.path("lang").asText("tr");
        if (root.has("lang")) {
            origins.moved("/defaultLanguage", "/lang");
            origins.moved("/languages", "/lang");
        }
        root.remove("lang");
        root.put("defaultLanguage", language);
        root.putArray("languages").add(language);

        if (root.has("title")) {
            JsonNode title = root.remove("title");
            root.putObject("name").put(language, title.asText());
            origins.moved("/name", "/title");
            origins.moved("/name/" + LocatedJson.escape(language), "/title");
        }

        ObjectNode layout = root.putObject("layout");
        ObjectNode positions = layout.putObject("blocks");
        ArrayNode blocks = Json.NODES.arrayNode();
        ArrayNode connections = Json.NODES.arrayNode();
        JsonNode nodes = root.remove("nodes");
        if (nodes != null && !nodes.isArray()) {
            throw new MigrationException("/nodes", "migration.nodesNotArray");
        }
        if (nodes != null) {
            origins.moved("/blocks", "/nodes");
            origins.moved("/connections", "/nodes");
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode node = nodes.get(i);
                String nodePointer = "/nodes/" + i;
                if (!node.isObject()) {
                    throw new MigrationException(nodePointer, "migration.nodeNotObject");
                }
                if (!node.path("id").isTextual()) {
                    throw new MigrationException(node.has("id") ? nodePointer + "/id" : nodePointer,
                            "migration.nodeWithoutId");
                }
                ObjectNode old = (ObjectNode) node;
                String id = old.get("id").asText();
                String blockPointer = "/blocks/" + blocks.size();
                ObjectNode block = blocks.addObject();
                origins.moved(blockPointer, nodePointer);
                block.put("id", id);
                origins.moved(blockPointer + "/id", nodePointer + "/id");
                block.put("type", old.path("kind").asText("sendMessage"));
                if (old.has("kind")) {
                    origins.moved(blockPointer + "/type", nodePointer + "/kind");
                }
                if (old.has("label")) {
                    block.putObject("title").put(language, old.get("label").asText());
                    origins.moved(blockPointer + "/title", nodePointer + "/label");
                    origins.moved(blockPointer + "/title/" + LocatedJson.escape(language), nodePointer + "/label");
                }
                JsonNode settings = old.path("settings");
                block.set("config", settings.isObject() ? localizeTexts((ObjectNode) settings.deepCopy(), language) : Json.object());
                if (settings.isObject()) {
                    origins.moved(blockPointer + "/config", nodePointer + "/settings");
                }
                String positionPointer = "/layout/blocks/" + LocatedJson.escape(id);
                ObjectNode position = positions.putObject(id);
                origins.moved(positionPointer, nodePointer);
                position.put("x", old.path("x").asDouble());
                position.put("y", old.path("y").asDouble());
                JsonNode next = old.path("next");
                Iterator<Map.Entry<String, JsonNode>> ports = next.fields();
                while (ports.hasNext()) {
                    Map.Entry<String, JsonNode> port = ports.next();
                    String connectionPointer = "/connections/" + connections.size();
                    String portPointer = nodePointer + "/next/" + LocatedJson.escape(port.getKey());
                    ObjectNode connection = connections.addObject();
                    connection.put("from", id);
                    connection.put("port", port.getKey());
                    connection.put("to", port.getValue().asText());
                    origins.moved(connectionPointer, portPointer);
                    origins.moved(connectionPointer + "/from", nodePointer + "/id");
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
            origins.moved("/entryPoints", "/start");
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
