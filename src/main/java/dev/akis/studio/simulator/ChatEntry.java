package dev.akis.studio.simulator;

import dev.akis.engine.message.OutgoingMessage;

/** One line of the simulated chat: the customer's bubble, a bot message, or a note from the simulator. */
public sealed interface ChatEntry {

    /** What the customer wrote or tapped. */
    record Customer(String text) implements ChatEntry {
    }

    /**
     * A message of the bot.
     *
     * @param turn the number of the turn that sent it (chips of older turns are no longer tappable)
     */
    record Bot(OutgoingMessage message, int turn) implements ChatEntry {
    }

    /** A note in the middle of the chat: time passed, a fault switched on, the shop reported a payment. */
    record Note(String text, boolean problem) implements ChatEntry {
    }
}
