package dev.akis.studio.simulator;

import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What one simulator action led to, as the views need it: the action, the engine's turn (null for actions that
 * run no turn, such as a fault switch), the conversation's state afterwards, the path of blocks and connections
 * taken since the conversation started, the options the customer can tap now, and the virtual time.
 *
 * @param line         the action as a conversation-test line ("> Merhaba", "tap: #1042", "wait: 1h")
 * @param customerText what the customer's bubble says for a message or a tap, else null
 * @param fresh        true when this action (re)started the conversation: the chat starts empty
 * @param error        a message for the merchant when the action could not be done, else null
 * @param setup        who writes, language and channel of the conversation (null before one has started)
 */
public record SimTurn(Action action, String line, String customerText, TurnResult result, ConversationState state,
                      List<String> path, List<Connection> pathConnections, List<ChoiceOption> offered, Instant now,
                      ZoneId zone, Engine engine, FlowDocument flow, String language, boolean fresh, String error,
                      SimulatorSession.Setup setup) {

    /** The kinds of things the merchant does in the simulator. */
    public enum Action {
        BEGIN,
        SAY,
        TAP,
        WAIT,
        EVENT,
        START_AT,
        FAULT,
        FAILED
    }

    public SimTurn {
        path = List.copyOf(path);
        pathConnections = List.copyOf(pathConnections);
        offered = List.copyOf(offered);
    }

    /** The block the conversation waits at now, or null. */
    public String currentBlock() {
        return state == null ? null : state.currentBlock();
    }

    public boolean failed() {
        return error != null;
    }
}
