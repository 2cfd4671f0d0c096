package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Sends a text (with placeholders), optionally with an image and a link button, and moves on. */
public final class SendMessageBlock extends BlockType {

    public static final String ID = "sendMessage";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("text").required().build(),
            FieldSpec.text("imageUrl").build(),
            FieldSpec.text("linkUrl").build(),
            FieldSpec.buttonTitle("linkTitle").build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.optional("next"));

    public SendMessageBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2m-message-text-outline");
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
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return shorten(text(block, "text").resolve(contentLanguage, null), 60);
    }
}
