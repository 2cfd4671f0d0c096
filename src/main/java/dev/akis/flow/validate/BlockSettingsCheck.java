package dev.akis.flow.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.conversation.AskQuestionBlock;
import dev.akis.blocks.conversation.ConditionBlock;
import dev.akis.flow.Block;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.Placeholders;
import dev.akis.flow.PropertyNames;
import dev.akis.flow.validate.ProblemArguments.Explanation;
import dev.akis.flow.validate.ProblemArguments.Language;
import dev.akis.flow.validate.ProblemArguments.Option;
import dev.akis.flow.validate.ProblemArguments.Setting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks one block's settings against its {@link FieldSpec}s: required values, JSON shapes, options, ranges,
 * durations, web addresses, list items (every bad item, not just the first) and counts, WhatsApp's limits,
 * translations and placeholders. Settings whose {@code visibleWhen} does not apply are skipped, as the inspector
 * hides them.
 */
final class BlockSettingsCheck {

    /** A property name: dotted words of English letters, digits and underscores ("contact.email"). */
    static final Pattern PROPERTY_NAME = PropertyNames.PATTERN;
    /** What a web address setting must start with when it does not start with a placeholder. */
    static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#]+.*", Pattern.DOTALL);
    /** An HTTP header name: a token of RFC 9110 (letters, digits and {@code !#$%&'*+-.^_`|~}). */
    static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
    /** The ISO-8601 durations Akış accepts: days, hours, minutes and seconds, not negative ("P1DT2H", "PT30M"). */
    static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,9})?S)?)?");
    /** TEXT settings under this key hold a regular expression rather than a template. */
    static final String REGEX_FIELD = "pattern";
    static final String MATCHES_OPERATOR = "matches";
    static final Set<String> VALUELESS_OPERATORS = Set.of("isSet", "isNotSet");
    static final Set<String> MATCH_MODES = Set.of(ConditionBlock.MATCH_ALL, ConditionBlock.MATCH_ANY);

    private final LintRun run;
    private final List<String> languages;
    private final Set<String> knownProperties;
    private final Set<String> blockIds;

    // State of the block being checked.
    private int position;
    private Block block;
    private BlockType type;
    private final Set<String> reportedPlaceholders = new HashSet<>();
    /** Problems of the list items of the setting being checked. */
    private final List<Explanation> itemProblems = new ArrayList<>();

    BlockSettingsCheck(LintRun run, List<String> languages, Set<String> knownProperties, Set<String> blockIds) {
        this.run = run;
        this.languages = languages;
        this.knownProperties = knownProperties;
        this.blockIds = blockIds;
    }

    void check(int blockPosition, Block checkedBlock, BlockType blockType) {
        this.position = blockPosition;
        this.block = checkedBlock;
        this.type = blockType;
        reportedPlaceholders.clear();
        ObjectNode config = checkedBlock.config();
        for (FieldSpec field : blockType.fields()) {
            if (field.appliesTo(config, blockType)) {
                checkField(field);
            }
        }
    }

    private void report(ProblemCode code, FieldSpec field, Object... args) {
        run.report(position, code, block.id(), field.key(), args);
    }

    private void invalid(FieldSpec field, String reasonKey, Object... reasonArgs) {
        report(ProblemCode.INVALID_FIELD_VALUE, field, Setting.of(type, field), Explanation.of(reasonKey, reasonArgs));
    }

    private void missing(FieldSpec field) {
        report(ProblemCode.MISSING_REQUIRED_FIELD, field, Setting.of(type, field));
    }

    // ---- one setting ---------------------------------------------------------------------------------------------

    private void checkField(FieldSpec field) {
        JsonNode configured = block.config().get(field.key());
        boolean absent = configured == null || configured.isNull();
        if (field.type() == FieldType.LOCALIZED_TEXT) {
            checkLocalizedText(field, absent ? null : configured);
            return;
        }
        JsonNode value = absent ? field.defaultFor(block.config(), type) : configured;
        if (value == null || value.isNull() || value.isMissingNode()) {
            if (field.required()) {
                missing(field);
            }
            return;
        }
        switch (field.type()) {
            case TEXT -> {
                checkText(field, value);
                if (!absent) {
                    checkDefaultOfOtherOption(field, value);
                }
            }
            case INTEGER -> {
                if (!isWholeNumber(value)) {
                    invalid(field, "reason.expectedWholeNumber", shown(value));
                } else {
                    checkRange(field, value);
                }
            }
            case DECIMAL -> {
                if (!value.isNumber()) {
                    invalid(field, "reason.expectedNumber", shown(value));
                } else {
                    checkRange(field, value);
                }
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    invalid(field, "reason.expectedBoolean", shown(value));
                }
            }
            case ENUM -> {
                if (!value.isTextual() || !field.options().contains(value.textValue())) {
                    invalid(field, "reason.notAnOption", shown(value), String.join(", ", field.options()));
                }
            }
            case DURATION -> checkDuration(field, value);
            case PROPERTY -> checkPropertyName(field, value);
            case BLOCK_REF -> checkWord(field, value, "reason.notABlock", blockIds::contains);
            default -> checkList(field, value);
        }
    }

    /**
     * A setting holding one word of a kind (a duration, a property name, a block id): a blank one counts as
     * missing; anything else that is not {@code accepted} is explained by {@code reasonKey}.
     */
    private void checkWord(FieldSpec field, JsonNode value, String reasonKey, Predicate<String> accepted) {
        if (!value.isTextual()) {
            invalid(field, reasonKey, shown(value));
        } else if (value.textValue().isBlank()) {
            requiredButBlank(field);
        } else if (!accepted.test(value.textValue())) {
            invalid(field, reasonKey, shown(value));
        }
    }

    /**
     * A duration: ISO-8601 in days, hours, minutes and seconds. Zero is a mistake (a Wait that does not wait, a
     * confirmation without deadline) unless the catalog says zero turns the timer off; negative is never right.
     */
    private void checkDuration(FieldSpec field, JsonNode value) {
        if (!value.isTextual()) {
            invalid(field, "reason.notADuration", shown(value));
            return;
        }
        String text = value.textValue();
        if (text.isBlank()) {
            requiredButBlank(field);
        } else if (!isDuration(text)) {
            invalid(field, isNegativeDuration(text) ? "reason.negativeDuration" : "reason.notADuration", shown(value));
        } else if (Duration.parse(text).isZero() && !field.offWhenZero()) {
            invalid(field, "reason.zeroDuration", shown(value));
        }
    }

    private static boolean isNegativeDuration(String text) {
        try {
            return Duration.parse(text.strip()).isNegative();
        } catch (DateTimeParseException | ArithmeticException e) {
            return false;
        }
    }

    private void checkPropertyName(FieldSpec field, JsonNode value) {
        if (!value.isTextual()) {
            invalid(field, "reason.notAPropertyName", shown(value));
        } else if (value.textValue().isBlank()) {
            requiredButBlank(field);
        } else if (!PropertyNames.isValid(value.textValue())) {
            invalid(field, "reason.badPropertyName", shown(value), NameReasons.forName(value.textValue()));
        }
    }

    /**
     * A value that is the default of another option of the setting it depends on (Get Member looking up by
     * phone with {@code {contact.email}}, the e-mail default): it looks deliberate but is almost surely left over
     * from before the option changed.
     */
    private void checkDefaultOfOtherOption(FieldSpec field, JsonNode value) {
        if (!field.defaultDependsOnOption()) {
            return;
        }
        JsonNode expected = field.defaultFor(block.config(), type);
        if (expected == null || expected.equals(value)) {
            return;
        }
        FieldSpec controlling = type.field(field.defaultWhenField()).orElse(null);
        if (controlling == null) {
            return;
        }
        String current = type.string(block, controlling.key());
        for (Map.Entry<String, JsonNode> other : field.defaultsWhen().entrySet()) {
            if (!other.getKey().equals(current) && other.getValue().equals(value)) {
                invalid(field, "reason.defaultOfOtherOption", shown(value), Setting.of(type, controlling),
                        new Option(type, controlling, other.getKey()), new Option(type, controlling, current),
                        shown(expected));
                return;
            }
        }
    }

    private void requiredButBlank(FieldSpec field) {
        if (field.required()) {
            missing(field);
        }
    }

    private void checkText(FieldSpec field, JsonNode value) {
        if (!value.isTextual()) {
            invalid(field, "reason.expectedText", shown(value));
            return;
        }
        String text = value.textValue();
        if (text.isBlank()) {
            requiredButBlank(field);
            return;
        }
        if (REGEX_FIELD.equals(field.key())) {
            String error = regexError(text);
            if (error != null) {
                invalid(field, "reason.badRegex", text, error);
            }
            return;
        }
        if (field.maxLength() > 0 && length(text) > field.maxLength()) {
            invalid(field, "reason.tooLong", length(text), field.maxLength());
        }
        if (field.webAddress() && !isWebAddress(text)) {
            invalid(field, "reason.notAWebAddress", shown(value));
        }
        placeholders(field, text);
    }

    /** An http(s) address, or a text starting with a placeholder that gives one ({shop.storefrontUrl}/...). */
    static boolean isWebAddress(String text) {
        String address = text.strip();
        return Placeholders.PATTERN.matcher(address).lookingAt() || WEB_ADDRESS.matcher(address).matches();
    }

    private void checkRange(FieldSpec field, JsonNode value) {
        double number = value.doubleValue();
        if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
            invalid(field, "reason.outOfRange", shown(value), plain(field.min()), plain(field.max()));
        }
    }

    // ---- texts ---------------------------------------------------------------------------------------------------

    private void checkLocalizedText(FieldSpec field, JsonNode configured) {
        if (configured != null && !isLocalizedShape(configured)) {
            invalid(field, "reason.expectedTexts", shown(configured));
            return;
        }
        LocalizedText own = BlockType.localized(configured);
        if (field.required()) {
            LocalizedText effective = type.text(block, field.key());
            if (languages.stream().noneMatch(effective::has)) {
                missing(field);
                return;
            }
        }
        // A text sent with reply buttons, a list or a link button has WhatsApp's shorter interactive limit.
        int limit = field.lengthLimitIn(block.config(), type);
        for (Map.Entry<String, String> entry : own.asMap().entrySet()) {
            checkLength(field, Setting.of(type, field), entry.getKey(), entry.getValue(), limit);
        }
        if (field.customerVisible()) {
            translations(field, Setting.of(type, field), own);
            for (String text : own.asMap().values()) {
                malformed(field, Setting.of(type, field), text);
            }
        }
        LocalizedText effective = type.text(block, field.key());
        for (Map.Entry<String, String> entry : effective.asMap().entrySet()) {
            if (languages.contains(entry.getKey()) || own.asMap().containsKey(entry.getKey())) {
                placeholders(field, entry.getValue());
            }
        }
    }

    /**
     * WhatsApp's limits by the kind of text: 20 for button titles, 24 for list row titles, 72 for their
     * descriptions, 1024 for a message sent with buttons, a list or a link button, 4096 for other messages.
     */
    private void checkLength(FieldSpec field, Setting setting, String language, String text, int limit) {
        if (limit <= 0) {
            return;
        }
        int length = length(text);
        if (length <= limit) {
            return;
        }
        ProblemCode code = switch (limit) {
            case FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT -> ProblemCode.WHATSAPP_BUTTON_TITLE_TOO_LONG;
            case FieldSpec.WHATSAPP_ROW_TITLE_LIMIT -> ProblemCode.WHATSAPP_LIST_ROW_TITLE_TOO_LONG;
            case FieldSpec.WHATSAPP_TEXT_LIMIT -> ProblemCode.WHATSAPP_TEXT_TOO_LONG;
            case FieldSpec.WHATSAPP_INTERACTIVE_BODY_LIMIT -> ProblemCode.WHATSAPP_INTERACTIVE_TEXT_TOO_LONG;
            case FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT -> ProblemCode.WHATSAPP_LIST_ROW_DESCRIPTION_TOO_LONG;
            default -> null;
        };
        if (code == null) {
            invalid(field, "reason.tooLongIn", new Language(language), length, limit);
        } else {
            report(code, field, setting, new Language(language), length, limit);
        }
    }

    /** A customer text written in some of the flow's languages but not in others. */
    private void translations(FieldSpec field, Setting setting, LocalizedText own) {
        if (languages.size() < 2 || languages.stream().noneMatch(own::has)) {
            return;
        }
        for (String language : languages) {
            if (!own.has(language)) {
                report(ProblemCode.MISSING_TRANSLATION, field, setting, new Language(language));
            }
        }
    }

    /**
     * Placeholders naming properties nothing fills. Customers see the gap in a text they read; in any other
     * setting (a link, a rule's value, a header) the value is simply empty.
     */
    private void placeholders(FieldSpec field, String text) {
        for (String name : Placeholders.names(text)) {
            if (!knownProperties.contains(name) && reportedPlaceholders.add(field.key() + '\u0000' + name)) {
                report(ProblemCode.UNKNOWN_PLACEHOLDER, field, Setting.of(type, field), name,
                        Explanation.of(field.customerVisible() ? "consequence.customersSeeGap" : "consequence.emptyValue"));
            }
        }
    }

    /** Braces in a customer text that were meant as a placeholder but are not one: customers would read them. */
    private void malformed(FieldSpec field, Setting setting, String text) {
        for (Placeholders.Malformed braces : Placeholders.malformed(text)) {
            if (reportedPlaceholders.add(field.key() + '\u0001' + braces.written())) {
                report(ProblemCode.MALFORMED_PLACEHOLDER, field, setting, OneLine.escape(braces.written()),
                        NameReasons.forPlaceholder(braces));
            }
        }
    }

    private void placeholders(FieldSpec field, JsonNode localizedOrText) {
        if (localizedOrText == null) {
            return;
        }
        if (localizedOrText.isTextual()) {
            placeholders(field, localizedOrText.textValue());
        } else if (localizedOrText.isObject()) {
            for (JsonNode text : localizedOrText) {
                if (text.isTextual()) {
                    placeholders(field, text.textValue());
                }
            }
        }
    }

    // ---- lists -------------------------------------------------------------------------------------------------

    private void checkList(FieldSpec field, JsonNode value) {
        if (!value.isArray()) {
            invalid(field, "reason.expectedList", shown(value));
            return;
        }
        if (value.isEmpty() && field.required()) {
            missing(field);
            return;
        }
        itemProblems.clear();
        itemIds.clear();
        switch (field.type()) {
            case CHOICES -> eachObject(value, this::choiceProblems);
            case BRANCHES -> eachObject(value, this::branchProblems);
            case ASSIGNMENTS -> eachObject(value, this::assignmentProblems);
            case KEY_VALUES -> eachObject(value, this::headerProblems);
            case RESPONSE_MAPPINGS -> eachObject(value, this::mappingProblems);
            case PRODUCT_IDS -> productIdProblems(value);
            default -> {
            }
        }
        if (!itemProblems.isEmpty()) {
            // One problem per bad item, so the merchant sees all of them at once, not one per round of fixing.
            for (Explanation problem : List.copyOf(itemProblems)) {
                report(ProblemCode.INVALID_FIELD_VALUE, field, Setting.of(type, field), problem);
            }
            return;
        }
        boolean whatsAppCountReported = field.type() == FieldType.CHOICES && checkChoicesForWhatsApp(field, value);
        int count = value.size();
        boolean tooFew = count < field.minItems();
        boolean tooMany = field.maxItems() > 0 && count > field.maxItems() && !whatsAppCountReported;
        if (tooFew || tooMany) {
            report(ProblemCode.ITEM_COUNT_OUT_OF_RANGE, field, Setting.of(type, field), count, range(field));
        }
        listTexts(field, value);
    }

    private void fail(String key, Object... args) {
        itemProblems.add(Explanation.of(key, args));
    }

    /** Checks one list item (numbered from 1), adding what is wrong with it to {@link #itemProblems}. */
    @FunctionalInterface
    private interface ItemCheck {
        void check(int number, JsonNode item);
    }

    /** Runs {@code check} on every item; items that are not JSON objects are reported as such. */
    private void eachObject(JsonNode items, ItemCheck check) {
        int number = 0;
        for (JsonNode item : items) {
            number++;
            if (item.isObject()) {
                check.check(number, item);
            } else {
                fail("reason.itemNotObject", number);
            }
        }
    }

    private final Set<String> itemIds = new HashSet<>();

    /** The item's id, or null after reporting it missing or repeated. */
    private String itemId(int number, JsonNode item) {
        JsonNode id = item.get("id");
        if (!hasText(id)) {
            fail("reason.itemWithoutId", number);
            return null;
        }
        if (!itemIds.add(id.textValue())) {
            fail("reason.duplicateItemId", OneLine.escape(id.textValue()));
            return null;
        }
        return OneLine.escape(id.textValue());
    }

    private void choiceProblems(int number, JsonNode item) {
        String id = itemId(number, item);
        if (id == null) {
            return;
        }
        JsonNode title = item.get("title");
        if (title == null || !isLocalizedShape(title) || BlockType.localized(title).isBlank()) {
            fail("reason.choiceWithoutTitle", id);
        }
        JsonNode description = item.get("description");
        if (isPresent(description) && !isLocalizedShape(description)) {
            fail("reason.badDescription", id);
        }
    }

    private void branchProblems(int number, JsonNode item) {
        String branch = itemId(number, item);
        if (branch == null) {
            return;
        }
        JsonNode label = item.get("label");
        if (isPresent(label) && !isLocalizedShape(label)) {
            fail("reason.badLabel", branch);
        }
        JsonNode match = item.get("match");
        if (isPresent(match) && !(match.isTextual() && MATCH_MODES.contains(match.textValue()))) {
            fail("reason.badMatch", branch, shown(match));
        }
        JsonNode rules = item.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            fail("reason.branchWithoutRules", branch);
            return;
        }
        int ruleNumber = 0;
        for (JsonNode rule : rules) {
            ruleProblems(branch, ++ruleNumber, rule);
        }
    }

    private void ruleProblems(String branch, int number, JsonNode rule) {
        if (!rule.isObject()) {
            fail("reason.ruleNotObject", branch, number);
            return;
        }
        JsonNode property = rule.get("property");
        if (!isPropertyName(property)) {
            fail("reason.ruleBadProperty", branch, number, shown(property), nameReason(property));
        }
        JsonNode operator = rule.get("operator");
        if (operator == null || !operator.isTextual() || !ConditionBlock.OPERATORS.contains(operator.textValue())) {
            fail("reason.unknownOperator", branch, number, shown(operator), String.join(", ", ConditionBlock.OPERATORS));
            return;
        }
        String comparison = operator.textValue();
        if (VALUELESS_OPERATORS.contains(comparison)) {
            return;
        }
        JsonNode value = rule.get("value");
        if (value == null || !isScalar(value)) {
            fail("reason.ruleWithoutValue", branch, number, shown(property));
            return;
        }
        String written = value.asText();
        if (MATCHES_OPERATOR.equals(comparison)) {
            String error = regexError(written);
            if (error != null) {
                fail("reason.badRegex", written, error);
            }
        } else if (ConditionBlock.ORDERING_OPERATORS.contains(comparison) && Placeholders.names(written).isEmpty()
                && !ConditionBlock.isOrderable(written)) {
            fail("reason.neverOrdered", branch, number, comparison, shown(value));
        }
    }

    private void assignmentProblems(int number, JsonNode item) {
        JsonNode property = item.get("property");
        if (!isPropertyName(property)) {
            fail("reason.itemBadProperty", number, shown(property), nameReason(property));
        }
        JsonNode value = item.get("value");
        if (isPresent(value) && !isScalar(value)) {
            fail("reason.itemBadValue", number);
        }
    }

    private void headerProblems(int number, JsonNode item) {
        JsonNode name = item.get("name");
        if (!hasText(name)) {
            fail("reason.itemWithoutName", number);
        } else if (!HEADER_NAME.matcher(name.textValue()).matches()) {
            fail("reason.badHeaderName", number, shown(name));
        }
        JsonNode value = item.get("value");
        if (isPresent(value) && !value.isTextual()) {
            fail("reason.itemBadValue", number);
        } else if (isPresent(value) && (value.textValue().indexOf('\n') >= 0 || value.textValue().indexOf('\r') >= 0)) {
            fail("reason.headerValueLineBreak", number);
        }
    }

    private void mappingProblems(int number, JsonNode item) {
        JsonNode path = item.get("path");
        if (path == null || !path.isTextual() || !(path.textValue().isEmpty() || path.textValue().startsWith("/"))) {
            fail("reason.badPointer", number, shown(path));
        }
        JsonNode property = item.get("property");
        if (!isPropertyName(property)) {
            fail("reason.itemBadProperty", number, shown(property), nameReason(property));
        }
    }

    private void productIdProblems(JsonNode items) {
        int number = 0;
        for (JsonNode item : items) {
            number++;
            if (!hasText(item)) {
                fail("reason.badProductId", number);
            }
        }
    }

    /** Why a list item's property is not a name: the naming rule, or "no name" when it is absent or not text. */
    private static Explanation nameReason(JsonNode property) {
        return property != null && property.isTextual() ? NameReasons.forName(property.textValue())
                : Explanation.of("name.missing");
    }

    /**
     * WhatsApp's limits for options shown as reply buttons or as a list; returns true when the number of options
     * was reported, so the generic item count does not say the same again.
     */
    private boolean checkChoicesForWhatsApp(FieldSpec field, JsonNode choices) {
        Setting setting = Setting.of(type, field);
        String display = field.displayField() == null ? "" : type.string(block, field.displayField());
        int countLimit;
        int titleLimit;
        int descriptionLimit = 0;
        ProblemCode countCode;
        if (AskQuestionBlock.DISPLAY_BUTTONS.equals(display)) {
            countLimit = FieldSpec.WHATSAPP_MAX_BUTTONS;
            titleLimit = FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT;
            countCode = ProblemCode.WHATSAPP_TOO_MANY_BUTTONS;
        } else if (AskQuestionBlock.DISPLAY_LIST.equals(display)) {
            countLimit = FieldSpec.WHATSAPP_MAX_LIST_ROWS;
            titleLimit = FieldSpec.WHATSAPP_ROW_TITLE_LIMIT;
            descriptionLimit = FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT;
            countCode = ProblemCode.WHATSAPP_TOO_MANY_LIST_ROWS;
        } else {
            countLimit = 0;
            titleLimit = field.itemTitleMaxLength();
            countCode = null;
        }
        if (field.itemTitleMaxLength() > 0 && (titleLimit == 0 || field.itemTitleMaxLength() < titleLimit)) {
            titleLimit = field.itemTitleMaxLength();
        }
        for (JsonNode choice : choices) {
            Setting item = setting.item(choice.get("id").textValue());
            for (Map.Entry<String, String> title : BlockType.localized(choice.get("title")).asMap().entrySet()) {
                checkLength(field, item, title.getKey(), title.getValue(), titleLimit);
            }
            // Only a list shows descriptions (under the row's title); reply buttons leave them out.
            for (Map.Entry<String, String> description
                    : BlockType.localized(choice.get("description")).asMap().entrySet()) {
                checkLength(field, item, description.getKey(), description.getValue(), descriptionLimit);
            }
        }
        if (countCode != null && choices.size() > countLimit) {
            report(countCode, field, setting, choices.size(), countLimit);
            return true;
        }
        return false;
    }

    /** Translations and placeholders inside list items. */
    private void listTexts(FieldSpec field, JsonNode items) {
        Setting setting = Setting.of(type, field);
        for (JsonNode item : items) {
            switch (field.type()) {
                case CHOICES -> {
                    Setting choice = setting.item(item.get("id").textValue());
                    if (field.customerVisible()) {
                        translations(field, choice, BlockType.localized(item.get("title")));
                        JsonNode description = item.get("description");
                        if (description != null && !description.isNull()) {
                            translations(field, choice, BlockType.localized(description));
                        }
                    }
                    placeholders(field, item.get("title"));
                    placeholders(field, item.get("description"));
                    if (field.customerVisible()) {
                        for (String text : BlockType.localized(item.get("title")).asMap().values()) {
                            malformed(field, choice, text);
                        }
                        for (String text : BlockType.localized(item.get("description")).asMap().values()) {
                            malformed(field, choice, text);
                        }
                    }
                }
                case BRANCHES -> {
                    for (JsonNode rule : item.get("rules")) {
                        JsonNode value = rule.get("value");
                        if (value != null && value.isTextual()) {
                            placeholders(field, value.textValue());
                        }
                    }
                }
                case ASSIGNMENTS, KEY_VALUES -> {
                    JsonNode value = item.get("value");
                    if (value != null && value.isTextual()) {
                        placeholders(field, value.textValue());
                    }
                }
                default -> {
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Explanation range(FieldSpec field) {
        if (field.maxItems() <= 0) {
            return Explanation.of("range.atLeast", field.minItems());
        }
        if (field.minItems() <= 0) {
            return Explanation.of("range.atMost", field.maxItems());
        }
        return Explanation.of("range.between", field.minItems(), field.maxItems());
    }

    static boolean isLocalizedShape(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        Iterator<JsonNode> values = node.elements();
        while (values.hasNext()) {
            if (!values.next().isTextual()) {
                return false;
            }
        }
        return true;
    }

    static boolean isWholeNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        if (!node.isNumber()) {
            return false;
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static boolean isScalar(JsonNode node) {
        return node.isTextual() || node.isNumber() || node.isBoolean();
    }

    /** Set to something other than JSON null. */
    private static boolean isPresent(JsonNode node) {
        return node != null && !node.isNull();
    }

    /** A text with something in it besides spaces. */
    private static boolean hasText(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank();
    }

    private static boolean isPropertyName(JsonNode node) {
        return node != null && node.isTextual() && PROPERTY_NAME.matcher(node.textValue()).matches();
    }

    static boolean isDuration(String text) {
        if (!DURATION.matcher(text).matches()) {
            return false;
        }
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException | ArithmeticException e) {
            return false;
        }
    }

    /** The reason a regular expression does not compile, or null when it does. */
    static String regexError(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription();
        }
    }

    /** Characters as a reader counts them: code points, so an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A value as a message quotes it: cut after 60 characters; empty for a setting that is not there. */
    private static String shown(JsonNode value) {
        if (value == null) {
            return "";
        }
        String text = value.isTextual() ? value.textValue() : value.toString();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static String plain(Double bound) {
        if (bound == null) {
            return "…";
        }
        return bound == Math.rint(bound) ? Long.toString(bound.longValue()) : bound.toString();
    }
}
