package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.Offers;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Choices;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import java.util.ArrayList;
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

    /** Shows the cart with the two buttons; a typed answer matching a button's title counts as a tap. */
    @Override
    public BlockExecutor executor(Block block) {
        LocalizedTemplate message = template(block, "message");
        LocalizedTemplate yes = template(block, "yesLabel");
        LocalizedTemplate change = template(block, "changeLabel");
        List<Choices.Option> options = List.of(
                new Choices.Option(CONFIRMED, new ArrayList<>(text(block, "yesLabel").asMap().values())),
                new Choices.Option(CHANGE, new ArrayList<>(text(block, "changeLabel").asMap().values())));
        return new BlockExecutor() {
            @Override
            public Step enter(BlockContext context) {
                ask(context, context.render(message));
                return Step.waitHere();
            }

            @Override
            public Step resume(BlockContext context, InboundEvent event) {
                if (!event.fromCustomer()) {
                    return Step.decline();
                }
                int chosen = Choices.match(options, event);
                if (chosen < 0) {
                    ask(context, context.engineText("choose.hint"));
                    return Step.waitHere();
                }
                return Step.port(options.get(chosen).id());
            }

            private void ask(BlockContext context, String text) {
                context.send(Offers.buttons(text, List.of(new Offers.Offer(CONFIRMED, context.render(yes), ""),
                        new Offers.Offer(CHANGE, context.render(change), ""))));
            }
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return text(block, "yesLabel").resolve(contentLanguage, null) + " / "
                + text(block, "changeLabel").resolve(contentLanguage, null);
    }
}
