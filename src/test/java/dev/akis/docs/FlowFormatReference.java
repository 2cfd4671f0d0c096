package dev.akis.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.CheckoutEntry;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.CheckoutOutcome;
import dev.akis.flow.Json;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.SystemProperties;
import dev.akis.flow.validate.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders the parts of docs/flow-format.md that must agree with the code (block reference, setting kinds,
 * system properties, checkout outcomes, problem codes) from the catalog and the enums. {@code FlowFormatDocTest} fails when the
 * document differs and rewrites it when run with {@code -Dakis.updateDocs=true}.
 */
final class FlowFormatReference {

    /** Stands for a list item's id in dynamic port names ("choice:‹id›"). */
    private static final String ITEM_ID = "ITEMID";
    /** Stands for a property named by a list item ("the properties named in assignments"). */
    private static final String ITEM_PROPERTY = "item_property";

    private static final Map<FieldType, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(FieldType.LOCALIZED_TEXT, new String[] {"localized text",
            "an object of language code to text: `{\"tr\": \"Merhaba {member.firstName}\", \"en\": \"Hello\"}`; may hold placeholders"});
        KINDS.put(FieldType.TEXT, new String[] {"text", "a string, not translated (a URL, a team name, a template); may hold placeholders"});
        KINDS.put(FieldType.INTEGER, new String[] {"integer", "a whole number: `5`"});
        KINDS.put(FieldType.DECIMAL, new String[] {"decimal", "a number: `12.5`"});
        KINDS.put(FieldType.BOOLEAN, new String[] {"boolean", "`true` or `false`"});
        KINDS.put(FieldType.ENUM, new String[] {"option", "a string, one of the options listed for the setting"});
        KINDS.put(FieldType.DURATION, new String[] {"duration",
            "an ISO-8601 duration in days, hours, minutes and seconds, longer than zero: `\"PT30M\"`, `\"PT2H\"`, `\"P1DT12H\"` (no years, months or weeks); zero (`\"PT0S\"`) only where the reference says it turns the timer off"});
        KINDS.put(FieldType.PROPERTY, new String[] {"property", "a property name: dotted words of English letters `a`–`z`, `A`–`Z`, digits and `_`, such as `\"contact.email\"` (see [Properties and placeholders](#properties-and-placeholders))"});
        KINDS.put(FieldType.BLOCK_REF, new String[] {"block", "the id of another block of the same flow: `\"menu\"`"});
        KINDS.put(FieldType.CHOICES, new String[] {"choices",
            "`[{\"id\": \"orders\", \"title\": {localized text}, \"description\": {localized text}}]`; `id` and a non-empty `title` are required, ids are unique, `description` is optional"});
        KINDS.put(FieldType.BRANCHES, new String[] {"branches",
            "`[{\"id\": \"vip\", \"label\": {localized text}, \"match\": \"all\"|\"any\", \"rules\": [{\"property\": \"member.orderCount\", \"operator\": \"greaterThan\", \"value\": \"5\"}]}]`; "
                + "`id` and at least one rule are required, `match` defaults to `all`; operators: "
                + String.join(", ", dev.akis.blocks.conversation.ConditionBlock.OPERATORS.stream().map(o -> "`" + o + "`").toList())
                + "; `isSet` and `isNotSet` need no `value`, `matches` takes a Java regular expression"});
        KINDS.put(FieldType.ASSIGNMENTS, new String[] {"assignments",
            "`[{\"property\": \"cart.note\", \"value\": \"{member.firstName}\"}]`; the value is a text (a template) or a number or boolean"});
        KINDS.put(FieldType.KEY_VALUES, new String[] {"name/value pairs", "`[{\"name\": \"Authorization\", \"value\": \"Bearer {api.token}\"}]`; names are HTTP header names (letters, digits and symbols such as `-` and `_`; no spaces, colons or non-English letters), values have no line breaks"});
        KINDS.put(FieldType.RESPONSE_MAPPINGS, new String[] {"response mappings",
            "`[{\"path\": \"/data/id\", \"property\": \"crm.id\"}]`; `path` is a JSON pointer into the reply (`\"\"` is the whole reply)"});
        KINDS.put(FieldType.PRODUCT_IDS, new String[] {"product ids", "`[\"prd-hoodie\", \"prd-tshirt\"]`"});
        for (FieldType type : FieldType.values()) {
            if (!KINDS.containsKey(type)) {
                throw new IllegalStateException("Describe the setting kind " + type + " for docs/flow-format.md");
            }
        }
    }

    private static final Map<String, String> SYSTEM_PROPERTY_MEANINGS = Map.of(
            SystemProperties.CONTACT_PHONE, "the customer's phone in E.164 (`+905551112233`), from the channel",
            SystemProperties.CONTACT_NAME, "the customer's profile name on the channel",
            SystemProperties.CONTACT_LANGUAGE, "the conversation's language (`tr` or `en`)",
            SystemProperties.CONTACT_SOURCE_TAG, "the source tag of a click-to-WhatsApp start (`IG_Hoodie_01`), empty otherwise",
            SystemProperties.SHOP_NAME, "the shop's name",
            SystemProperties.SHOP_STOREFRONT_URL, "the shop's storefront address",
            SystemProperties.CONVERSATION_ID, "the conversation's id",
            SystemProperties.CONVERSATION_CHANNEL, "`whatsapp`, `api` or `simulator`",
            SystemProperties.NOW_DATE, "today's date in the shop's time zone, written for the conversation's language",
            SystemProperties.NOW_TIME, "the current time (`HH:mm`) in the shop's time zone");

    private static final Map<CheckoutOutcome, String> CHECKOUT_OUTCOME_MEANINGS = Map.of(
            CheckoutOutcome.PAID, "the checkout was paid and the shop created an order",
            CheckoutOutcome.PAYMENT_FAILED, "the payment was refused",
            CheckoutOutcome.ABANDONED, "the customer left the checkout without paying",
            CheckoutOutcome.CASH_ON_DELIVERY, "the customer placed an order to pay in cash at the door; it waits for their confirmation");

    private static final Map<ProblemCode, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(ProblemCode.DUPLICATE_ID, new String[] {"the element", "a block, entry point or note id used twice (they share one id space)"});
        PROBLEMS.put(ProblemCode.INVALID_ID, new String[] {"the element", "a block, entry point or note id with a character outside the [id character set](#ids) (a space, a line break, a quote, a slash, ...); the message shows the id with control characters escaped"});
        PROBLEMS.put(ProblemCode.NO_ENTRY_POINT, new String[] {"`-`", "the flow has no entry point, or none of a kind this version knows"});
        PROBLEMS.put(ProblemCode.UNKNOWN_ENTRY_KIND, new String[] {"entry point", "the entry point's `kind` is not one of this version's kinds (a typo such as `anymessage` or `keywords`, or a kind from a newer version); it is kept unchanged but never starts a conversation; the message suggests the kind probably meant"});
        PROBLEMS.put(ProblemCode.ENTRY_TARGET_MISSING, new String[] {"entry point", "the entry point has no target, or its target is not a block"});
        PROBLEMS.put(ProblemCode.DANGLING_CONNECTION, new String[] {"source block", "a connection's `from` or `to` is not a block"});
        PROBLEMS.put(ProblemCode.UNKNOWN_PORT, new String[] {"source block", "a connection leaves through a port the block does not have (not checked for unknown block types)"});
        PROBLEMS.put(ProblemCode.DUPLICATE_CONNECTION, new String[] {"source block", "two connections leave the same port"});
        PROBLEMS.put(ProblemCode.REQUIRED_PORT_UNCONNECTED, new String[] {"block", "a required port is not connected (see the fallback rule)"});
        PROBLEMS.put(ProblemCode.RECOMMENDED_PORT_UNCONNECTED, new String[] {"block", "a recommended port (usually `error`) is not connected"});
        PROBLEMS.put(ProblemCode.UNREACHABLE_BLOCK, new String[] {"block", "no entry point leads to the block through connections and Jump targets (not reported while no entry point leads anywhere)"});
        PROBLEMS.put(ProblemCode.MISSING_REQUIRED_FIELD, new String[] {"block or entry point", "a required setting is absent or empty (a localized text with a built-in default is never missing); a keyword entry point without keywords; a click-to-WhatsApp entry point without source tag"});
        PROBLEMS.put(ProblemCode.INVALID_FIELD_VALUE, new String[] {"block or entry point", "a setting of the wrong JSON shape, an option not offered, an unreadable, zero or negative duration (zero is allowed where it turns a timer off), a number out of range, an invalid regular expression, a Jump target that is not a block, a property name that breaks the [naming rule](#properties-and-placeholders) (the message says why and suggests a valid name), a web-address setting that is not an `http(s)` address and does not start with a placeholder, a value that is the default of another option (Get Member by phone with `{contact.email}`), an unknown checkout outcome; in list settings, every bad item is reported on its own, with its number or id: a choice without id or title, a rule with an unknown operator or a property that is not a name, an ordering rule (`greaterThan`, `greaterOrEqual`, `lessThan`, `lessOrEqual`) whose value is neither a number, an amount nor a date and has no placeholder (it never holds), a header name that is not an HTTP token or a header value with a line break, a response mapping without a valid property name or JSON pointer"});
        PROBLEMS.put(ProblemCode.ITEM_COUNT_OUT_OF_RANGE, new String[] {"block", "a list setting has fewer or more items than allowed (e.g. Product List: 3 to 6)"});
        PROBLEMS.put(ProblemCode.UNKNOWN_PLACEHOLDER, new String[] {"block or entry point", "a placeholder names a property that is not declared, not filled by any block of the flow and not a system property; the message says customers would see a gap for a text they read, or that the value would be empty for any other setting"});
        PROBLEMS.put(ProblemCode.MALFORMED_PLACEHOLDER, new String[] {"block", "braces in a customer-visible text that look like a placeholder but are not one — Turkish or other non-English letters (`{müşteri.adı}`), spaces (`{order number}`), nothing (`{}`), a hyphen — so customers would read them as written; the message says why and suggests the placeholder to write (`{musteri.adi}`); see [Properties and placeholders](#properties-and-placeholders) for what is left alone"});
        PROBLEMS.put(ProblemCode.LOOP_WITHOUT_WAIT, new String[] {"first block of the loop", "a cycle of blocks (connections and Jump targets) none of which waits for the customer; reported once per cycle"});
        PROBLEMS.put(ProblemCode.PATH_TOO_LONG_WITHOUT_WAIT, new String[] {"first block of the path", "more than 100 blocks in a row (no loop) none of which waits, so a turn along them would reach the engine's limit of 100 blocks per turn and stop; reported once, for the longest such path"});
        PROBLEMS.put(ProblemCode.WHATSAPP_TOO_MANY_BUTTONS, new String[] {"block", "more than 3 choices shown as reply buttons"});
        PROBLEMS.put(ProblemCode.WHATSAPP_BUTTON_TITLE_TOO_LONG, new String[] {"block", "a button title (a setting limited to 20 characters, or a choice shown as a button) longer than 20 characters in some language"});
        PROBLEMS.put(ProblemCode.WHATSAPP_TOO_MANY_LIST_ROWS, new String[] {"block", "more than 10 choices shown as a list"});
        PROBLEMS.put(ProblemCode.WHATSAPP_LIST_ROW_TITLE_TOO_LONG, new String[] {"block", "a list row title longer than 24 characters in some language"});
        PROBLEMS.put(ProblemCode.WHATSAPP_TEXT_TOO_LONG, new String[] {"block", "a message longer than 4096 characters in some language"});
        PROBLEMS.put(ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG, new String[] {"block", "a message sent with reply buttons, a list or a link button (WhatsApp's interactive message) longer than 1024 characters in some language: the settings whose limit says so, e.g. Ask Question's `prompt` when `inputType` is `choice`, Cart Confirmation's `message`, Send Message's `text` with a `linkUrl`"});
        PROBLEMS.put(ProblemCode.WHATSAPP_LIST_ROW_DESCRIPTION_TOO_LONG, new String[] {"block", "a choice's description longer than 72 characters in some language when the choices are shown as a list"});
        PROBLEMS.put(ProblemCode.MISSING_TRANSLATION, new String[] {"block", "a customer-visible text written in one of the flow's languages but empty in another"});
        PROBLEMS.put(ProblemCode.UNKNOWN_BLOCK_TYPE, new String[] {"block", "the block type is not in this version's catalog; the block is kept unchanged but cannot run"});
        PROBLEMS.put(ProblemCode.DUPLICATE_PROPERTY, new String[] {"`-`", "a property is declared more than once in `properties`, always with the same type; reported once per name"});
        PROBLEMS.put(ProblemCode.CONFLICTING_PROPERTY_TYPE, new String[] {"`-`", "a property is declared more than once with different types; the engine uses the last declaration whose type it knows, which is rarely what was meant; reported once per name"});
        PROBLEMS.put(ProblemCode.INVALID_PROPERTY_NAME, new String[] {"`-`", "a declared property's name breaks the [naming rule](#properties-and-placeholders) (non-English letters, spaces, ...), so no placeholder or setting can refer to it; the message says why and suggests a valid name"});
        PROBLEMS.put(ProblemCode.UNKNOWN_PROPERTY_TYPE, new String[] {"`-`", "a declaration's `type` is not one this version knows; the declaration is kept, and the property is treated as its other declaration, the type a block or the system gives it, or `text`"});
        PROBLEMS.put(ProblemCode.PROPERTY_TYPE_MISMATCH, new String[] {"`-`", "a declaration gives a different type to a property that a system property, a checkout entry or a block of the flow fills under a fixed name (`contact.phone` declared as `boolean`, `order.number` as `number`); the declared type would win and the values would be read and shown wrongly"});
        for (ProblemCode code : ProblemCode.values()) {
            if (!PROBLEMS.containsKey(code)) {
                throw new IllegalStateException("Describe the problem code " + code.id() + " for docs/flow-format.md");
            }
        }
    }

    private final BlockCatalog catalog;

    FlowFormatReference(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    /** The generated sections by name, each the exact text between its markers. */
    Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("setting-kinds", settingKinds());
        sections.put("system-properties", systemProperties());
        sections.put("checkout-outcomes", checkoutOutcomes());
        sections.put("blocks", blocks());
        sections.put("problem-codes", problemCodes());
        return sections;
    }

    static String kindName(FieldType type) {
        return KINDS.get(type)[0];
    }

    private String settingKinds() {
        StringBuilder out = new StringBuilder("| Kind | JSON |\n|---|---|\n");
        KINDS.forEach((type, text) -> out.append("| ").append(text[0]).append(" | ").append(text[1]).append(" |\n"));
        return out.toString();
    }

    private String systemProperties() {
        StringBuilder out = new StringBuilder("| Property | Type | Meaning |\n|---|---|---|\n");
        for (PropertyDeclaration property : SystemProperties.ALL) {
            String meaning = SYSTEM_PROPERTY_MEANINGS.get(property.name());
            if (meaning == null) {
                throw new IllegalStateException("Describe the system property " + property.name());
            }
            out.append("| `").append(property.name()).append("` | ").append(property.type()).append(" | ")
                    .append(meaning).append(" |\n");
        }
        return out.toString();
    }

    private static String checkoutOutcomes() {
        StringBuilder out = new StringBuilder("| `checkoutOutcome` | The shop reports |\n|---|---|\n");
        for (CheckoutOutcome outcome : CheckoutOutcome.values()) {
            String meaning = CHECKOUT_OUTCOME_MEANINGS.get(outcome);
            if (meaning == null) {
                throw new IllegalStateException("Describe the checkout outcome " + outcome.id());
            }
            out.append("| `").append(outcome.id()).append("` | ").append(meaning).append(" |\n");
        }
        out.append("| `").append(CheckoutOutcome.ANY).append("` | any of the above (also when `checkoutOutcome` is absent) |\n");
        List<String> filled = new ArrayList<>();
        for (ProvidedProperty property : CheckoutEntry.provided()) {
            filled.add("`" + property.name() + "` (" + property.type().id() + ")");
        }
        out.append("\nFills (from the event's details, see below): ").append(String.join(", ", filled)).append(".\n");
        return out.toString();
    }

    private String problemCodes() {
        StringBuilder out = new StringBuilder("| Code | Severity | Element | Meaning |\n|---|---|---|---|\n");
        PROBLEMS.forEach((code, text) -> out.append("| `").append(code.id()).append("` | ")
                .append(code.severity().id()).append(" | ").append(text[0]).append(" | ").append(text[1]).append(" |\n"));
        return out.toString();
    }

    private String blocks() {
        StringBuilder out = new StringBuilder();
        for (BlockType type : catalog.all()) {
            out.append("### `").append(type.id()).append("` — ").append(type.name(Locale.ENGLISH)).append("\n\n");
            out.append(type.description(Locale.ENGLISH)).append(" Category: ")
                    .append(BlockCatalog.categoryName(type.category(), Locale.ENGLISH)).append(". ");
            out.append("Waits for the customer: ").append(waits(type)).append(".\n\n");
            out.append("| Setting | Kind | Required | Default | Limits | Applies when |\n|---|---|---|---|---|---|\n");
            for (FieldSpec field : type.fields()) {
                out.append("| `").append(field.key()).append("` | ").append(kindName(field.type()))
                        .append(field.customerVisible() ? " (customer sees it)" : "").append(" | ")
                        .append(field.required() ? "yes" : "no").append(" | ").append(defaultOf(type, field))
                        .append(" | ").append(limits(field)).append(" | ").append(appliesWhen(field)).append(" |\n");
            }
            List<PortSpec> ports = ports(type);
            out.append(ports.isEmpty() ? "\nNo ports.\n" : "\n| Port | Need | Falls back to |\n|---|---|---|\n");
            for (PortSpec port : ports) {
                out.append("| `").append(port.id().replace(ITEM_ID, "‹id›")).append("` | ")
                        .append(port.need().name().toLowerCase(Locale.ROOT)).append(port.error() ? " (error port)" : "")
                        .append(" | ").append(port.fallback() == null ? "" : "`" + port.fallback() + "`").append(" |\n");
            }
            Set<String> provided = provided(type);
            if (!provided.isEmpty()) {
                out.append("\nFills: ").append(String.join(", ", provided)).append(".\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The block as dropped from the palette, then once per option of each option setting, lists filled in. */
    private List<Block> variants(BlockType type) {
        List<Block> variants = new ArrayList<>();
        Block base = type.newBlock("b", List.of("en"));
        variants.add(base);
        Block filled = withSampleItems(type, base);
        variants.add(filled);
        for (FieldSpec field : type.fields()) {
            for (String option : field.options()) {
                variants.add(filled.withConfigValue(field.key(), Json.NODES.textNode(option)));
            }
        }
        return variants;
    }

    private static Block withSampleItems(BlockType type, Block block) {
        Block filled = block;
        for (FieldSpec field : type.fields()) {
            ArrayNode items = Json.NODES.arrayNode();
            switch (field.type()) {
                case CHOICES -> items.addObject().put("id", ITEM_ID).putObject("title").put("en", "Title");
                case BRANCHES -> {
                    ObjectNode branch = items.addObject().put("id", ITEM_ID);
                    branch.putArray("rules").addObject().put("property", "p").put("operator", "isSet");
                }
                case ASSIGNMENTS -> items.addObject().put("property", ITEM_PROPERTY).put("value", "v");
                case RESPONSE_MAPPINGS -> items.addObject().put("path", "/id").put("property", ITEM_PROPERTY);
                default -> {
                    continue;
                }
            }
            filled = filled.withConfigValue(field.key(), items);
        }
        return filled;
    }

    private List<PortSpec> ports(BlockType type) {
        Map<String, PortSpec> ports = new LinkedHashMap<>();
        List<Block> variants = new ArrayList<>(variants(type));
        variants.sort((a, b) -> Integer.compare(type.ports(b).size(), type.ports(a).size()));
        for (Block variant : variants) {
            for (PortSpec port : type.ports(variant)) {
                ports.putIfAbsent(port.id(), port);
            }
        }
        return List.copyOf(ports.values());
    }

    private Set<String> provided(BlockType type) {
        Set<String> names = new LinkedHashSet<>();
        for (Block variant : variants(type)) {
            for (ProvidedProperty property : type.providedProperties(variant)) {
                names.add(describeProvided(type, variant, property));
            }
        }
        return names;
    }

    private static String describeProvided(BlockType type, Block block, ProvidedProperty property) {
        for (FieldSpec field : type.fields()) {
            if (field.type() == FieldType.PROPERTY && property.name().equals(type.string(block, field.key()))) {
                return "the property named in `" + field.key() + "`";
            }
        }
        if (property.name().equals(ITEM_PROPERTY)) {
            for (FieldSpec field : type.fields()) {
                if (field.type() == FieldType.ASSIGNMENTS || field.type() == FieldType.RESPONSE_MAPPINGS) {
                    return "the properties named in `" + field.key() + "`";
                }
            }
        }
        return "`" + property.name() + "` (" + property.type().id() + ")";
    }

    private String waits(BlockType type) {
        Block base = type.newBlock("b", List.of("en"));
        boolean always = true;
        boolean never = true;
        List<String> when = new ArrayList<>();
        for (FieldSpec field : type.fields()) {
            for (String option : field.options()) {
                boolean waits = type.waitsForCustomer(base.withConfigValue(field.key(), Json.NODES.textNode(option)));
                always &= waits;
                never &= !waits;
                if (waits) {
                    when.add("`" + field.key() + "` is `" + option + "`");
                }
            }
        }
        boolean waitsByDefault = type.waitsForCustomer(base);
        if (always && waitsByDefault) {
            return "yes";
        }
        if (never && !waitsByDefault) {
            return "no";
        }
        return "when " + String.join(" or ", when);
    }

    private static String defaultOf(BlockType type, FieldSpec field) {
        if (field.type() == FieldType.LOCALIZED_TEXT) {
            return type.bundleDefault(field, List.of("en")).isBlank() ? "" : "built-in text";
        }
        if (field.defaultDependsOnOption()) {
            List<String> defaults = new ArrayList<>();
            field.defaultsWhen().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                    defaults.add(json(entry.getValue()) + " when `" + field.defaultWhenField() + "` is `" + entry.getKey() + "`"));
            return String.join("; ", defaults);
        }
        JsonNode value = field.defaultValue();
        return value == null ? "" : json(value);
    }

    private static String json(JsonNode value) {
        return "`" + value.toString().replace("|", "\\|") + "`";
    }

    private static String limits(FieldSpec field) {
        List<String> limits = new ArrayList<>();
        if (!field.options().isEmpty()) {
            limits.add("one of " + String.join(", ", field.options().stream().map(o -> "`" + o + "`").toList()));
        }
        if (field.maxLength() == FieldSpec.WHATSAPP_INTERACTIVE_BODY_LIMIT) {
            limits.add("at most " + field.maxLength() + " characters per language (sent with buttons, a list or a link button)");
        } else if (field.maxLength() > 0) {
            limits.add("at most " + field.maxLength() + " characters per language");
        }
        if (field.interactiveWhenField() != null) {
            limits.add("at most " + FieldSpec.WHATSAPP_INTERACTIVE_BODY_LIMIT + " when `" + field.interactiveWhenField()
                    + "` " + (field.interactiveWhenValues().isEmpty() ? "is set (sent with a link button)"
                    : "is " + String.join(" or ", field.interactiveWhenValues().stream().sorted()
                            .map(v -> "`" + v + "`").toList()) + " (sent with buttons or a list)"));
        }
        if (field.itemTitleMaxLength() > 0) {
            limits.add("item titles at most " + field.itemTitleMaxLength() + " characters");
        }
        if (field.min() != null || field.max() != null) {
            limits.add(number(field.min()) + " to " + number(field.max()));
        }
        if (field.minItems() > 0 || field.maxItems() > 0) {
            limits.add(field.maxItems() > 0 ? field.minItems() + " to " + field.maxItems() + " items"
                    : "at least " + field.minItems() + " item" + (field.minItems() == 1 ? "" : "s"));
        }
        if (field.displayField() != null) {
            limits.add("WhatsApp limits by `" + field.displayField() + "` (as a list: descriptions at most "
                    + FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT + " characters)");
        }
        if (field.webAddress()) {
            limits.add("an `http(s)` address or starts with a placeholder");
        }
        if (field.type() == FieldType.DURATION) {
            limits.add(field.offWhenZero() ? "zero turns it off" : "longer than zero");
        }
        return String.join("; ", limits);
    }

    private static String appliesWhen(FieldSpec field) {
        if (field.visibleWhenField() == null) {
            return "";
        }
        return "`" + field.visibleWhenField() + "` is " + String.join(" or ",
                field.visibleWhenValues().stream().sorted().map(v -> "`" + v + "`").toList());
    }

    private static String number(Double value) {
        if (value == null) {
            return "…";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
