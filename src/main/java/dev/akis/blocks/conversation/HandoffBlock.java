package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/**
 * Hands the conversation to a human team with a reason; the customer is told, and the bot stops answering
 * that conversation until an agent gives it back.
 */
public final class HandoffBlock extends BlockType {

    public static final String ID = "handoff";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.text("team").required().defaultValue("support").build(),
            FieldSpec.text("reason").build(),
            FieldSpec.message("message").build());

    public HandoffBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2h-headset");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    /** Tells the customer, notifies the team and stops the bot for this conversation. */
    @Override
    public BlockExecutor executor(Block block) {
        Template team = plainTemplate(block, "team");
        Template reason = plainTemplate(block, "reason");
        LocalizedTemplate message = template(block, "message");
        return context -> {
            String teamName = context.render(team).strip();
            String why = context.render(reason).strip();
            String text = context.render(message);
            if (!text.isBlank()) {
                context.send(TextMessage.of(text));
            }
            context.send(new HandoffNotice(teamName, why));
            return Step.handoff(teamName, why);
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        String reason = string(block, "reason");
        return "→ " + string(block, "team") + (reason.isBlank() ? "" : " · " + shorten(reason, 40));
    }
}
