package dev.akis.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.flow.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One setting of a block type: its key in the block's {@code config}, its kind, whether it must be filled, its
 * default and its limits. Labels and help texts live in the block bundle under
 * {@code block.<type>.field.<key>} and {@code block.<type>.field.<key>.help}; a localized default under
 * {@code block.<type>.field.<key>.default}.
 *
 * @param maxLength         longest allowed text per language (0 = no limit), e.g. 4096 for WhatsApp messages
 * @param itemTitleMaxLength longest allowed title of a list item (choices), 0 = no limit
 * @param minItems          fewest list items (0 = no minimum)
 * @param maxItems          most list items (0 = no limit)
 * @param displayField      for {@link FieldType#CHOICES}: the ENUM field saying "buttons" or "list", whose
 *                          WhatsApp limits apply
 * @param visibleWhenField  the field whose value decides whether this one applies (null = always)
 * @param visibleWhenValues the values of {@code visibleWhenField} for which this one applies
 * @param customerVisible   true when customers read this text (placeholders and translations are checked)
 * @param webAddress        for {@link FieldType#TEXT}: the value is an http(s) address (it may start with a
 *                          placeholder that gives the address, such as {@code {shop.storefrontUrl}})
 * @param offWhenZero       for {@link FieldType#DURATION}: zero is allowed and turns the timer off; for other
 *                          durations zero is a mistake the linter reports
 * @param defaultWhenField  the ENUM field whose option chooses among {@code defaultsWhen} (null = one default)
 * @param defaultsWhen      option of {@code defaultWhenField} → the default used instead of {@code defaultValue}
 * @param interactiveWhenField  for a message text: the setting that decides whether the text goes out as the
 *                          body of a WhatsApp interactive message (with reply buttons, a list or a link button),
 *                          whose body WhatsApp limits to {@link #WHATSAPP_INTERACTIVE_BODY_LIMIT}; null = never,
 *                          or always when {@code maxLength} is that limit already (see {@link #interactiveMessage})
 * @param interactiveWhenValues the values of {@code interactiveWhenField} that make the text interactive; empty =
 *                          any value that is not blank (a link address that adds a link button)
 */
public record FieldSpec(String key,
                        FieldType type,
                        boolean required,
                        JsonNode defaultValue,
                        List<String> options,
                        int maxLength,
                        int itemTitleMaxLength,
                        Double min,
                        Double max,
                        int minItems,
                        int maxItems,
                        String displayField,
                        String visibleWhenField,
                        Set<String> visibleWhenValues,
                        boolean multiline,
                        boolean customerVisible,
                        boolean webAddress,
                        boolean offWhenZero,
                        String defaultWhenField,
                        Map<String, JsonNode> defaultsWhen,
                        String interactiveWhenField,
                        Set<String> interactiveWhenValues) {

    /** WhatsApp's limit for a message body. */
    public static final int WHATSAPP_TEXT_LIMIT = 4096;
    /** WhatsApp's limit for a reply-button title. */
    public static final int WHATSAPP_BUTTON_TITLE_LIMIT = 20;
    /** WhatsApp's limit for a list-row title. */
    public static final int WHATSAPP_ROW_TITLE_LIMIT = 24;
    /** WhatsApp's limit on reply buttons in one message. */
    public static final int WHATSAPP_MAX_BUTTONS = 3;
    /** WhatsApp's limit on rows in one list message. */
    public static final int WHATSAPP_MAX_LIST_ROWS = 10;
    /** WhatsApp's limit for the body text of an interactive message (reply buttons, a list, a link button). */
    public static final int WHATSAPP_INTERACTIVE_BODY_LIMIT = 1024;
    /** WhatsApp's limit for a list row's description. */
    public static final int WHATSAPP_ROW_DESCRIPTION_LIMIT = 72;

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        visibleWhenValues = visibleWhenValues == null ? Set.of() : Set.copyOf(visibleWhenValues);
        defaultsWhen = defaultsWhen == null ? Map.of() : Map.copyOf(defaultsWhen);
        interactiveWhenValues = interactiveWhenValues == null ? Set.of() : Set.copyOf(interactiveWhenValues);
    }

    public static Builder builder(String key, FieldType type) {
        return new Builder(key, type);
    }

    /** A customer-visible message text, limited to WhatsApp's 4096 characters. */
    public static Builder message(String key) {
        return builder(key, FieldType.LOCALIZED_TEXT).maxLength(WHATSAPP_TEXT_LIMIT).multiline().customerVisible();
    }

    /**
     * A customer-visible message text that always goes out with reply buttons, a list or a link button, limited
     * to the 1024 characters WhatsApp allows in the body of such a message.
     */
    public static Builder interactiveMessage(String key) {
        return message(key).maxLength(WHATSAPP_INTERACTIVE_BODY_LIMIT);
    }

    /** A customer-visible reply-button title, limited to WhatsApp's 20 characters. */
    public static Builder buttonTitle(String key) {
        return builder(key, FieldType.LOCALIZED_TEXT).maxLength(WHATSAPP_BUTTON_TITLE_LIMIT).customerVisible();
    }

    public static Builder text(String key) {
        return builder(key, FieldType.TEXT);
    }

    public static Builder choice(String key, String... options) {
        return builder(key, FieldType.ENUM).options(List.of(options)).defaultValue(options[0]);
    }

    /** A web address that a customer opens or that Akış calls: http(s), checked by the linter. */
    public static Builder webAddress(String key) {
        return builder(key, FieldType.TEXT).webAddress();
    }

    /**
     * The default that applies to a block with this configuration: the one for the chosen option of
     * {@code defaultWhenField} when there is one, else {@code defaultValue} (null when there is none).
     */
    public JsonNode defaultFor(com.fasterxml.jackson.databind.node.ObjectNode config, BlockType type) {
        if (defaultWhenField != null) {
            JsonNode option = config.get(defaultWhenField);
            if (option == null || option.isNull()) {
                option = type.field(defaultWhenField).map(FieldSpec::defaultValue).orElse(null);
            }
            JsonNode chosen = option == null ? null : defaultsWhen.get(option.asText());
            if (chosen != null) {
                return chosen;
            }
        }
        return defaultValue;
    }

    /** True when the default depends on another setting, so a new block leaves this one unset to follow it. */
    public boolean defaultDependsOnOption() {
        return defaultWhenField != null;
    }

    /** True when the field applies given the block's configuration (see {@code visibleWhenField}). */
    public boolean appliesTo(com.fasterxml.jackson.databind.node.ObjectNode config, BlockType type) {
        if (visibleWhenField == null) {
            return true;
        }
        JsonNode value = config.get(visibleWhenField);
        if (value == null || value.isNull()) {
            value = type.field(visibleWhenField).map(FieldSpec::defaultValue).orElse(null);
        }
        return value != null && visibleWhenValues.contains(value.asText());
    }

    /**
     * True when, with this configuration, the text goes out as the body of a WhatsApp interactive message (reply
     * buttons, a list, a link button): always for an {@link #interactiveMessage}, else as {@code
     * interactiveWhenField} says.
     */
    public boolean interactiveIn(com.fasterxml.jackson.databind.node.ObjectNode config, BlockType type) {
        if (maxLength == WHATSAPP_INTERACTIVE_BODY_LIMIT) {
            return true;
        }
        if (interactiveWhenField == null) {
            return false;
        }
        JsonNode value = config.get(interactiveWhenField);
        if (value == null || value.isNull()) {
            value = type.field(interactiveWhenField).map(FieldSpec::defaultValue).orElse(null);
        }
        if (value == null || value.isNull()) {
            return false;
        }
        String text = value.asText();
        return interactiveWhenValues.isEmpty() ? !text.isBlank() : interactiveWhenValues.contains(text);
    }

    /**
     * The longest text allowed per language with this configuration: {@code maxLength}, or WhatsApp's limit for
     * the body of an interactive message when the text goes out with buttons, a list or a link button (0 = none).
     */
    public int lengthLimitIn(com.fasterxml.jackson.databind.node.ObjectNode config, BlockType type) {
        if (!interactiveIn(config, type)) {
            return maxLength;
        }
        return maxLength > 0 ? Math.min(maxLength, WHATSAPP_INTERACTIVE_BODY_LIMIT) : WHATSAPP_INTERACTIVE_BODY_LIMIT;
    }

    /** Builds a {@link FieldSpec}; unset limits mean "no limit". */
    public static final class Builder {
        private final String key;
        private final FieldType type;
        private boolean required;
        private JsonNode defaultValue;
        private List<String> options = List.of();
        private int maxLength;
        private int itemTitleMaxLength;
        private Double min;
        private Double max;
        private int minItems;
        private int maxItems;
        private String displayField;
        private String visibleWhenField;
        private Set<String> visibleWhenValues = Set.of();
        private boolean multiline;
        private boolean customerVisible;
        private boolean webAddress;
        private boolean offWhenZero;
        private String defaultWhenField;
        private final Map<String, JsonNode> defaultsWhen = new LinkedHashMap<>();
        private String interactiveWhenField;
        private Set<String> interactiveWhenValues = Set.of();

        private Builder(String key, FieldType type) {
            this.key = key;
            this.type = type;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder defaultValue(String value) {
            this.defaultValue = Json.NODES.textNode(value);
            return this;
        }

        public Builder defaultValue(int value) {
            this.defaultValue = Json.NODES.numberNode(value);
            return this;
        }

        public Builder defaultValue(boolean value) {
            this.defaultValue = Json.NODES.booleanNode(value);
            return this;
        }

        public Builder defaultValue(JsonNode value) {
            this.defaultValue = value;
            return this;
        }

        public Builder options(List<String> values) {
            this.options = values;
            return this;
        }

        public Builder maxLength(int value) {
            this.maxLength = value;
            return this;
        }

        public Builder itemTitleMaxLength(int value) {
            this.itemTitleMaxLength = value;
            return this;
        }

        public Builder range(double minimum, double maximum) {
            this.min = minimum;
            this.max = maximum;
            return this;
        }

        public Builder items(int fewest, int most) {
            this.minItems = fewest;
            this.maxItems = most;
            return this;
        }

        public Builder displayField(String field) {
            this.displayField = field;
            return this;
        }

        public Builder visibleWhen(String field, String... values) {
            this.visibleWhenField = field;
            this.visibleWhenValues = Set.of(values);
            return this;
        }

        public Builder multiline() {
            this.multiline = true;
            return this;
        }

        public Builder customerVisible() {
            this.customerVisible = true;
            return this;
        }

        public Builder webAddress() {
            this.webAddress = true;
            return this;
        }

        /** For a duration: zero is a valid value that switches the timer off (see the block's runtime rules). */
        public Builder offWhenZero() {
            this.offWhenZero = true;
            return this;
        }

        /** The default when {@code field} (an ENUM of the same block) is set to {@code option}. */
        public Builder defaultWhen(String field, String option, String value) {
            if (defaultWhenField != null && !defaultWhenField.equals(field)) {
                throw new IllegalArgumentException("defaults of " + key + " can depend on one field only");
            }
            this.defaultWhenField = field;
            this.defaultsWhen.put(option, Json.NODES.textNode(value));
            return this;
        }

        /**
         * The text goes out with reply buttons or a list (so within WhatsApp's 1024 characters) when {@code field}
         * (an ENUM of the same block) is one of {@code values}.
         */
        public Builder interactiveWhen(String field, String... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("interactiveWhen of " + key + " needs at least one value");
            }
            this.interactiveWhenField = field;
            this.interactiveWhenValues = Set.of(values);
            return this;
        }

        /**
         * The text goes out with a link button (so within WhatsApp's 1024 characters) when {@code field} (a web
         * address of the same block) is filled in.
         */
        public Builder interactiveWhenFilled(String field) {
            this.interactiveWhenField = field;
            this.interactiveWhenValues = Set.of();
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(key, type, required, defaultValue, options, maxLength, itemTitleMaxLength, min, max,
                    minItems, maxItems, displayField, visibleWhenField, visibleWhenValues, multiline, customerVisible,
                    webAddress, offWhenZero, defaultWhenField, defaultsWhen, interactiveWhenField,
                    interactiveWhenValues);
        }
    }
}
