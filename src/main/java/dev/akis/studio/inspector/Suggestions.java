package dev.akis.studio.inspector;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.SystemProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Property names the user may mean: declared in the flow, filled by its blocks, and the system properties. */
final class Suggestions {

    private Suggestions() {
    }

    static List<String> propertyNames(FlowDocument document, BlockCatalog catalog) {
        TreeSet<String> names = new TreeSet<>();
        for (PropertyDeclaration declared : document.properties()) {
            names.add(declared.name());
        }
        for (Block block : document.blocks()) {
            catalog.find(block.type()).ifPresent(type -> {
                for (ProvidedProperty provided : type.providedProperties(block)) {
                    names.add(provided.name());
                }
            });
        }
        for (PropertyDeclaration system : SystemProperties.ALL) {
            names.add(system.name());
        }
        return new ArrayList<>(names);
    }
}
