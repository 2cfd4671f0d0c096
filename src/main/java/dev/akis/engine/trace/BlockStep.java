package dev.akis.engine.trace;

/**
 * The engine ran a block: entered it, resumed it with an event, or fired one of its timers, and what came of
 * it.
 *
 * @param phase  how the block was run
 * @param timer  the timer's name when {@code phase} is {@link Phase#TIMER}, else null
 * @param result what the block decided
 * @param port   the output port taken for {@link Result#PORT} (after fallbacks: the port actually followed)
 * @param target the block the conversation continues with, or null
 */
public record BlockStep(String blockId, String typeId, Phase phase, String timer, Result result, String port,
                        String target) implements TraceEntry {

    /** How the engine came to run the block. */
    public enum Phase {
        /** The conversation arrived at the block. */
        ENTER,
        /** The block was waiting and an event arrived. */
        RESUME,
        /** The block was waiting and one of its timers was due. */
        TIMER
    }

    /** What the block decided. */
    public enum Result {
        /** Left through an output port. */
        PORT,
        /** Continues at another block without a connection (Jump). */
        JUMP,
        /** Waits for the customer, a timer or the shop. */
        WAIT,
        /** Ended the conversation. */
        END,
        /** Handed the conversation to people. */
        HANDOFF,
        /** Did not handle the event it was given. */
        DECLINED,
        /** Could not run (unknown type, unexpected failure). */
        FAILED
    }
}
