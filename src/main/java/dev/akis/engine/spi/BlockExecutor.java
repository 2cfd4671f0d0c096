package dev.akis.engine.spi;

import dev.akis.engine.message.InboundEvent;

/**
 * Runs one block of a flow. A block type prepares one executor per block when the engine is built (reading
 * its settings once, so turns do no JSON work); the executor keeps no conversation data itself — everything a
 * conversation needs later goes into the {@link BlockContext} (properties, block memory, timers), which is why
 * one engine can serve many conversations at once.
 */
public interface BlockExecutor {

    /** The conversation arrives at the block. */
    Step enter(BlockContext context);

    /**
     * An event arrives while the conversation waits at this block. Return {@link Step#decline()} for events the
     * block does not handle (the engine then looks for an entry point that claims it).
     */
    default Step resume(BlockContext context, InboundEvent event) {
        return Step.decline();
    }

    /** A timer this block started is due. Blocks that start no timers never see this. */
    default Step timerFired(BlockContext context, String timer) {
        return Step.waitHere();
    }
}
