package dev.akis.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.i18n.Languages;
import dev.akis.i18n.Messages;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The single description of one kind of block: its settings, its output ports, what it provides, its palette
 * category and icon, and how it reads in the card and the palette. The palette, the inspector, the linter and
 * the engine all read this description; adding a block type means adding one subclass, its bundle entries and
 * its tests. What the block does in a conversation is its {@link #executor(Block) executor}.
 *
 * <p>Names and labels come from {@code dev/akis/blocks/blocks_{tr,en}.properties} under {@code block.<id>.*}.
 */
public abstract class BlockType {

    public static final Messages TEXTS = Messages.bundle("dev.akis.blocks.blocks");

    private final String id;
    private final BlockCategory category;
    private final String icon;

    protected BlockType(String id, BlockCategory category, String icon) {
        this.id = id;
        this.category = category;
        this.icon = icon;
    }

    /** The type name stored in flow files ("getMember"). */
    public final String id() {
        return id;
    }

    public final BlockCategory category() {
        return category;
    }

    /** An Ikonli Material Design 2 icon literal ("mdi2a-account-search-outline"). */
    public final String icon() {
        return icon;
    }

    /** The settings, in the order the inspector shows them. */
    public abstract List<FieldSpec> fields();

    public final Optional<FieldSpec> field(String key) {
        for (FieldSpec field : fields()) {
            if (field.key().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The output ports of this block as configured; most types have fixed ports. */
    public List<PortSpec> ports(Block block) {
        return staticPorts();
    }

    /** Fixed ports; types with ports made from their settings override {@link #ports(Block)} instead. */
    protected List<PortSpec> staticPorts() {
        return List.of();
    }

    public final Optional<PortSpec> port(Block block, String portId) {
        for (PortSpec port : ports(block)) {
            if (port.id().equals(portId)) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    /** Properties this block fills when it runs. */
    public List<ProvidedProperty> providedProperties(Block block) {
        return List.of();
    }

    /**
     * True when running this block can end the turn to wait for the customer, a timer or a shop event. The
     * linter uses it to find cycles that would spin without ever waiting.
     */
    public boolean waitsForCustomer(Block block) {
        return false;
    }

    /** Other blocks this block leads to without a connection (the Jump target). */
    public List<String> referencedBlocks(Block block) {
        List<String> targets = new ArrayList<>();
        for (FieldSpec field : fields()) {
            if (field.type() == FieldType.BLOCK_REF) {
                String target = string(block, field.key());
                if (!target.isBlank()) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    /**
     * Prepares what runs this block in conversations. Called once per block when an engine is built: settings
     * are read and texts parsed here, so running a turn does no JSON work. Must not fail on odd settings (the
     * linter reports them); the executor reports problems in the trace when it runs.
     */
    public abstract BlockExecutor executor(Block block);

    /** A customer text setting prepared for rendering, bundle defaults filled in (see {@link #text}). */
    protected final LocalizedTemplate template(Block block, String key) {
        return LocalizedTemplate.of(text(block, key));
    }

    /** A plain text setting (URL, value) prepared for rendering. */
    protected final Template plainTemplate(Block block, String key) {
        return Template.parse(string(block, key));
    }

    /** A one-line description of the block's settings for its card ("by e-mail: {contact.email}"). */
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return "";
    }

    // ---- creating blocks --------------------------------------------------------------------------------

    /**
     * A new block of this type with every default filled in, customer texts in each of the flow's languages,
     * as dropped from the palette.
     */
    public Block newBlock(String blockId, List<String> languages) {
        ObjectNode config = Json.object();
        for (FieldSpec field : fields()) {
            if (field.type() == FieldType.LOCALIZED_TEXT) {
                LocalizedText text = bundleDefault(field, languages);
                if (!text.isBlank()) {
                    ObjectNode node = config.putObject(field.key());
                    text.asMap().forEach(node::put);
                }
            } else if (field.defaultValue() != null && !field.defaultDependsOnOption()) {
                // A default that follows another setting is left unset, so it keeps following it.
                config.set(field.key(), field.defaultValue().deepCopy());
            }
        }
        LocalizedText title = LocalizedText.EMPTY;
        for (String language : languages) {
            title = title.with(language, name(Languages.locale(language)));
        }
        return new Block(blockId, id, title, config, null);
    }

    // ---- texts ---------------------------------------------------------------------------------------------

    public String name(Locale locale) {
        return TEXTS.get(locale, "block." + id + ".name");
    }

    /** What the block does, for the palette tooltip. */
    public String description(Locale locale) {
        return TEXTS.get(locale, "block." + id + ".description");
    }

    public String fieldLabel(FieldSpec field, Locale locale) {
        return TEXTS.get(locale, "block." + id + ".field." + field.key());
    }

    /** Help text for the inspector, or null. */
    public String fieldHelp(FieldSpec field, Locale locale) {
        return TEXTS.find(locale, "block." + id + ".field." + field.key() + ".help");
    }

    public String optionLabel(FieldSpec field, String option, Locale locale) {
        String label = TEXTS.find(locale, "block." + id + ".field." + field.key() + ".option." + option);
        if (label == null) {
            label = TEXTS.find(locale, "option." + option);
        }
        return label == null ? option : label;
    }

    /**
     * The label a port shows on the card: the block's own label for ports made from its settings (in the
     * flow's content language), else the bundle text {@code block.<id>.port.<port>} or the shared
     * {@code port.<port>}.
     */
    public String portLabel(PortSpec port, Locale uiLocale, String contentLanguage) {
        if (port.label() != null && !port.label().isBlank()) {
            return port.label().resolve(contentLanguage, Languages.normalize(uiLocale));
        }
        String label = TEXTS.find(uiLocale, "block." + id + ".port." + port.id());
        if (label == null) {
            label = TEXTS.find(uiLocale, "port." + port.id());
        }
        return label == null ? port.id() : label;
    }

    /** The localized default of a text field in the given languages, from the bundle (empty if none). */
    public LocalizedText bundleDefault(FieldSpec field, List<String> languages) {
        LocalizedText text = LocalizedText.EMPTY;
        for (String language : languages) {
            String value = TEXTS.find(Languages.locale(language), "block." + id + ".field." + field.key() + ".default");
            if (value != null) {
                text = text.with(language, value);
            }
        }
        return text;
    }

    // ---- typed access to settings, defaults applied ---------------------------------------------------

    /** The configured value, else the field's default for this configuration, else a missing node. */
    public JsonNode value(Block block, String key) {
        JsonNode value = block.config().get(key);
        if (value != null && !value.isNull()) {
            return value;
        }
        FieldSpec field = field(key).orElse(null);
        JsonNode fallback = field == null ? null : field.defaultFor(block.config(), this);
        return fallback == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : fallback;
    }

    /**
     * A localized setting; languages the merchant left empty fall back to the bundle default for that
     * language, so a block never speaks without words.
     */
    public LocalizedText text(Block block, String key) {
        LocalizedText configured = localized(block.config().get(key));
        FieldSpec field = field(key).orElse(null);
        if (field == null) {
            return configured;
        }
        LocalizedText defaults = bundleDefault(field, Languages.SUPPORTED);
        LocalizedText merged = configured;
        for (Map.Entry<String, String> entry : defaults.asMap().entrySet()) {
            if (!merged.has(entry.getKey())) {
                merged = merged.with(entry.getKey(), entry.getValue());
            }
        }
        return merged;
    }

    public String string(Block block, String key) {
        JsonNode value = value(block, key);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    public int integer(Block block, String key) {
        return value(block, key).asInt();
    }

    public double decimal(Block block, String key) {
        return value(block, key).asDouble();
    }

    public boolean bool(Block block, String key) {
        return value(block, key).asBoolean();
    }

    /** A duration setting; an unreadable value counts as zero (the linter reports it). */
    public Duration duration(Block block, String key) {
        String text = string(block, key);
        if (text.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return Duration.ZERO;
        }
    }

    /** The elements of a list setting (CHOICES, BRANCHES, ...), empty when unset. */
    public List<JsonNode> list(Block block, String key) {
        JsonNode value = value(block, key);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    /** Reads {@code {"tr": "...", "en": "..."}} (or a plain string) into a {@link LocalizedText}. */
    public static LocalizedText localized(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return LocalizedText.EMPTY;
        }
        if (node.isTextual()) {
            return LocalizedText.of(Languages.TURKISH, node.asText());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getValue().isTextual()) {
                texts.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return LocalizedText.of(texts);
    }

    /** Shortens a text for a card summary. */
    protected static String shorten(String text, int max) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        return "BlockType[" + id + "]";
    }
}
