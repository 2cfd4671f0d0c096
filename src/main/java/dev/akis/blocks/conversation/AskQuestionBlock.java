package dev.akis.blocks.conversation;

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
 * Asks the customer something and stores the validated answer in a property. Input kinds: free text, e-mail,
 * Turkish mobile phone (stored as E.164), number, or a choice shown as reply buttons or a list. A wrong answer
 * gets the retry message; after the allowed retries the "gaveUp" port is taken. Each choice has its own port,
 * falling back to "answered" when left unconnected.
 */
public final class AskQuestionBlock extends BlockType {

    public static final String ID = "askQuestion";
    public static final String INPUT_TEXT = "text";
    public static final String INPUT_EMAIL = "email";
    public static final String INPUT_PHONE = "phone";
    public static final String INPUT_NUMBER = "number";
    public static final String INPUT_CHOICE = "choice";
    public static final String DISPLAY_BUTTONS = "buttons";
    public static final String DISPLAY_LIST = "list";
    public static final String ANSWERED = "answered";
    public static final String GAVE_UP = "gaveUp";
    public static final String CHOICE_PORT_PREFIX = "choice:";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("prompt").required().build(),
            FieldSpec.choice("inputType", INPUT_TEXT, INPUT_EMAIL, INPUT_PHONE, INPUT_NUMBER, INPUT_CHOICE).build(),
            FieldSpec.builder("property", FieldType.PROPERTY).required().defaultValue("answer").build(),
            FieldSpec.builder("choices", FieldType.CHOICES).customerVisible().items(1, 10)
                    .displayField("choiceDisplay").visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.choice("choiceDisplay", DISPLAY_BUTTONS, DISPLAY_LIST).visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.buttonTitle("listButton").visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.builder("min", FieldType.DECIMAL).visibleWhen("inputType", INPUT_NUMBER).build(),
            FieldSpec.builder("max", FieldType.DECIMAL).visibleWhen("inputType", INPUT_NUMBER).build(),
            FieldSpec.text("pattern").visibleWhen("inputType", INPUT_TEXT).build(),
            FieldSpec.message("retryMessage").build(),
            FieldSpec.builder("maxRetries", FieldType.INTEGER).defaultValue(2).range(0, 10).build());

    public AskQuestionBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2c-comment-question-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<PortSpec> ports(Block block) {
        List<PortSpec> ports = new ArrayList<>();
        if (INPUT_CHOICE.equals(string(block, "inputType"))) {
            for (JsonNode choice : list(block, "choices")) {
                String choiceId = choice.path("id").asText();
                if (!choiceId.isBlank()) {
                    ports.add(PortSpec.optional(CHOICE_PORT_PREFIX + choiceId).withFallback(ANSWERED)
                            .withLabel(localized(choice.get("title"))));
                }
            }
        }
        ports.add(PortSpec.required(ANSWERED));
        ports.add(PortSpec.recommended(GAVE_UP));
        return ports;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        String property = string(block, "property");
        if (property.isBlank()) {
            return List.of();
        }
        PropertyType type = switch (string(block, "inputType")) {
            case INPUT_EMAIL -> PropertyType.EMAIL;
            case INPUT_PHONE -> PropertyType.PHONE;
            case INPUT_NUMBER -> PropertyType.NUMBER;
            default -> PropertyType.TEXT;
        };
        return List.of(new ProvidedProperty(property, type));
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec inputType = field("inputType").orElseThrow();
        return optionLabel(inputType, string(block, "inputType"), uiLocale) + " → " + string(block, "property");
    }
}
