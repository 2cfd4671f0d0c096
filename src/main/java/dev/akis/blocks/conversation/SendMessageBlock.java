package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/** Sends a text (with placeholders), optionally with an image and a link button, and moves on. */
public final class SendMessageBlock extends BlockType {

    public static final String ID = "sendMessage";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("text").required().interactiveWhenFilled("linkUrl").build(),
            FieldSpec.webAddress("imageUrl").build(),
            FieldSpec.webAddress("linkUrl").build(),
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

    /** Sends the text (with its picture and link button when set) and leaves through "next". */
    @Override
    public BlockExecutor executor(Block block) {
        LocalizedTemplate text = template(block, "text");
        Template imageUrl = plainTemplate(block, "imageUrl");
        Template linkUrl = plainTemplate(block, "linkUrl");
        LocalizedTemplate linkTitle = template(block, "linkTitle");
        return context -> {
            String body = context.render(text);
            String image = imageUrl.isBlank() ? null : context.render(imageUrl).strip();
            String link = linkUrl.isBlank() ? "" : context.render(linkUrl).strip();
            if (!link.isEmpty()) {
                context.send(new LinkButtonMessage(body, context.render(linkTitle), link, image));
            } else {
                if (!linkUrl.isBlank()) {
                    context.problem("linkEmpty", linkUrl.source());
                }
                context.send(new TextMessage(body, image));
            }
            return Step.port("next");
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return shorten(text(block, "text").resolve(contentLanguage, null), 60);
    }
}
