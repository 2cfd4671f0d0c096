package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/**
 * Pauses the conversation for a while (reminders, follow-ups). When the time has passed, "elapsed" is taken;
 * if the customer writes first and "customerReplied" is connected, that port is taken instead.
 */
public final class WaitBlock extends BlockType {

    public static final String ID = "wait";
    public static final String ELAPSED = "elapsed";
    public static final String CUSTOMER_REPLIED = "customerReplied";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("duration", FieldType.DURATION).required().defaultValue("PT1H").build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required(ELAPSED), PortSpec.optional(CUSTOMER_REPLIED));

    public WaitBlock() {
        super(ID, BlockCategory.CONVERSATION, "mdi2t-timer-sand");
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
        return Durations.describe(duration(block, "duration"), uiLocale);
    }
}
