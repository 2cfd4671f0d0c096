package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A wire from one block's named output port to the block the conversation continues with. */
public record Connection(String from, String port, String to, ObjectNode extras) {

    public Connection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(to, "to");
        extras = extras == null ? Json.object() : extras;
    }

    public static Connection of(String from, String port, String to) {
        return new Connection(from, port, to, null);
    }

    public Connection withTo(String newTo) {
        return new Connection(from, port, newTo, extras);
    }

    public Connection withFrom(String newFrom) {
        return new Connection(newFrom, port, to, extras);
    }

    /** True when this wire leaves the given block through the given port. */
    public boolean leaves(String blockId, String portId) {
        return from.equals(blockId) && port.equals(portId);
    }
}
