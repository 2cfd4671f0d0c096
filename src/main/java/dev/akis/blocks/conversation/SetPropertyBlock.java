package dev.akis.blocks.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sets one or more properties from fixed values or templates ("{member.firstName}"), then moves on. */
public final class SetPropertyBlock extends BlockType {

    public static final String ID = "setProperty";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("assignments", FieldType.ASSIGNMENTS).required().items(1, 0).build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required("next"));

    public SetPropertyBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2p-pencil-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        List<ProvidedProperty> properties = new ArrayList<>();
        for (JsonNode assignment : list(block, "assignments")) {
            String name = assignment.path("property").asText();
            if (!name.isBlank()) {
                properties.add(new ProvidedProperty(name, PropertyType.TEXT));
            }
        }
        return properties;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        List<String> parts = new ArrayList<>();
        for (JsonNode assignment : list(block, "assignments")) {
            parts.add(assignment.path("property").asText() + " = " + assignment.path("value").asText());
        }
        return shorten(String.join(", ", parts), 60);
    }
}
