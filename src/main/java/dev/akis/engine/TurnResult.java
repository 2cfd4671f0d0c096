package dev.akis.engine;

import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.Trace;
import java.util.List;

/**
 * The outcome of one turn: the messages to send, in order; the trace of what the engine did; the new state to
 * store; the properties the turn changed; and whether the conversation ended during the turn.
 */
public record TurnResult(List<OutgoingMessage> messages, Trace trace, ConversationState state,
                         List<PropertyChange> changes, boolean ended) {

    public TurnResult {
        messages = List.copyOf(messages);
        changes = List.copyOf(changes);
    }

    /** True when the bot now waits for the customer, a timer or the shop. */
    public boolean waiting() {
        return state.status() == ConversationState.Status.WAITING;
    }

    /** True when people have the conversation (the bot stays silent). */
    public boolean handedOff() {
        return state.status() == ConversationState.Status.HANDED_OFF;
    }

    /** The block the conversation waits at, or null. */
    public String currentBlock() {
        return state.currentBlock();
    }
}
