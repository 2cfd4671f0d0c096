package dev.akis.studio.geometry;

import java.util.List;
import java.util.Set;

/**
 * The outline of one block's card: its size and output ports in drawing order. {@code unknownPorts} are ports
 * that connections use but the catalog does not list for the block (a removed choice, a newer file), drawn so
 * their wires stay visible.
 */
public record BlockShape(String blockId, double width, double height, List<String> ports, Set<String> unknownPorts) {

    public BlockShape {
        ports = List.copyOf(ports);
        unknownPorts = Set.copyOf(unknownPorts);
    }

    public int portIndex(String portId) {
        return ports.indexOf(portId);
    }
}
