package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Repeats the cart back to the customer with two buttons: YES (confirmed) or CHANGE. */
public final class CartConfirmationBlock extends BlockType {

    public static final String ID = "cartConfirmation";
    public static final String CONFIRMED = "confirmed";
    public static final String CHANGE = "change";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("message").required().build(),
            FieldSpec.buttonTitle("yesLabel").required().build(),
            FieldSpec.buttonTitle("changeLabel").required().build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required(CONFIRMED), PortSpec.required(CHANGE));

    public CartConfirmationBlock() {
        super(ID, BlockCategory.SALES, "mdi2c-cart-check");
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
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return text(block, "yesLabel").resolve(contentLanguage, null) + " / "
                + text(block, "changeLabel").resolve(contentLanguage, null);
    }
}
