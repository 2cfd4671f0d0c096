package dev.akis.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One step of a flow: a stable id, the catalog type it instantiates, a title in each language and its typed
 * configuration. The configuration is kept as JSON so that fields this version does not know (and whole block
 * types from newer versions) survive a load and save unchanged; the block catalog gives it meaning.
 *
 * <p>Immutable by convention: {@code config} and {@code extras} are private copies that callers must not
 * modify; use the {@code with...} methods.
 */
public record Block(String id, String type, LocalizedText title, ObjectNode config, ObjectNode extras) {

    public Block {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        title = title == null ? LocalizedText.EMPTY : title;
        config = config == null ? Json.object() : config;
        extras = extras == null ? Json.object() : extras;
    }

    public static Block of(String id, String type) {
        return new Block(id, type, LocalizedText.EMPTY, Json.object(), Json.object());
    }

    public Block withId(String newId) {
        return new Block(newId, type, title, config, extras);
    }

    public Block withTitle(LocalizedText newTitle) {
        return new Block(id, type, newTitle, config, extras);
    }

    public Block withConfig(ObjectNode newConfig) {
        return new Block(id, type, title, newConfig, extras);
    }

    /** A copy whose configuration has {@code key} set to {@code value} (removed when value is null). */
    public Block withConfigValue(String key, JsonNode value) {
        ObjectNode copy = config.deepCopy();
        if (value == null || value.isNull() || value.isMissingNode()) {
            copy.remove(key);
        } else {
            copy.set(key, value);
        }
        return new Block(id, type, title, copy, extras);
    }

    /** The raw configured value, or a missing node. */
    public JsonNode configValue(String key) {
        return config.path(key);
    }
}
