package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Asks the customer to confirm a cash-on-delivery order, repeating the amount, with YES / NO buttons. Without
 * an answer, one reminder is sent after {@code reminderAfter}; with none by {@code deadline}, "expired".
 */
public final class CashOnDeliveryBlock extends BlockType {

    public static final String ID = "cashOnDeliveryConfirmation";
    public static final String CONFIRMED = "confirmed";
    public static final String DECLINED = "declined";
    public static final String EXPIRED = "expired";
    /** Button ids and timer names. */
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String REMINDER_TIMER = "reminder";
    public static final String DEADLINE_TIMER = "deadline";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.interactiveMessage("message").required().build(),
            FieldSpec.text("amount").required().defaultValue("{order.total}").build(),
            FieldSpec.buttonTitle("yesLabel").required().build(),
            FieldSpec.buttonTitle("noLabel").required().build(),
            FieldSpec.builder("deadline", FieldType.DURATION).required().defaultValue("PT24H").build(),
            FieldSpec.builder("reminderAfter", FieldType.DURATION).defaultValue("PT12H").offWhenZero().build(),
            FieldSpec.interactiveMessage("reminderMessage").build());

    private static final List<PortSpec> PORTS = List.of(
            PortSpec.required(CONFIRMED), PortSpec.required(DECLINED), PortSpec.required(EXPIRED));

    private static final List<ProvidedProperty> PROVIDED = List.of(
            new ProvidedProperty("cod.amount", PropertyType.MONEY),
            new ProvidedProperty("cod.confirmed", PropertyType.BOOLEAN),
            new ProvidedProperty("cod.answeredAt", PropertyType.DATE_TIME));

    public CashOnDeliveryBlock() {
        super(ID, BlockCategory.SALES, "mdi2c-cash");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return PROVIDED;
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    /**
     * Repeats the amount ({@code cod.amount}: the amount property's value unchanged when the field is one
     * placeholder, else the rendered text), asks yes/no, starts the reminder timer (only when it falls before
     * the deadline) and the deadline timer.
     */
    @Override
    public BlockExecutor executor(Block block) {
        LocalizedTemplate message = template(block, "message");
        Template amount = plainTemplate(block, "amount");
        LocalizedTemplate reminder = template(block, "reminderMessage");
        Duration deadline = duration(block, "deadline");
        Duration reminderAfter = duration(block, "reminderAfter");
        TwoButtons buttons = new TwoButtons(YES, text(block, "yesLabel"), NO, text(block, "noLabel"));
        return new BlockExecutor() {
            @Override
            public Step enter(BlockContext context) {
                String source = amount.singlePlaceholder();
                String value = source != null && context.property(source) != null
                        ? context.property(source) : context.render(amount);
                context.setProperty("cod.amount", value.isBlank() ? null : value);
                buttons.ask(context, context.render(message));
                if (!reminderAfter.isZero() && !reminderAfter.isNegative()
                        && (deadline.isZero() || reminderAfter.compareTo(deadline) < 0)) {
                    context.startTimer(REMINDER_TIMER, reminderAfter);
                }
                if (deadline.isZero() || deadline.isNegative()) {
                    context.problem("codWithoutDeadline");
                } else {
                    context.startTimer(DEADLINE_TIMER, deadline);
                }
                return Step.waitHere();
            }

            @Override
            public Step resume(BlockContext context, InboundEvent event) {
                if (!event.fromCustomer()) {
                    return Step.decline();
                }
                String chosen = buttons.chosen(context, event);
                if (chosen == null) {
                    return Step.waitHere();
                }
                boolean confirmed = YES.equals(chosen);
                context.setProperty("cod.confirmed", PropertyValues.bool(confirmed));
                context.setProperty("cod.answeredAt", PropertyValues.instant(context.now()));
                return Step.port(confirmed ? CONFIRMED : DECLINED);
            }

            @Override
            public Step timerFired(BlockContext context, String timer) {
                if (REMINDER_TIMER.equals(timer)) {
                    buttons.ask(context, context.render(reminder));
                    return Step.waitHere();
                }
                return Step.port(EXPIRED);
            }
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "amount") + " · ⏱ " + Durations.describe(duration(block, "deadline"), uiLocale);
    }
}
