package dev.akis.blocks.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
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

    /**
     * Sets each property to its value as it would read in a message. A value that is exactly one placeholder is
     * copied unchanged (not formatted) when the target property is declared with a type other than text, so an
     * amount or a date keeps its meaning.
     */
    @Override
    public BlockExecutor executor(Block block) {
        List<String> names = new ArrayList<>();
        List<Template> values = new ArrayList<>();
        for (JsonNode assignment : list(block, "assignments")) {
            String name = assignment.path("property").asText("").strip();
            if (!name.isEmpty()) {
                names.add(name);
                values.add(Template.parse(assignment.path("value").asText("")));
            }
        }
        return context -> {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Template value = values.get(i);
                String source = value.singlePlaceholder();
                if (source != null && context.propertyType(name) != PropertyType.TEXT && context.property(source) != null) {
                    context.setProperty(name, context.property(source));
                } else {
                    context.setProperty(name, context.render(value));
                }
            }
            return Step.port("next");
        };
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
