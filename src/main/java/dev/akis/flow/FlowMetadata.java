package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** When the flow was created and last changed (ISO-8601 instants) and by which app version it was written. */
public record FlowMetadata(String createdAt, String updatedAt, String appVersion, ObjectNode extras) {

    public FlowMetadata {
        extras = extras == null ? Json.object() : extras;
    }

    public static FlowMetadata empty() {
        return new FlowMetadata(null, null, null, null);
    }

    public FlowMetadata touched(String instant, String version) {
        return new FlowMetadata(createdAt == null ? instant : createdAt, instant, version, extras);
    }
}
