package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
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

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("message").required().build(),
            FieldSpec.text("amount").required().defaultValue("{order.total}").build(),
            FieldSpec.buttonTitle("yesLabel").required().build(),
            FieldSpec.buttonTitle("noLabel").required().build(),
            FieldSpec.builder("deadline", FieldType.DURATION).required().defaultValue("PT24H").build(),
            FieldSpec.builder("reminderAfter", FieldType.DURATION).defaultValue("PT12H").build(),
            FieldSpec.message("reminderMessage").build());

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

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "amount") + " · ⏱ " + Durations.describe(duration(block, "deadline"), uiLocale);
    }
}
