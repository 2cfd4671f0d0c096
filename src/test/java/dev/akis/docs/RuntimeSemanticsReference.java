package dev.akis.docs;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.blocks.ShipmentReport;
import dev.akis.blocks.conversation.AskQuestionBlock;
import dev.akis.blocks.conversation.ConditionBlock;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.StatusGroup;
import dev.akis.engine.EngineOptions;
import dev.akis.flow.Block;
import dev.akis.flow.Json;
import dev.akis.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders the tables of docs/runtime-semantics.md that must agree with the code: the step limit, the Condition
 * operators, Ask Question's input types, the normalized shipment statuses with their ports and urgency, and the
 * carriers. The meanings are written here, next to the names read from the code, so a new operator, input type,
 * status or carrier fails {@code RuntimeSemanticsDocTest} until it is described.
 */
final class RuntimeSemanticsReference {

    private static final Messages ENGINE_TEXTS = Messages.bundle("dev.akis.engine.engine");

    private static final Map<String, String> OPERATORS = new LinkedHashMap<>();

    static {
        String numbersOrDates = "both sides read as numbers (money by its amount) and the value is %s; else both read "
                + "as ISO dates%s and the value is %s";
        OPERATORS.put("equals", "both sides read as numbers (a money value counts by its amount, the currency is "
                + "ignored) and are equal, or else their folded texts are equal");
        OPERATORS.put("notEquals", "the property has no value, or `equals` does not hold");
        OPERATORS.put("contains", "the folded value contains the folded text");
        OPERATORS.put("notContains", "the property has no value, or `contains` does not hold");
        OPERATORS.put("startsWith", "the folded value starts with the folded text");
        OPERATORS.put("endsWith", "the folded value ends with the folded text");
        OPERATORS.put("greaterThan", numbersOrDates.formatted("greater", " (`2024-05-03`)", "later"));
        OPERATORS.put("greaterOrEqual", "as `greaterThan`, or equal");
        OPERATORS.put("lessThan", numbersOrDates.formatted("smaller", "", "earlier"));
        OPERATORS.put("lessOrEqual", "as `lessThan`, or equal");
        OPERATORS.put("isSet", "the property has a value that is not blank (`value` is not used)");
        OPERATORS.put("isNotSet", "the property has no value or a blank one (`value` is not used)");
        OPERATORS.put("matches", "the Java regular expression in `value` is found somewhere in the value, "
                + "case-sensitively and not folded (anchor it with `^…$` to match the whole value)");
    }

    /** Per input type: the answer accepted and what is stored. */
    private static final Map<String, String[]> INPUT_TYPES = new LinkedHashMap<>();

    static {
        INPUT_TYPES.put(AskQuestionBlock.INPUT_TEXT, new String[] {"any answer that is not blank; with `pattern`, "
                + "only an answer the Java regular expression matches as a whole",
            "the answer without leading and trailing spaces"});
        INPUT_TYPES.put(AskQuestionBlock.INPUT_EMAIL, new String[] {"`local@domain.tld`: a local part of letters, "
                + "digits and the symbols e-mail allows, with single dots between them; domain labels of letters, "
                + "digits and inner hyphens; a top-level domain of 2 or more letters; at most 254 characters",
            "the address in lowercase"});
        INPUT_TYPES.put(AskQuestionBlock.INPUT_PHONE, new String[] {"a Turkish mobile number, see "
                + "[below](#turkish-mobile-numbers)", "E.164: `+905321234567`"});
        INPUT_TYPES.put(AskQuestionBlock.INPUT_NUMBER, new String[] {"a number in the customer's way of writing, see "
                + "[below](#numbers-as-customers-write-them); between `min` and `max` (both included) when they are "
                + "set", "the canonical decimal (`1250.5`, `12`)"});
        INPUT_TYPES.put(AskQuestionBlock.INPUT_CHOICE, new String[] {"a tapped button or list row; the option's "
                + "number as offered (`2`); or its title in any language of the flow, "
                + "[folded](#how-texts-are-compared); or its id", "the option's `id`"});
    }

    private final BlockCatalog catalog;

    RuntimeSemanticsReference(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("step-limit", stepLimit());
        sections.put("condition-operators", conditionOperators());
        sections.put("input-types", inputTypes());
        sections.put("shipment-statuses", shipmentStatuses());
        sections.put("carriers", carriers());
        return sections;
    }

    private static String stepLimit() {
        int limit = EngineOptions.DEFAULTS.stepLimit();
        return "A turn enters at most **" + limit + "** blocks (`EngineOptions.DEFAULTS`). The " + ordinal(limit + 1)
                + " entry stops the turn, the customer gets the apology and the\nconversation ends. When a block ran "
                + "twice in the stopped run, the trace calls it a loop (`loop`) and names the\nblocks that repeat; of "
                + "the loop's messages only those sent before the first repetition are kept (at most 3).\nWhen no "
                + "block repeated (a long chain of blocks that never waits), the trace says there were too many\n"
                + "blocks in one turn without waiting (`tooManySteps`), names the first and last block of the path, and "
                + "keeps\nwhat the path said. The linter reports loops that never wait (`loop-without-wait`) and paths "
                + "of more\nblocks than the limit that never wait (`path-too-long-without-wait`) before a flow runs.\n";
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String conditionOperators() {
        if (!Set.copyOf(ConditionBlock.OPERATORS).equals(OPERATORS.keySet())) {
            throw new IllegalStateException("Describe exactly the Condition operators " + ConditionBlock.OPERATORS
                    + " in docs/runtime-semantics.md (described: " + OPERATORS.keySet() + ")");
        }
        StringBuilder out = new StringBuilder("| Operator | Holds when |\n|---|---|\n");
        for (String operator : ConditionBlock.OPERATORS) {
            out.append("| `").append(operator).append("` | ").append(OPERATORS.get(operator)).append(" |\n");
        }
        return out.toString();
    }

    private String inputTypes() {
        BlockType ask = catalog.find(AskQuestionBlock.ID).orElseThrow();
        FieldSpec inputType = ask.field("inputType").orElseThrow();
        if (!Set.copyOf(inputType.options()).equals(INPUT_TYPES.keySet())) {
            throw new IllegalStateException("Describe exactly the input types " + inputType.options());
        }
        StringBuilder out = new StringBuilder("| `inputType` | Accepted answer | Stored as | Property type |\n"
                + "|---|---|---|---|\n");
        for (String option : inputType.options()) {
            Block block = ask.newBlock("ask", List.of("en")).withConfigValue("inputType", Json.NODES.textNode(option));
            List<ProvidedProperty> provided = ask.providedProperties(block);
            String[] text = INPUT_TYPES.get(option);
            out.append("| `").append(option).append("` | ").append(text[0]).append(" | ").append(text[1])
                    .append(" | ").append(provided.get(0).type().id()).append(" |\n");
        }
        return out.toString();
    }

    private static String shipmentStatuses() {
        StringBuilder out = new StringBuilder("| `shipment.status` | `shipment.statusLabel` (en) | Port "
                + "(`shipment.statusGroup`) | Urgency rank |\n|---|---|---|---|\n");
        for (ShipmentStatus status : ShipmentStatus.values()) {
            out.append(row(status.id(), status.group(), Integer.toString(ShipmentReport.urgency(status) + 1)));
        }
        out.append(row(ShipmentReport.NOT_SHIPPED, StatusGroup.NOT_SHIPPED, "– (no parcel with a carrier)"));
        out.append(row(ShipmentReport.ORDER_CANCELLED, StatusGroup.CANCELLED, "– (the order, not a parcel)"));
        return out.toString();
    }

    private static String row(String status, StatusGroup group, String rank) {
        return "| `" + status + "` | " + ENGINE_TEXTS.get(Locale.ENGLISH, "shipment.status." + status) + " | `"
                + group.portId() + "` | " + rank + " |\n";
    }

    private static String carriers() {
        StringBuilder out = new StringBuilder("| Carrier | Code (İkas `cargoCompanyId`) | Also recognised as |\n"
                + "|---|---|---|\n");
        for (Carrier carrier : Carrier.values()) {
            out.append("| ").append(carrier.displayName()).append(" | `").append(carrier.code()).append("` | `")
                    .append(carrier.slug()).append("` |\n");
        }
        return out.toString();
    }
}
