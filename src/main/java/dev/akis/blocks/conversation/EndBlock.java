package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Ends the conversation, optionally with a closing message; the next customer message starts afresh. */
public final class EndBlock extends BlockType {

    public static final String ID = "end";

    private static final List<FieldSpec> FIELDS = List.of(FieldSpec.message("message").build());

    public EndBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2f-flag-checkered");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** Sends the closing message, if any, and ends the conversation. */
    @Override
    public BlockExecutor executor(Block block) {
        LocalizedTemplate message = template(block, "message");
        return context -> {
            if (!message.isBlank()) {
                String text = context.render(message);
                if (!text.isBlank()) {
                    context.send(TextMessage.of(text));
                }
            }
            return Step.end();
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return shorten(text(block, "message").resolve(contentLanguage, null), 60);
    }
}
