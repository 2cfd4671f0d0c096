package dev.akis.blocks.sales;

import dev.akis.blocks.Offers;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.Choices;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.flow.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The two reply buttons of a sales confirmation (the cart: yes or change; cash on delivery: yes or no): sends
 * them under a text and tells which one a customer meant — a tap, the button's number, or its title typed in
 * any of the flow's languages. An answer naming neither gets the engine's "choose one" hint with the buttons.
 */
final class TwoButtons {

    private final String firstId;
    private final LocalizedTemplate firstTitle;
    private final String secondId;
    private final LocalizedTemplate secondTitle;
    private final List<Choices.Option> options;

    TwoButtons(String firstId, LocalizedText firstTitle, String secondId, LocalizedText secondTitle) {
        this.firstId = firstId;
        this.firstTitle = LocalizedTemplate.of(firstTitle);
        this.secondId = secondId;
        this.secondTitle = LocalizedTemplate.of(secondTitle);
        this.options = List.of(new Choices.Option(firstId, new ArrayList<>(firstTitle.asMap().values())),
                new Choices.Option(secondId, new ArrayList<>(secondTitle.asMap().values())));
    }

    void ask(BlockContext context, String text) {
        context.send(Offers.buttons(text, List.of(new Offers.Offer(firstId, context.render(firstTitle), ""),
                new Offers.Offer(secondId, context.render(secondTitle), ""))));
    }

    /** The id of the button the customer meant, or null when the answer named neither (the buttons are sent again). */
    String chosen(BlockContext context, InboundEvent event) {
        int chosen = Choices.match(options, event);
        if (chosen < 0) {
            ask(context, context.engineText("choose.hint"));
            return null;
        }
        return options.get(chosen).id();
    }
}
