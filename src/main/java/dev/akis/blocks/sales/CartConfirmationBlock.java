package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Repeats the cart back to the customer with two buttons: YES (confirmed) or CHANGE. */
public final class CartConfirmationBlock extends BlockType {

    public static final String ID = "cartConfirmation";
    public static final String CONFIRMED = "confirmed";
    public static final String CHANGE = "change";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.interactiveMessage("message").required().build(),
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

    /** Shows the cart with the two buttons; a typed answer matching a button's title counts as a tap. */
    @Override
    public BlockExecutor executor(Block block) {
        LocalizedTemplate message = template(block, "message");
        TwoButtons buttons = new TwoButtons(CONFIRMED, text(block, "yesLabel"), CHANGE, text(block, "changeLabel"));
        return new BlockExecutor() {
            @Override
            public Step enter(BlockContext context) {
                buttons.ask(context, context.render(message));
                return Step.waitHere();
            }

            @Override
            public Step resume(BlockContext context, InboundEvent event) {
                if (!event.fromCustomer()) {
                    return Step.decline();
                }
                String chosen = buttons.chosen(context, event);
                return chosen == null ? Step.waitHere() : Step.port(chosen);
            }
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return text(block, "yesLabel").resolve(contentLanguage, null) + " / "
                + text(block, "changeLabel").resolve(contentLanguage, null);
    }
}
