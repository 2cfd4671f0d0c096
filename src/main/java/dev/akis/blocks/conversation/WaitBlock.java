package dev.akis.blocks.conversation;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import java.time.Duration;
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

    /**
     * Only a duration above zero waits: a zero, negative or unreadable one fires in the same turn, so a loop
     * through it would spin until the step limit.
     */
    @Override
    public boolean waitsForCustomer(Block block) {
        Duration duration = duration(block, "duration");
        return !duration.isZero() && !duration.isNegative();
    }

    /** Starts the timer and waits; a customer message takes "customerReplied" only when it is connected. */
    @Override
    public BlockExecutor executor(Block block) {
        Duration duration = duration(block, "duration");
        return new BlockExecutor() {
            @Override
            public Step enter(BlockContext context) {
                if (duration.isZero() || duration.isNegative()) {
                    context.problem("waitWithoutDuration");
                }
                context.startTimer(ELAPSED, duration.isNegative() ? Duration.ZERO : duration);
                return Step.waitHere();
            }

            @Override
            public Step resume(BlockContext context, InboundEvent event) {
                if (event.fromCustomer() && context.connected(CUSTOMER_REPLIED)) {
                    return Step.port(CUSTOMER_REPLIED);
                }
                return Step.decline();
            }

            @Override
            public Step timerFired(BlockContext context, String timer) {
                return Step.port(ELAPSED);
            }
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return Durations.describe(duration(block, "duration"), uiLocale);
    }
}
