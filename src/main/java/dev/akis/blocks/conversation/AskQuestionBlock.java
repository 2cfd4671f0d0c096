package dev.akis.blocks.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.Offers;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Choices;
import dev.akis.engine.spi.EmailAddresses;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.NumberInput;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.TurkishPhoneNumbers;
import dev.akis.flow.Block;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.PropertyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
            FieldSpec.message("prompt").required().interactiveWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.choice("inputType", INPUT_TEXT, INPUT_EMAIL, INPUT_PHONE, INPUT_NUMBER, INPUT_CHOICE).build(),
            FieldSpec.builder("property", FieldType.PROPERTY).required().defaultValue("answer").build(),
            FieldSpec.builder("choices", FieldType.CHOICES).customerVisible().items(1, 10)
                    .displayField("choiceDisplay").visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.choice("choiceDisplay", DISPLAY_BUTTONS, DISPLAY_LIST).visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.buttonTitle("listButton").visibleWhen("inputType", INPUT_CHOICE).build(),
            FieldSpec.builder("min", FieldType.DECIMAL).visibleWhen("inputType", INPUT_NUMBER).build(),
            FieldSpec.builder("max", FieldType.DECIMAL).visibleWhen("inputType", INPUT_NUMBER).build(),
            FieldSpec.text("pattern").visibleWhen("inputType", INPUT_TEXT).build(),
            FieldSpec.message("retryMessage").interactiveWhen("inputType", INPUT_CHOICE).build(),
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
    public BlockExecutor executor(Block block) {
        return new Executor(this, block);
    }

    /**
     * Asks, then checks each answer: a choice by tap, typed title or number; an e-mail by shape; a phone as a
     * Turkish mobile (stored as +90...); a number with a decimal comma or point, within min/max; free text
     * against the optional pattern (the whole answer must match). A wrong answer gets the retry message (and the
     * options again); the answer after the last allowed retry takes "gaveUp".
     */
    private static final class Executor implements BlockExecutor {
        private static final String RETRIES = "retries";

        private final String inputType;
        private final String property;
        private final LocalizedTemplate prompt;
        private final LocalizedTemplate retryMessage;
        private final LocalizedTemplate listButton;
        private final int maxRetries;
        private final boolean preferButtons;
        private final List<Choices.Option> options = new ArrayList<>();
        private final List<LocalizedTemplate> titles = new ArrayList<>();
        private final List<LocalizedTemplate> descriptions = new ArrayList<>();
        private final BigDecimal min;
        private final BigDecimal max;
        private final Pattern pattern;
        private final String badPattern;

        Executor(AskQuestionBlock type, Block block) {
            this.inputType = type.string(block, "inputType");
            this.property = type.string(block, "property").strip();
            this.prompt = type.template(block, "prompt");
            this.retryMessage = type.template(block, "retryMessage");
            this.listButton = type.template(block, "listButton");
            this.maxRetries = Math.max(0, type.integer(block, "maxRetries"));
            this.preferButtons = !DISPLAY_LIST.equals(type.string(block, "choiceDisplay"));
            if (INPUT_CHOICE.equals(inputType)) {
                for (JsonNode choice : type.list(block, "choices")) {
                    String id = choice.path("id").asText("");
                    if (id.isBlank()) {
                        continue;
                    }
                    LocalizedText title = localized(choice.get("title"));
                    options.add(new Choices.Option(id, new ArrayList<>(title.asMap().values())));
                    titles.add(LocalizedTemplate.of(title.isBlank() ? LocalizedText.of("tr", id) : title));
                    descriptions.add(LocalizedTemplate.of(localized(choice.get("description"))));
                }
            }
            JsonNode minNode = type.value(block, "min");
            JsonNode maxNode = type.value(block, "max");
            this.min = minNode.isNumber() ? minNode.decimalValue() : null;
            this.max = maxNode.isNumber() ? maxNode.decimalValue() : null;
            String regex = type.string(block, "pattern");
            Pattern compiled = null;
            String bad = null;
            if (INPUT_TEXT.equals(inputType) && !regex.isBlank()) {
                try {
                    compiled = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    bad = regex;
                }
            }
            this.pattern = compiled;
            this.badPattern = bad;
        }

        @Override
        public Step enter(BlockContext context) {
            context.remember(RETRIES, "0");
            ask(context, context.render(prompt));
            return Step.waitHere();
        }

        private void ask(BlockContext context, String text) {
            if (!INPUT_CHOICE.equals(inputType)) {
                context.send(TextMessage.of(text));
                return;
            }
            if (options.isEmpty()) {
                context.problem("choiceWithoutOptions");
                context.send(TextMessage.of(text));
                return;
            }
            List<Offers.Offer> offers = new ArrayList<>(options.size());
            for (int i = 0; i < options.size(); i++) {
                offers.add(new Offers.Offer(options.get(i).id(), context.render(titles.get(i)),
                        context.render(descriptions.get(i))));
            }
            if (preferButtons && !Offers.fitsButtons(offers)) {
                context.problem("tooManyButtons", offers.size());
            }
            context.send(Offers.present(text, context.render(listButton), offers, preferButtons));
        }

        @Override
        public Step resume(BlockContext context, InboundEvent event) {
            if (!event.fromCustomer()) {
                return Step.decline();
            }
            if (INPUT_CHOICE.equals(inputType)) {
                int chosen = Choices.match(options, event);
                if (chosen >= 0) {
                    String id = options.get(chosen).id();
                    store(context, id);
                    return Step.port(CHOICE_PORT_PREFIX + id);
                }
                return retry(context);
            }
            Optional<String> answer = validate(context, event.text());
            if (answer.isEmpty()) {
                return retry(context);
            }
            store(context, answer.get());
            return Step.port(ANSWERED);
        }

        private void store(BlockContext context, String value) {
            if (property.isEmpty()) {
                context.problem("answerNotStored");
            } else {
                context.setProperty(property, value);
            }
        }

        private Optional<String> validate(BlockContext context, String text) {
            String answer = text == null ? "" : text.strip();
            switch (inputType) {
                case INPUT_EMAIL:
                    return EmailAddresses.normalize(answer);
                case INPUT_PHONE:
                    return TurkishPhoneNumbers.normalizeMobile(answer);
                case INPUT_NUMBER: {
                    Optional<BigDecimal> number = NumberInput.parse(answer, context.language());
                    if (number.isEmpty()
                            || (min != null && number.get().compareTo(min) < 0)
                            || (max != null && number.get().compareTo(max) > 0)) {
                        return Optional.empty();
                    }
                    return Optional.of(PropertyValues.number(number.get()));
                }
                default: {
                    if (answer.isEmpty()) {
                        return Optional.empty();
                    }
                    if (badPattern != null) {
                        context.problem("badPattern", badPattern);
                    } else if (pattern != null && !pattern.matcher(answer).matches()) {
                        return Optional.empty();
                    }
                    return Optional.of(answer);
                }
            }
        }

        private Step retry(BlockContext context) {
            String counted = context.memory(RETRIES);
            int retries = (counted == null ? 0 : Integer.parseInt(counted)) + 1;
            if (retries > maxRetries) {
                context.info("gaveUp", retries);
                return Step.port(GAVE_UP);
            }
            context.remember(RETRIES, Integer.toString(retries));
            ask(context, context.render(retryMessage));
            return Step.waitHere();
        }
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec inputType = field("inputType").orElseThrow();
        return optionLabel(inputType, string(block, "inputType"), uiLocale) + " → " + string(block, "property");
    }
}
