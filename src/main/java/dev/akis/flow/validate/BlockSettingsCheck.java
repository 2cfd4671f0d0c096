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
import dev.akis.flow.validate.ProblemArguments.Explanation;
import dev.akis.flow.validate.ProblemArguments.Language;
import dev.akis.flow.validate.ProblemArguments.Setting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
 * list items and counts, WhatsApp's limits, translations and placeholders. Settings whose {@code visibleWhen}
 * does not apply are skipped, as the inspector hides them.
 */
final class BlockSettingsCheck {

    /** A property name: dotted words of letters, digits and underscores ("contact.email"). */
    static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
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
        JsonNode value = absent ? field.defaultValue() : configured;
        if (value == null || value.isNull() || value.isMissingNode()) {
            if (field.required()) {
                missing(field);
            }
            return;
        }
        switch (field.type()) {
            case TEXT -> checkText(field, value);
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
            case DURATION -> checkWord(field, value, "reason.notADuration", BlockSettingsCheck::isDuration);
            case PROPERTY -> checkWord(field, value, "reason.notAPropertyName",
                    text -> PROPERTY_NAME.matcher(text).matches());
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
        placeholders(field, text);
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
        for (Map.Entry<String, String> entry : own.asMap().entrySet()) {
            checkLength(field, Setting.of(type, field), entry.getKey(), entry.getValue(), field.maxLength());
        }
        if (field.customerVisible()) {
            translations(field, Setting.of(type, field), own);
        }
        LocalizedText effective = type.text(block, field.key());
        for (Map.Entry<String, String> entry : effective.asMap().entrySet()) {
            if (languages.contains(entry.getKey()) || own.asMap().containsKey(entry.getKey())) {
                placeholders(field, entry.getValue());
            }
        }
    }

    /** WhatsApp's limits by the kind of text: 20 for button titles, 24 for list rows, 4096 for messages. */
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

    private void placeholders(FieldSpec field, String text) {
        for (String name : Placeholders.names(text)) {
            if (!knownProperties.contains(name) && reportedPlaceholders.add(field.key() + '\u0000' + name)) {
                report(ProblemCode.UNKNOWN_PLACEHOLDER, field, Setting.of(type, field), name);
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
        Explanation problem = switch (field.type()) {
            case CHOICES -> choicesProblem(value);
            case BRANCHES -> branchesProblem(value);
            case ASSIGNMENTS -> assignmentsProblem(value);
            case KEY_VALUES -> keyValuesProblem(value);
            case RESPONSE_MAPPINGS -> mappingsProblem(value);
            case PRODUCT_IDS -> productIdsProblem(value);
            default -> null;
        };
        if (problem != null) {
            report(ProblemCode.INVALID_FIELD_VALUE, field, Setting.of(type, field), problem);
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

    private static Explanation fail(String key, Object... args) {
        return Explanation.of(key, args);
    }

    /** What is wrong with one item of a list (numbered from 1), or null. */
    @FunctionalInterface
    private interface ItemCheck {
        Explanation problem(int number, JsonNode item);
    }

    /** The first problem among list items that must each be a JSON object, or null when there is none. */
    private static Explanation firstObjectProblem(JsonNode items, ItemCheck check) {
        int number = 0;
        for (JsonNode item : items) {
            number++;
            if (!item.isObject()) {
                return fail("reason.itemNotObject", number);
            }
            Explanation problem = check.problem(number, item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private Explanation choicesProblem(JsonNode items) {
        Set<String> ids = new HashSet<>();
        return firstObjectProblem(items, (number, item) -> {
            JsonNode id = item.get("id");
            if (!hasText(id)) {
                return fail("reason.itemWithoutId", number);
            }
            if (!ids.add(id.textValue())) {
                return fail("reason.duplicateItemId", id.textValue());
            }
            JsonNode title = item.get("title");
            if (title == null || !isLocalizedShape(title) || BlockType.localized(title).isBlank()) {
                return fail("reason.choiceWithoutTitle", id.textValue());
            }
            JsonNode description = item.get("description");
            if (isPresent(description) && !isLocalizedShape(description)) {
                return fail("reason.badDescription", id.textValue());
            }
            return null;
        });
    }

    private Explanation branchesProblem(JsonNode items) {
        Set<String> ids = new HashSet<>();
        return firstObjectProblem(items, (number, item) -> {
            JsonNode id = item.get("id");
            if (!hasText(id)) {
                return fail("reason.itemWithoutId", number);
            }
            String branch = id.textValue();
            if (!ids.add(branch)) {
                return fail("reason.duplicateItemId", branch);
            }
            JsonNode label = item.get("label");
            if (isPresent(label) && !isLocalizedShape(label)) {
                return fail("reason.badLabel", branch);
            }
            JsonNode match = item.get("match");
            if (isPresent(match) && !(match.isTextual() && MATCH_MODES.contains(match.textValue()))) {
                return fail("reason.badMatch", branch, shown(match));
            }
            JsonNode rules = item.get("rules");
            if (rules == null || !rules.isArray() || rules.isEmpty()) {
                return fail("reason.branchWithoutRules", branch);
            }
            for (JsonNode rule : rules) {
                Explanation problem = ruleProblem(branch, rule);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        });
    }

    private Explanation ruleProblem(String branch, JsonNode rule) {
        if (!rule.isObject()) {
            return fail("reason.ruleNotObject", branch);
        }
        JsonNode property = rule.get("property");
        if (!isPropertyName(property)) {
            return fail("reason.ruleBadProperty", branch, shown(property));
        }
        JsonNode operator = rule.get("operator");
        if (operator == null || !operator.isTextual() || !ConditionBlock.OPERATORS.contains(operator.textValue())) {
            return fail("reason.unknownOperator", branch, shown(operator), String.join(", ", ConditionBlock.OPERATORS));
        }
        if (VALUELESS_OPERATORS.contains(operator.textValue())) {
            return null;
        }
        JsonNode value = rule.get("value");
        if (value == null || !isScalar(value)) {
            return fail("reason.ruleWithoutValue", branch, property.textValue());
        }
        if (MATCHES_OPERATOR.equals(operator.textValue())) {
            String error = regexError(value.asText());
            if (error != null) {
                return fail("reason.badRegex", value.asText(), error);
            }
        }
        return null;
    }

    private Explanation assignmentsProblem(JsonNode items) {
        return firstObjectProblem(items, (number, item) -> {
            JsonNode property = item.get("property");
            if (!isPropertyName(property)) {
                return fail("reason.itemBadProperty", number, shown(property));
            }
            JsonNode value = item.get("value");
            return isPresent(value) && !isScalar(value) ? fail("reason.itemBadValue", number) : null;
        });
    }

    private Explanation keyValuesProblem(JsonNode items) {
        return firstObjectProblem(items, (number, item) -> {
            if (!hasText(item.get("name"))) {
                return fail("reason.itemWithoutName", number);
            }
            JsonNode value = item.get("value");
            return isPresent(value) && !value.isTextual() ? fail("reason.itemBadValue", number) : null;
        });
    }

    private Explanation mappingsProblem(JsonNode items) {
        return firstObjectProblem(items, (number, item) -> {
            JsonNode path = item.get("path");
            if (path == null || !path.isTextual() || !(path.textValue().isEmpty() || path.textValue().startsWith("/"))) {
                return fail("reason.badPointer", number, shown(path));
            }
            JsonNode property = item.get("property");
            return isPropertyName(property) ? null : fail("reason.itemBadProperty", number, shown(property));
        });
    }

    private Explanation productIdsProblem(JsonNode items) {
        int number = 0;
        for (JsonNode item : items) {
            number++;
            if (!hasText(item)) {
                return fail("reason.badProductId", number);
            }
        }
        return null;
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
        ProblemCode countCode;
        if (AskQuestionBlock.DISPLAY_BUTTONS.equals(display)) {
            countLimit = FieldSpec.WHATSAPP_MAX_BUTTONS;
            titleLimit = FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT;
            countCode = ProblemCode.WHATSAPP_TOO_MANY_BUTTONS;
        } else if (AskQuestionBlock.DISPLAY_LIST.equals(display)) {
            countLimit = FieldSpec.WHATSAPP_MAX_LIST_ROWS;
            titleLimit = FieldSpec.WHATSAPP_ROW_TITLE_LIMIT;
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
