package dev.akis.blocks.integration;

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

/**
 * Calls another system over HTTP: method, URL, headers and body are templates; values picked from the JSON
 * reply by JSON pointer are stored in properties. A 2xx reply takes "ok", anything else (or no reply) "error".
 */
public final class HttpRequestBlock extends BlockType {

    public static final String ID = "httpRequest";
    public static final String OK = "ok";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.choice("method", "GET", "POST", "PUT", "PATCH", "DELETE").build(),
            FieldSpec.text("url").required().build(),
            FieldSpec.builder("headers", FieldType.KEY_VALUES).build(),
            FieldSpec.text("body").multiline().visibleWhen("method", "POST", "PUT", "PATCH").build(),
            FieldSpec.builder("timeout", FieldType.DURATION).defaultValue("PT10S").build(),
            FieldSpec.builder("responseMappings", FieldType.RESPONSE_MAPPINGS).build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required(OK), PortSpec.errorPort());

    public HttpRequestBlock() {
        super(ID, BlockCategory.INTEGRATION, "mdi2a-api");
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
        properties.add(new ProvidedProperty("http.status", PropertyType.NUMBER));
        for (JsonNode mapping : list(block, "responseMappings")) {
            String name = mapping.path("property").asText();
            if (!name.isBlank()) {
                properties.add(new ProvidedProperty(name, PropertyType.TEXT));
            }
        }
        return properties;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "method") + " " + shorten(string(block, "url"), 50);
    }
}
