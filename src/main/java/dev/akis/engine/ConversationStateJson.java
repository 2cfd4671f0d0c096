package dev.akis.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.engine.ConversationState.PendingTimer;
import dev.akis.flow.Json;
import dev.akis.flow.json.JsonSyntaxError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ConversationState} as JSON and reads it back. The {@code stateVersion} field says which form
 * was written; older forms are brought up to date on reading (there is only version 1 so far), newer ones are
 * refused with a clear message rather than misread. Example:
 *
 * <pre>{@code
 * {"stateVersion":1,"conversationId":"c-17","flowId":"order-lookup","language":"tr","channel":"whatsapp",
 *  "status":"waiting","currentBlock":"ask_email","entryId":"start",
 *  "properties":{"contact.phone":"+905321234567"},"blockMemory":{"retries":"1"},
 *  "timers":[{"block":"cod","name":"deadline","dueAt":"2024-05-04T09:00:00Z"}],
 *  "startedAt":"2024-05-03T09:00:00Z","lastActivityAt":"2024-05-03T09:01:10Z","turns":3,"idCounter":0}
 * }</pre>
 */
public final class ConversationStateJson {

    private ConversationStateJson() {
    }

    /** A stored state that cannot be read: bad JSON, a missing field, or a version newer than this build. */
    public static final class StateFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public StateFormatException(String message) {
            super(message);
        }

        public StateFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String write(ConversationState state) {
        try {
            return Json.MAPPER.writeValueAsString(toTree(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conversation state always serialises", e);
        }
    }

    public static ObjectNode toTree(ConversationState state) {
        ObjectNode root = Json.object();
        root.put("stateVersion", ConversationState.FORMAT_VERSION);
        root.put("conversationId", state.conversationId());
        root.put("flowId", state.flowId());
        root.put("language", state.language());
        root.put("channel", state.channel());
        root.put("status", state.status().name().toLowerCase(java.util.Locale.ROOT).replace("_", "-"));
        if (state.currentBlock() != null) {
            root.put("currentBlock", state.currentBlock());
        }
        if (state.entryId() != null) {
            root.put("entryId", state.entryId());
        }
        ObjectNode properties = root.putObject("properties");
        state.properties().forEach(properties::put);
        ObjectNode memory = root.putObject("blockMemory");
        state.blockMemory().forEach(memory::put);
        ArrayNode timers = root.putArray("timers");
        for (PendingTimer timer : state.timers()) {
            ObjectNode node = timers.addObject();
            node.put("block", timer.blockId());
            node.put("name", timer.name());
            node.put("dueAt", timer.dueAt().toString());
        }
        if (state.isHandedOff()) {
            ObjectNode handoff = root.putObject("handoff");
            handoff.put("team", state.handoffTeam());
            handoff.put("reason", state.handoffReason());
        }
        if (state.startedAt() != null) {
            root.put("startedAt", state.startedAt().toString());
        }
        if (state.lastActivityAt() != null) {
            root.put("lastActivityAt", state.lastActivityAt().toString());
        }
        root.put("turns", state.turns());
        root.put("idCounter", state.idCounter());
        return root;
    }

    public static ConversationState read(String json) throws StateFormatException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonSyntaxError error = JsonSyntaxError.of(e);
            throw new StateFormatException("Not a conversation state: invalid JSON at " + error.location() + ": "
                    + error.describe(java.util.Locale.ENGLISH), e);
        }
        return fromTree(root);
    }

    public static ConversationState fromTree(JsonNode root) throws StateFormatException {
        if (root == null || !root.isObject()) {
            throw new StateFormatException("Not a conversation state: expected a JSON object");
        }
        JsonNode version = root.get("stateVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new StateFormatException("Not a conversation state: stateVersion is missing");
        }
        if (version.asInt() > ConversationState.FORMAT_VERSION) {
            throw new StateFormatException("This conversation state was written by a newer version (state version "
                    + version.asInt() + "; this build reads up to " + ConversationState.FORMAT_VERSION + ")");
        }
        ObjectNode current = migrate((ObjectNode) root.deepCopy(), version.asInt());
        try {
            ConversationState.Builder state = ConversationState.builder(required(current, "conversationId"),
                            required(current, "language"))
                    .flowId(text(current, "flowId"))
                    .channel(text(current, "channel"))
                    .status(ConversationState.Status.valueOf(required(current, "status").toUpperCase(java.util.Locale.ROOT)
                            .replace("-", "_")))
                    .currentBlock(text(current, "currentBlock"))
                    .entryId(text(current, "entryId"))
                    .properties(strings(current.get("properties")))
                    .blockMemory(strings(current.get("blockMemory")))
                    .timers(timers(current.get("timers")))
                    .startedAt(instant(text(current, "startedAt")))
                    .lastActivityAt(instant(text(current, "lastActivityAt")))
                    .turns(current.path("turns").asLong())
                    .idCounter(current.path("idCounter").asLong());
            JsonNode handoff = current.get("handoff");
            if (handoff != null && handoff.isObject()) {
                state.handoff(handoff.path("team").asText(""), handoff.path("reason").asText(""));
            }
            return state.build();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new StateFormatException("Not a conversation state: " + e.getMessage(), e);
        }
    }

    /** Brings an older form up to the current one, step by step. Version 1 is the first form. */
    private static ObjectNode migrate(ObjectNode root, int fromVersion) throws StateFormatException {
        if (fromVersion < 1) {
            throw new StateFormatException("Unknown conversation state version " + fromVersion);
        }
        return root;
    }

    private static String required(JsonNode root, String field) throws StateFormatException {
        String value = text(root, field);
        if (value == null) {
            throw new StateFormatException("Not a conversation state: " + field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    values.put(field.getKey(), field.getValue().asText());
                }
            }
        }
        return values;
    }

    private static List<PendingTimer> timers(JsonNode node) {
        List<PendingTimer> timers = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode timer : node) {
                timers.add(new PendingTimer(timer.path("block").asText(), timer.path("name").asText(),
                        Instant.parse(timer.path("dueAt").asText())));
            }
        }
        return timers;
    }
}
