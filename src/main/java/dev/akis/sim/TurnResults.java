package dev.akis.sim;

import dev.akis.engine.PropertyChange;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.Trace;
import dev.akis.engine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Joins the turns played for one simulator action (time passing in steps, one per due timer) into the one
 * reply the customer sees: messages and trace in order, the last state, and each property's change from its
 * value before the first turn to its value after the last.
 */
final class TurnResults {

    private TurnResults() {
    }

    static TurnResult combine(List<TurnResult> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no turns to combine");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<OutgoingMessage> messages = new ArrayList<>();
        List<TraceEntry> entries = new ArrayList<>();
        Map<String, PropertyChange> changes = new LinkedHashMap<>();
        boolean ended = false;
        for (TurnResult part : parts) {
            messages.addAll(part.messages());
            entries.addAll(part.trace().entries());
            for (PropertyChange change : part.changes()) {
                PropertyChange earlier = changes.get(change.name());
                changes.put(change.name(), earlier == null ? change
                        : new PropertyChange(change.name(), earlier.before(), change.after()));
            }
            ended |= part.ended();
        }
        changes.values().removeIf(change -> Objects.equals(change.before(), change.after()));
        TurnResult last = parts.get(parts.size() - 1);
        return new TurnResult(messages, new Trace(entries), last.state(), List.copyOf(changes.values()), ended);
    }
}
