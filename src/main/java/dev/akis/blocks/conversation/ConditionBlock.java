package dev.akis.blocks.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.engine.spi.TextMatching;
import dev.akis.flow.Block;
import dev.akis.flow.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * No-code rules: branches tried in order, each a list of rules (property, operator, value) that must all
 * ("all") or any ("any") hold; the first branch that holds is taken, else "otherwise".
 */
public final class ConditionBlock extends BlockType {

    public static final String ID = "condition";
    public static final String OTHERWISE = "otherwise";
    public static final String BRANCH_PORT_PREFIX = "branch:";
    public static final String MATCH_ALL = "all";
    public static final String MATCH_ANY = "any";

    /** Operators a rule may use; "isSet"/"isNotSet" ignore the value. */
    public static final List<String> OPERATORS = List.of("equals", "notEquals", "contains", "notContains",
            "startsWith", "endsWith", "greaterThan", "greaterOrEqual", "lessThan", "lessOrEqual", "isSet", "isNotSet",
            "matches");

    /** Operators that order values: they hold only between two numbers (or amounts) or two dates. */
    public static final Set<String> ORDERING_OPERATORS = Set.of("greaterThan", "greaterOrEqual", "lessThan",
            "lessOrEqual");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("branches", FieldType.BRANCHES).required().items(1, 20).build());

    public ConditionBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2s-source-branch");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<PortSpec> ports(Block block) {
        List<PortSpec> ports = new ArrayList<>();
        for (JsonNode branch : list(block, "branches")) {
            String branchId = branch.path("id").asText();
            if (!branchId.isBlank()) {
                LocalizedText label = localized(branch.get("label"));
                ports.add(PortSpec.required(BRANCH_PORT_PREFIX + branchId)
                        .withLabel(label.isBlank() ? LocalizedText.of("tr", branchId, "en", branchId) : label));
            }
        }
        ports.add(PortSpec.required(OTHERWISE));
        return ports;
    }

    /** Tries the branches in order and leaves through the first that holds, else "otherwise". */
    @Override
    public BlockExecutor executor(Block block) {
        List<Branch> branches = new ArrayList<>();
        for (JsonNode branch : list(block, "branches")) {
            String branchId = branch.path("id").asText("");
            if (branchId.isBlank()) {
                continue;
            }
            List<Rule> rules = new ArrayList<>();
            for (JsonNode rule : branch.path("rules")) {
                rules.add(new Rule(rule.path("property").asText("").strip(), rule.path("operator").asText("equals"),
                        Template.parse(rule.path("value").asText(""))));
            }
            branches.add(new Branch(branchId, MATCH_ANY.equals(branch.path("match").asText(MATCH_ALL)), rules));
        }
        return context -> {
            for (Branch branch : branches) {
                if (branch.rules().isEmpty()) {
                    context.problem("branchWithoutRules", branch.id());
                } else if (branch.holds(context)) {
                    return Step.port(BRANCH_PORT_PREFIX + branch.id());
                }
            }
            return Step.port(OTHERWISE);
        };
    }

    private record Branch(String id, boolean any, List<Rule> rules) {
        boolean holds(BlockContext context) {
            for (Rule rule : rules) {
                boolean holds = rule.holds(context);
                if (any && holds) {
                    return true;
                }
                if (!any && !holds) {
                    return false;
                }
            }
            return !any;
        }
    }

    /**
     * One comparison. Texts compare without regard to case or Turkish letters; numbers (and amounts such as
     * "1249.90 TRY") compare as numbers, ISO dates as dates; a property without a value only satisfies
     * "notEquals", "notContains" and "isNotSet".
     */
    private record Rule(String property, String operator, Template value) {

        boolean holds(BlockContext context) {
            String actual = property.isEmpty() ? null : context.property(property);
            boolean set = actual != null && !actual.isBlank();
            switch (operator) {
                case "isSet":
                    return set;
                case "isNotSet":
                    return !set;
                case "notEquals":
                    return actual == null || !same(actual, context.render(value));
                case "notContains":
                    return actual == null || !TextMatching.fold(actual).contains(TextMatching.fold(context.render(value)));
                default:
                    break;
            }
            if (actual == null) {
                return false;
            }
            String expected = context.render(value);
            switch (operator) {
                case "equals":
                    return same(actual, expected);
                case "contains":
                    return TextMatching.fold(actual).contains(TextMatching.fold(expected));
                case "startsWith":
                    return TextMatching.fold(actual).startsWith(TextMatching.fold(expected));
                case "endsWith":
                    return TextMatching.fold(actual).endsWith(TextMatching.fold(expected));
                case "greaterThan":
                    return compare(context, actual, expected) > 0;
                case "greaterOrEqual":
                    return compare(context, actual, expected) >= 0 && comparable(actual, expected);
                case "lessThan":
                    return compare(context, actual, expected) < 0 && comparable(actual, expected);
                case "lessOrEqual":
                    return compare(context, actual, expected) <= 0 && comparable(actual, expected);
                case "matches":
                    try {
                        return Pattern.compile(expected).matcher(actual).find();
                    } catch (PatternSyntaxException e) {
                        context.problem("badPattern", expected);
                        return false;
                    }
                default:
                    context.problem("unknownOperator", operator);
                    return false;
            }
        }

        private static boolean same(String actual, String expected) {
            BigDecimal a = numeric(actual);
            BigDecimal b = numeric(expected);
            if (a != null && b != null) {
                return a.compareTo(b) == 0;
            }
            return TextMatching.fold(actual).equals(TextMatching.fold(expected));
        }

        private static boolean comparable(String actual, String expected) {
            return (numeric(actual) != null && numeric(expected) != null)
                    || (PropertyValues.parseDate(actual) != null && PropertyValues.parseDate(expected) != null);
        }

        /** Positive, zero or negative; 0 with a problem noted when the values cannot be compared. */
        private int compare(BlockContext context, String actual, String expected) {
            BigDecimal a = numeric(actual);
            BigDecimal b = numeric(expected);
            if (a != null && b != null) {
                return a.compareTo(b);
            }
            LocalDate da = PropertyValues.parseDate(actual);
            LocalDate db = PropertyValues.parseDate(expected);
            if (da != null && db != null) {
                return da.compareTo(db);
            }
            context.problem("notComparable", property, actual, expected);
            return 0;
        }

        /** A plain number, or the amount of a canonical money value; else null. */
        private static BigDecimal numeric(String text) {
            BigDecimal number = PropertyValues.parseNumber(text);
            if (number != null) {
                return number;
            }
            int space = text.lastIndexOf(' ');
            if (space > 0 && text.length() - space - 1 == 3) {
                return PropertyValues.parseNumber(text.substring(0, space));
            }
            return null;
        }
    }

    /**
     * True when a rule's value can be ordered as the rules compare it: a number, an amount with its currency
     * ("1249.90 TRY") or an ISO date ("2024-05-31"). A literal that is none of these makes an ordering rule
     * that never holds.
     */
    public static boolean isOrderable(String value) {
        return value != null && (Rule.numeric(value) != null || PropertyValues.parseDate(value) != null);
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        List<String> labels = new ArrayList<>();
        for (JsonNode branch : list(block, "branches")) {
            LocalizedText label = localized(branch.get("label"));
            labels.add(label.isBlank() ? branch.path("id").asText() : label.resolve(contentLanguage, null));
        }
        return shorten(String.join(" / ", labels), 60);
    }
}
