package dev.akis.blocks.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import dev.akis.flow.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
