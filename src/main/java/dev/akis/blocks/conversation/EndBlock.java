package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
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

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return shorten(text(block, "message").resolve(contentLanguage, null), 60);
    }
}
