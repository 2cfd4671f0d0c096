package dev.akis.studio.simulator;

import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.PropertyChange;
import dev.akis.engine.PropertyFormatter;
import dev.akis.engine.TurnResult;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.PropertyDeclaration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One property in the simulator's properties panel: its value as stored and as the customer would read it, and
 * whether the latest turn changed it (with the value before).
 *
 * @param group   "contact", "conversation", "flow" (the flow's own and block-provided properties)
 * @param value   the canonical value, or null when it has none
 * @param shown   the value formatted for the conversation's language, or null
 * @param changed true when the latest turn set, changed or cleared it
 * @param before  the value before the latest turn, when it changed
 */
public record PropertyRow(String group, String name, String value, String shown, boolean changed, String before) {

    /** Rows for the state after a turn: every property with a value, plus the flow's declared ones without. */
    public static List<PropertyRow> of(ConversationState state, TurnResult last, Engine engine, FlowDocument flow,
                                       String language, ZoneId zone) {
        Map<String, PropertyChange> changes = new LinkedHashMap<>();
        if (last != null) {
            for (PropertyChange change : last.changes()) {
                changes.put(change.name(), change);
            }
        }
        Map<String, String> values = new LinkedHashMap<>(state == null ? Map.of() : state.properties());
        if (flow != null) {
            for (PropertyDeclaration declared : flow.properties()) {
                values.putIfAbsent(declared.name(), null);
            }
        }
        for (PropertyChange change : changes.values()) {
            values.putIfAbsent(change.name(), null);
        }
        List<PropertyRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            String shown = value == null || engine == null ? value
                    : PropertyFormatter.format(engine.propertyType(name), value, language, zone);
            PropertyChange change = changes.get(name);
            rows.add(new PropertyRow(groupOf(name), name, value, shown, change != null,
                    change == null ? null : change.before()));
        }
        rows.sort(Comparator.comparingInt((PropertyRow row) -> order(row.group())).thenComparing(PropertyRow::name));
        return rows;
    }

    static String groupOf(String name) {
        if (name.startsWith("contact.")) {
            return "contact";
        }
        if (name.startsWith("conversation.")) {
            return "conversation";
        }
        return "flow";
    }

    private static int order(String group) {
        return switch (group) {
            case "contact" -> 0;
            case "conversation" -> 1;
            default -> 2;
        };
    }
}
