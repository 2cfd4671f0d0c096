package dev.akis.blocks;

import dev.akis.flow.PropertyType;

/** A property a block fills when it runs, such as {@code member.firstName} from Get Member. */
public record ProvidedProperty(String name, PropertyType type) {
}
