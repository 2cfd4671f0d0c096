package dev.akis.studio.geometry;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds card outlines from the block catalog. */
public final class Shapes {

    private Shapes() {
    }

    public static BlockShape of(FlowDocument document, Block block, BlockCatalog catalog) {
        List<String> ports = new ArrayList<>();
        BlockType type = catalog.find(block.type()).orElse(null);
        if (type != null) {
            for (PortSpec port : type.ports(block)) {
                ports.add(port.id());
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (Connection connection : document.outgoing(block.id())) {
            if (!ports.contains(connection.port())) {
                unknown.add(connection.port());
            }
        }
        ports.addAll(unknown);
        return new BlockShape(block.id(), CardMetrics.WIDTH, CardMetrics.blockHeight(ports.size()), ports, unknown);
    }
}
